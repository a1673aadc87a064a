// Loading/: reading tree files: libyaml events composed (YAMLReader), a tree file's node
// bodies read straight from the events (NodeBodyEvents, StreamedNodes), decoded into a draft
// (TreeDecoder, ModelDecoder, over either through YAMLValue), checked into a Tree (TreeLoader), found on disk (TreeFiles),
// loaded once (TreeCache), YAML lists appended by text.
//
// May import: Model, Diagnostics, Validation, Graph, Internals, Output, Input, Format
// Modules: FoundationEssentials, Glibc, Darwin, CYAML
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
