// Server/: the language server: documents, debounced diagnostics, the JSON-RPC lifecycle and the
// editing features.
//
// May import: DecisionTree/*, Editing, Protocol, Transport
// Modules: FoundationEssentials, Glibc, Darwin
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
