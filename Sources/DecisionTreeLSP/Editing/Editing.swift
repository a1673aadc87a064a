// Editing/: where ids, targets and keys stand in a tree or scenario file as written, so a half-
// typed file can still be navigated and completed.
//
// May import: DecisionTree/*
// Modules: FoundationEssentials, Glibc, Darwin
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
