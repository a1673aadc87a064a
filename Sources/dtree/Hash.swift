// dtree: `dtree hash`: prints the content hash Export/ContentHash computes.

import ArgumentParser
import DecisionTree

/// `dtree hash`: the content hash of a tree, which a sign-off records.
struct Hash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hash",
        abstract: "Print the sha256 of a tree's normalized model: what a sign-off approves.",
        discussion: """
            The hash is of the normalized JSON model ('dtree export --format json') written \
            canonically: keys sorted, no whitespace, nodes, answers and items in file order. \
            Comments, formatting, key order, YAML vs JSON and the review: list do not change \
            it; any text, item, answer, target, specialist, urgency, advice, help or cite \
            does. An invalid tree prints its diagnostics and exits 1. See docs/review.md. \
            With --nodes, each node's 8-hex digest is printed instead, one 'id: digest' a line: \
            what a hazard file's 'reviewed: nodes' records (docs/safety.md).

            Examples:
              dtree hash Trees/back-numbness.yaml
            """
    )

    @Argument(help: "The tree file.", completion: .file(extensions: ["yaml", "yml", "json"]))
    var tree: String

    @Flag(help: "Print each node's digest (id: digest), as a hazard file's 'reviewed: nodes' records it.")
    var nodes = false

    func run() throws {
        let loaded = try CommandSupport.loadTree(tree)
        if nodes {
            for (id, digest) in ContentHash.nodeDigests(loaded) { try Terminal.line("\(id): \(digest)") }
            return
        }
        try Terminal.line(ContentHash.of(loaded))
    }
}
