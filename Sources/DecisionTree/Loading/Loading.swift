// Loading/: reading tree files: libyaml events composed (YAMLReader), decoded into a draft
// (TreeDecoder, ModelDecoder), checked into a Tree (TreeLoader), found on disk (TreeFiles),
// loaded once (TreeCache), YAML lists appended by text.
//
// May import: Model, Diagnostics, Validation, Graph, Internals, Output, Input, Format
// Modules: FoundationEssentials, Glibc, Darwin, CYAML
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
