// Export/: a tree in other formats for other tools: the normalized JSON model and its content
// hash, Mermaid, HL7 FHIR R4.
//
// May import: Model, Graph, Execution, Internals, Presentation, Format
// Modules: FoundationEssentials, Glibc, Darwin
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
