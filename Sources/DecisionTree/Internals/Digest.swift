// Internals/: SHA-256 digests through OpenSSL's libcrypto (CLibcrypto, opened on first use):
// the content hash a sign-off records, the source document a tree cites, and a page's
// Content-Security-Policy. No public API.

import CLibcrypto

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

    /// libcrypto's one-shot digest and its SHA-256, looked up the first time anything is
    /// hashed (thread-safe: a `static let` is initialised once).
    private static let libcrypto: (digest: dtree_evp_digest_fn, sha256: dtree_evp_sha256_fn) = {
        #if canImport(Darwin)
            let names = ["libcrypto.3.dylib", "libcrypto.dylib"]
        #else
            let names = ["libcrypto.so.3", "libcrypto.so"]
        #endif
        var reason = ""
        for name in names {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else {
                if reason.isEmpty { reason = dlerror().map { String(cString: $0) } ?? name }
                continue
            }
            if let digest = dlsym(handle, "EVP_Digest"), let sha256 = dlsym(handle, "EVP_sha256") {
                return (unsafeBitCast(digest, to: dtree_evp_digest_fn.self), unsafeBitCast(sha256, to: dtree_evp_sha256_fn.self))
            }
            reason = "\(name) has no EVP_Digest or EVP_sha256"
        }
        // The installation is broken (the runtime package is missing): say so and stop, as
        // the dynamic loader would have at start-up had libcrypto been linked.
        let message = "dtree: error: cannot open OpenSSL's libcrypto for SHA-256 (Debian package libssl3): \(reason)\n"
        _ = message.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
        exit(2)
    }()

    /// The SHA-256 digest of `bytes`.
    package static func sha256<Bytes: Collection>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        let (evpDigest, evpSHA256) = libcrypto
        let done =
            bytes.withContiguousStorageIfAvailable { buffer in
                digest.withUnsafeMutableBufferPointer { out in
                    evpDigest(buffer.baseAddress, buffer.count, out.baseAddress, &length, evpSHA256(), nil)
                }
            }
            ?? Array(bytes).withUnsafeBufferPointer { buffer in
                digest.withUnsafeMutableBufferPointer { out in
                    evpDigest(buffer.baseAddress, buffer.count, out.baseAddress, &length, evpSHA256(), nil)
                }
            }
        // EVP_Digest fails only when the digest cannot be set up (no memory); a digest of
        // zeros would then never match a recorded one, so the failure cannot pass as a match.
        precondition(done == 1 && length == 32, "libcrypto's SHA-256 failed")
        return digest
    }
}
