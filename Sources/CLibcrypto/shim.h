#ifndef DTREE_CLIBCRYPTO_SHIM_H
#define DTREE_CLIBCRYPTO_SHIM_H
/*
 * CLibcrypto/: OpenSSL's libcrypto (Debian's libssl-dev; at run time libssl3), for SHA-256
 * only, through its one-shot EVP_Digest. Internals/Digest is its only user. It replaced
 * swift-crypto, whose Linux build compiles BoringSSL and links Foundation into the binary.
 * libcrypto is not linked: Digest opens it with dlopen the first time it hashes (loading it
 * costs some 2.8 million instructions of relocation, more than the rest of `dtree --version`'s
 * start-up besides argument parsing). The two typedefs are the installed header's own types.
 */
#include <openssl/evp.h>

typedef __typeof__(&EVP_Digest) dtree_evp_digest_fn;
typedef __typeof__(&EVP_sha256) dtree_evp_sha256_fn;

#endif
