// Transport/: moving JSON-RPC messages: Content-Length framing over file descriptors.
//
// May import: DecisionTree/*, Protocol
// Modules: FoundationEssentials, Glibc, Darwin, Dispatch, Synchronization
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
