// Internals/: small helpers with no public API: untrusted text made safe (UntrustedText),
// XML/HTML escaping (XMLText), JSON text by hand (JSONText), SHA-256 digests (Digest), the
// C allocator's policy for a large file's arrays (LargeAllocations), text built as UTF-8 bytes
// (UTF8TextBuilder), fields most values lack kept out of line (OutOfLine).
//
// May import: nothing
// Modules: FoundationEssentials, Glibc, Darwin, CLibcrypto
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
