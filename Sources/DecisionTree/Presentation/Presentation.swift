// Presentation/: the words and shapes people read, the same in every front end: the tree outline,
// which way a drawing flows.
//
// May import: Model, Execution, Diagnostics, Internals
// Modules: Foundation
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
