// Hazards/: hazard logs (`NAME.hazards.yaml`): the DCB0129 risk matrix, the log's model, its
// loading and located checks against its tree and scenario file, each hazard's verification by
// the invariants and cases its controls name, and the clinical safety case report (its content
// as a SafetyReport, written as Markdown and HTML; DecisionTreeRendering lays it out as PDF).
//
// May import: Model, Diagnostics, Loading, Scenarios, Export, Execution, Graph, Internals, Input, Mutation, Presentation
// Modules: FoundationEssentials, Glibc, Darwin
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
