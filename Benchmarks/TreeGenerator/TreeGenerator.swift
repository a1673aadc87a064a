// Benchmarks/TreeGenerator: the one generator of large tree files (YAML text) for the scale
// tests and the benchmarks; `dtree-gen` (Benchmarks/GenerateTree) writes its shapes to stdout.
// Depends on nothing. Each shape's bytes are fixed: benchmark figures in BENCHMARKS.md were
// measured on them, so a change here makes old and new figures incomparable.

/// Generated trees, as the YAML text of a tree file. Every shape is deterministic and valid.
package enum TreeGenerator {
    /// The shapes, by the name `dtree-gen` takes.
    package enum Shape: String, CaseIterable, Sendable {
        /// A binary tree of N nodes: `TreeGenerator.wide`.
        case wide
        /// N - 1 questions in a row to one shared end: `TreeGenerator.chain`.
        case chain
        /// N two-way diamonds in a row to an outcome: `TreeGenerator.diamonds`.
        case diamonds
        /// N two-way diamonds in a row to a referral of a given urgency: `TreeGenerator.diamondsToReferral`.
        case diamondsToReferral = "diamonds-to-referral"
        /// A binary tree of N nodes with checklists and sentence-length texts: `TreeGenerator.realistic`.
        case realistic
    }

    /// The urgencies a referral may have, in the format's order.
    package static let urgencies = ["routine", "soon", "urgent", "emergency"]
}
