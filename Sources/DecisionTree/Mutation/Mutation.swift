// Mutation/: mutation testing of a scenario suite: every single-edit mutant of a tree (edges
// retargeted or swapped, answers and items dropped, urgencies changed, advice dropped or
// reworded, refer steps cut out of a chain, a number question's boundary moved by the smallest
// step), each applied to the in-memory model, run against
// the suite's cases and invariants, and classified killed, survived (with the behaviour diff's
// witness) or equivalent; the scores per tree and per operator; the cases that would kill the
// survivors and cover what no case walks (`dtree test --suggest`).
//
// May import: Model, Diagnostics, Execution, Graph, Scenarios, Review, Loading, Input, Output, Internals, Presentation
// Modules: FoundationEssentials, Glibc, Darwin, Dispatch, Synchronization
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
