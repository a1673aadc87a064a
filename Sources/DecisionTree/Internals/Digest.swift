// Internals/: SHA-256 digests through swift-crypto (Foundation on Linux has no digest API):
// the content hash a sign-off records, the source document a tree cites, and a page's
// Content-Security-Policy. No public API.

import Crypto

/// SHA-256 digests, raw or as 64 lowercase hexadecimal digits.
package enum Digest {
    /// The lowercase hex SHA-256 of `bytes`.
    static func sha256Hex<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        sha256(bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The SHA-256 digest of `bytes`.
    package static func sha256<Bytes: Collection>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        Array(SHA256.hash(data: Array(bytes)))
    }
}
