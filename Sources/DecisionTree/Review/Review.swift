// Review/: what changed and who approved it: structural, behavioural and scenario diffs, sign-off
// checks, approving, earlier versions from git.
//
// May import: Model, Diagnostics, Execution, Graph, Export, Internals, Loading, Output, Scenarios, Presentation, Input
// Modules: FoundationEssentials, Glibc, Darwin, Subprocess, SystemPackage, Dispatch
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
