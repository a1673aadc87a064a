import DecisionTree
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Page/: the hashes a review page's Content-Security-Policy names for its own inline script
// and stylesheet. The content hash a reviewer signs is Review/'s `ContentHash`.

/// Content-Security-Policy sources for inline code.
enum CSPHash {
    /// `'sha256-BASE64'` of `text`'s UTF-8, as a Content-Security-Policy source for an inline
    /// script or style.
    static func source(_ text: String) -> String {
        "'sha256-" + Data(Digest.sha256(text.utf8)).base64EncodedString() + "'"
    }
}
