import Crypto
import Foundation

// Page/: the content hash a reviewer signs: SHA-256 of the tree's canonical JSON model, and
// the hashes a Content-Security-Policy names. The one place dtree's pages hash anything.

/// Hashes for review pages.
public enum ContentHash {
    /// The tree's content hash: SHA-256, as 64 lowercase hex digits, of its canonical JSON
    /// model (``JSONExport/text(_:)``), so the same tree always has the same hash whatever its
    /// file's layout or comments.
    public static func sha256(of tree: Tree) -> String {
        sha256Hex(Data(JSONExport.text(tree).utf8))
    }

    /// The SHA-256 digest of `data`: the one hashing function of the page; point it at
    /// `dtree hash`'s when that lands.
    static func digest(_ data: Data) -> [UInt8] {
        Array(Crypto.SHA256.hash(data: data))
    }

    /// SHA-256 of `data` as 64 lowercase hex digits.
    static func sha256Hex(_ data: Data) -> String {
        digest(data).map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
    }

    /// `'sha256-BASE64'` of `text`'s UTF-8, as a Content-Security-Policy source for an inline
    /// script or style.
    static func cspSource(_ text: String) -> String {
        "'sha256-" + Data(digest(Data(text.utf8))).base64EncodedString() + "'"
    }
}
