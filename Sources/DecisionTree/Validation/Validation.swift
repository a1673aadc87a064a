// Validation/: the rules that need the whole graph (targets, specialists, cycles, reachability),
// the draft a decoder produces, and cites checked against their source document.
//
// May import: Model, Diagnostics, Graph, Internals, Input, Format
// Modules: FoundationEssentials, Glibc, Darwin
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
