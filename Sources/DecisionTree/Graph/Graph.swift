// Graph/: linear-time, iterative graph algorithms over a tree: reachability, cycles, topological
// order, shortest paths.
//
// May import: Model, Execution
// Modules: none
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
