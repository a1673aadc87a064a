// Rendering/: drawing trees, paths and diffs: clinician-styled DOT from a whitelist, the layout
// budget, Graphviz through its C library behind one gate, the accessible SVG.
//
// May import: DecisionTree/*
// Modules: FoundationEssentials, Glibc, Darwin, CGraphviz, Synchronization
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
