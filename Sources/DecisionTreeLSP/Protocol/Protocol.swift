// Protocol/: the language server protocol's messages (LSP 3.17) as Codable types.
//
// May import: DecisionTree/*
// Modules: FoundationEssentials, Glibc, Darwin
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
