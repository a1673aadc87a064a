#ifndef DTREE_CLIBCRYPTO_SHIM_H
#define DTREE_CLIBCRYPTO_SHIM_H
/*
 * CLibcrypto/: OpenSSL's libcrypto (Debian's libssl-dev; at run time libssl3), for SHA-256
 * only, through its one-shot EVP_Digest. Internals/Digest is its only user. It replaced
 * swift-crypto, whose Linux build compiles BoringSSL and links Foundation into the binary.
 */
#include <openssl/evp.h>

#endif
