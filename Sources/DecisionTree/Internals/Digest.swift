// Internals/: SHA-256 digests as hex text, through swift-crypto (Foundation on Linux has no
// digest API): the content hash a sign-off records and the source document a tree cites. No
// public API.

import Crypto

/// SHA-256 as 64 lowercase hexadecimal digits.
enum Digest {
    /// The lowercase hex SHA-256 of `bytes`.
    static func sha256Hex<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        SHA256.hash(data: Array(bytes)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
