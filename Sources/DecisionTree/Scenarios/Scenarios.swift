// Scenarios/: scenario files: cases, invariants proved by reachability, coverage, reports, JUnit,
// recorded sessions.
//
// May import: Model, Diagnostics, Execution, Graph, Loading, Output, Internals, Presentation, Input
// Modules: FoundationEssentials, Glibc, Darwin
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
