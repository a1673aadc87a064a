// Diagnostics/: what a check found and how it is told: Diagnostic, Rule (+ summary), the per-file
// cap (DiagnosticList), source text and caret snippets, did-you-mean suggestions,
// text/JSON/GitHub/SARIF formatters, terminal-safe text.
//
// May import: Model, Internals
// Modules: FoundationEssentials, Glibc, Darwin
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
