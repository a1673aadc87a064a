// Format/: the one owner of the tree file format: each node kind's key, its required and optional
// keys and which keys lead to other nodes (NodeFormat), the top-level keys (TreeFormat), an
// answer's `{to, label}` (AnswerFormat) and the JSON model's keys (ModelFormat), each with its
// one-line doc. The decoders, completion, hover and the schema test read it; a new node kind
// is one entry here plus its semantics.
//
// May import: Model
// Modules: none
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
