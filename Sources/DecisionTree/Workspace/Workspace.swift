// Workspace/: the one place that decides which of the paths a user gave are trees and scenario
// files, loads each once, and returns what every file gave: the check behind `dtree validate`
// (WorkspaceCheck) and the scenario run behind `dtree test` and the review page (ScenarioRun).
// The command line and the language server only format what these return.
//
// May import: Model, Diagnostics, Loading, Validation, Scenarios, Review, Execution, Graph, Input, Hazards, Translation
// Modules: FoundationEssentials, Glibc, Darwin
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
