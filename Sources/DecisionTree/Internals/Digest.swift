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

    /// How libcrypto is asked for a SHA-256: its low-level functions when it still exports them
    /// (no provider set-up: about 5.8 million instructions less on a run's first digest), else
    /// its one-shot `EVP_Digest`.
    private enum Functions {
        case lowLevel(init: dtree_sha256_init_fn, update: dtree_sha256_update_fn, final: dtree_sha256_final_fn)
        case evp(digest: dtree_evp_digest_fn, sha256: dtree_evp_sha256_fn)
    }

    /// libcrypto's SHA-256 functions, looked up the first time anything is hashed
    /// (thread-safe: a `static let` is initialised once).
    private static let libcrypto: Functions = {
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
            if let initialise = dlsym(handle, "SHA256_Init"), let update = dlsym(handle, "SHA256_Update"),
                let final = dlsym(handle, "SHA256_Final")
            {
                return .lowLevel(
                    init: unsafeBitCast(initialise, to: dtree_sha256_init_fn.self),
                    update: unsafeBitCast(update, to: dtree_sha256_update_fn.self),
                    final: unsafeBitCast(final, to: dtree_sha256_final_fn.self))
            }
            if let digest = dlsym(handle, "EVP_Digest"), let sha256 = dlsym(handle, "EVP_sha256") {
                return .evp(
                    digest: unsafeBitCast(digest, to: dtree_evp_digest_fn.self),
                    sha256: unsafeBitCast(sha256, to: dtree_evp_sha256_fn.self))
            }
            reason = "\(name) has no SHA256_Init or EVP_Digest"
        }
        // The installation is broken (the runtime package is missing): say so and stop, as
        // the dynamic loader would have at start-up had libcrypto been linked.
        let message = "dtree: error: cannot open OpenSSL's libcrypto for SHA-256 (Debian package libssl3): \(reason)\n"
        _ = message.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
        exit(2)
    }()

    /// The SHA-256 digest of `bytes`.
    package static func sha256<Bytes: Collection>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        let digest =
            bytes.withContiguousStorageIfAvailable { sha256(of: $0) } ?? Array(bytes).withUnsafeBufferPointer { sha256(of: $0) }
        return digest
    }

    /// The SHA-256 digest of the bytes in `buffer`.
    private static func sha256(of buffer: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        let done: Bool
        switch libcrypto {
        case .lowLevel(let initialise, let update, let final):
            var context = dtree_sha256_ctx()
            done = digest.withUnsafeMutableBufferPointer { out in
                initialise(&context) == 1 && update(&context, buffer.baseAddress, buffer.count) == 1
                    && final(out.baseAddress, &context) == 1
            }
        case .evp(let evpDigest, let evpSHA256):
            var length: UInt32 = 0
            done = digest.withUnsafeMutableBufferPointer { out in
                evpDigest(buffer.baseAddress, buffer.count, out.baseAddress, &length, evpSHA256(), nil) == 1 && length == 32
            }
        }
        // Either fails only when the digest cannot be set up (no memory); a digest of zeros
        // would then never match a recorded one, so the failure cannot pass as a match.
        precondition(done, "libcrypto's SHA-256 failed")
        return digest
    }
}
