// Transport/: moving JSON-RPC messages: Content-Length framing over file descriptors.
//
// May import: DecisionTree/*, Protocol
// Modules: Foundation, Glibc, Darwin
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
