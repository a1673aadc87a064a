#ifndef DTREE_CLIBCRYPTO_SHIM_H
#define DTREE_CLIBCRYPTO_SHIM_H
/*
 * CLibcrypto/: OpenSSL's libcrypto (Debian's libssl-dev; at run time libssl3), for SHA-256
 * only, through its one-shot EVP_Digest. Internals/Digest is its only user. It replaced
 * swift-crypto, whose Linux build compiles BoringSSL and links Foundation into the binary.
 * libcrypto is not linked: Digest opens it with dlopen the first time it hashes (loading it
 * costs some 2.8 million instructions of relocation, more than the rest of `dtree --version`'s
 * start-up besides argument parsing). The typedefs are the installed header's own types.
 *
 * SHA256_Init/Update/Final are OpenSSL 3's deprecated low-level functions, still exported:
 * they hash without the provider machinery, which costs about 5.8 million instructions on the
 * first EVP_Digest of a run (configuration and provider set-up; callgrind, 17 digests). Digest
 * uses them when libcrypto has them and EVP_Digest when it does not. The declarations are
 * taken with deprecation warnings off, as they are only typed here, never called from C.
 */
#define OPENSSL_SUPPRESS_DEPRECATED 1
#include <openssl/evp.h>
#include <openssl/sha.h>

typedef __typeof__(&EVP_Digest) dtree_evp_digest_fn;
typedef __typeof__(&EVP_sha256) dtree_evp_sha256_fn;
typedef __typeof__(&SHA256_Init) dtree_sha256_init_fn;
typedef __typeof__(&SHA256_Update) dtree_sha256_update_fn;
typedef __typeof__(&SHA256_Final) dtree_sha256_final_fn;
/** The low-level SHA-256 state, as the installed header lays it out. */
typedef SHA256_CTX dtree_sha256_ctx;

#endif
