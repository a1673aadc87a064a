// Internals/: SHA-256 digests through OpenSSL's libcrypto (CLibcrypto): the content hash a
// sign-off records, the source document a tree cites, and a page's Content-Security-Policy.
// No public API.

import CLibcrypto

/// SHA-256 digests, raw or as 64 lowercase hexadecimal digits.
package enum Digest {
    /// The lowercase hex SHA-256 of `bytes`.
    static func sha256Hex<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in sha256(bytes) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The SHA-256 digest of `bytes`.
    package static func sha256<Bytes: Collection>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        let done =
            bytes.withContiguousStorageIfAvailable { buffer in
                digest.withUnsafeMutableBufferPointer { out in
                    EVP_Digest(buffer.baseAddress, buffer.count, out.baseAddress, &length, EVP_sha256(), nil)
                }
            }
            ?? Array(bytes).withUnsafeBufferPointer { buffer in
                digest.withUnsafeMutableBufferPointer { out in
                    EVP_Digest(buffer.baseAddress, buffer.count, out.baseAddress, &length, EVP_sha256(), nil)
                }
            }
        // EVP_Digest fails only when the digest cannot be set up (no memory); a digest of
        // zeros would then never match a recorded one, so the failure cannot pass as a match.
        precondition(done == 1 && length == 32, "libcrypto's SHA-256 failed")
        return digest
    }
}
