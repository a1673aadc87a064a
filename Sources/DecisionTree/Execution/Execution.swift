// Execution/: answers and the walks, paths, traces and batches built on them: Answers, Answer
// parsing, Walk, Path, Trace, Evaluator, BatchRunner.
//
// May import: Model, Diagnostics, Internals
// Modules: FoundationEssentials, Glibc, Darwin
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
