/// What checking one invariant found: that it holds, or one path from the start that breaks it.
public struct InvariantResult: Sendable {
    /// The invariant checked.
    public let invariant: Invariant
    /// Whether it holds over every path.
    public let holds: Bool
    /// A shortest path from the start that breaks it, when it does not hold.
    public let counterexample: [PathStep]?
    /// Why it does not hold, one line each; for one that holds, notes such as "holds vacuously".
    public let explanation: [String]
}

/// Proves invariants over every path of a tree by reachability, in time linear in the tree's size.
///
/// The number of paths through a graph can be exponential in its size (60 diamonds in a row
/// make 2^60), so nothing here enumerates them: each check is one or two breadth-first searches.
public enum InvariantChecker {
    /// Checks `invariant` against `tree`.
    ///
    /// - `after X expect E`: every terminal reachable from X (a node) or from the target of X
    ///   (an edge) must match E. Reachability from X covers every path through X, since any
    ///   path to X from the start can be extended by any path out of it. The counterexample is
    ///   a shortest path start → X, then a shortest path from X to a terminal that does not match.
    /// - `reaching R through T`: no node matching R may be reachable from the start once the
    ///   nodes and edges of T are removed. The counterexample is a shortest such path.
    public static func check(_ invariant: Invariant, in tree: Tree) -> InvariantResult {
        guard let claim = invariant.claim else {
            return InvariantResult(invariant: invariant, holds: false, counterexample: nil,
                                   explanation: ["the invariant has errors in the scenario file and was not checked"])
        }
        switch claim {
        case .after(let anchor, let expectation):
            return checkAfter(invariant, anchor: anchor, expectation: expectation, in: tree)
        case .reaching(let expectation, let through):
            return checkReaching(invariant, expectation: expectation, through: through, in: tree)
        }
    }

    private static func checkAfter(_ invariant: Invariant, anchor: Anchor, expectation: Expectation, in tree: Tree) -> InvariantResult {
        let fromStart = GraphAnalysis.search(from: [tree.start], in: tree)
        guard fromStart.reached(anchor.node) else {
            return InvariantResult(invariant: invariant, holds: true, counterexample: nil,
                                   explanation: ["holds vacuously: '\(tree.nodes[anchor.node].id)' cannot be reached from the start"])
        }
        let root = anchor.edge.map { tree.nodes[anchor.node].edges[$0].target } ?? anchor.node
        let after = GraphAnalysis.search(from: [root], in: tree)
        guard let bad = after.order.first(where: { tree.nodes[$0].isTerminal && !expectation.matches(tree.nodes[$0]) }) else {
            return InvariantResult(invariant: invariant, holds: true, counterexample: nil, explanation: [])
        }
        var prefix = fromStart.path(to: anchor.node)
        let suffix = after.path(to: bad)
        if let edge = anchor.edge {
            prefix[prefix.count - 1].edge = edge
        } else {
            prefix.removeLast()  // the suffix begins at the anchor itself
        }
        let path = ScenarioGraph.steps(prefix + suffix, in: tree)
        let node = tree.nodes[bad]
        return InvariantResult(invariant: invariant, holds: false, counterexample: path, explanation: [
            "after:          \(anchor)",
            "expected:       \(expectation)",
            "counterexample: \(PathStep.describe(path))",
            "ends at \(node.summary)\(node.location.map { " (line \($0.line))" } ?? ""), which does not match \(expectation)",
        ])
    }

    private static func checkReaching(_ invariant: Invariant, expectation: Expectation, through: [Anchor], in tree: Tree) -> InvariantResult {
        let blockedNodes = Set(through.filter { $0.edge == nil }.map(\.node))
        let blockedEdges = Set(through.compactMap { anchor in anchor.edge.map { EdgeRef(node: anchor.node, edge: $0) } })
        let search = GraphAnalysis.search(from: [tree.start], in: tree, blockedNodes: blockedNodes, blockedEdges: blockedEdges)
        guard let bad = search.order.first(where: { expectation.matches(tree.nodes[$0]) }) else {
            return InvariantResult(invariant: invariant, holds: true, counterexample: nil, explanation: [])
        }
        let path = ScenarioGraph.steps(search.path(to: bad), in: tree)
        let names = through.map(\.text).joined(separator: " or ")
        let node = tree.nodes[bad]
        return InvariantResult(invariant: invariant, holds: false, counterexample: path, explanation: [
            "reaching:       \(expectation)",
            "through:        \(names)",
            "counterexample: \(PathStep.describe(path))",
            "reaches \(node.summary)\(node.location.map { " (line \($0.line))" } ?? "") without passing \(names)",
        ])
    }
}
