// Model/: the checked, immutable shape of a tree: Tree, Node (its Content by kind), Edge,
// EdgeRef, Referral, Urgency, Answer and the one transition rule (Node+Transition), SignOff,
// SourceDocument, SourceLocation, Evidence. A node's occasional notes are kept out of line
// (Internals/OutOfLine).
//
// May import: Internals
// Modules: none
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
