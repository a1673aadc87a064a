// Input/: every user file dtree reads whole (trees, scenario files, source documents, files it
// edits in place): opened once, checked on the open descriptor (a folder, its size) before a
// byte is read. Output/ is its other half.
//
// May import: nothing
// Modules: FoundationEssentials, Glibc, Darwin
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
