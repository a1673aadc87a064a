// Output/: every byte dtree writes: the one checked write(2) loop (DescriptorWriter), atomic file
// replacement (AtomicFileWriter), and a failed standard stream (OutputFailure).
//
// May import: Internals
// Modules: FoundationEssentials, Glibc, Darwin
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
