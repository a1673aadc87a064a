// Scenarios/: proving invariants over every path by reachability.

/// What checking one invariant found: that it holds, or one path from the start that breaks it.
public struct InvariantResult: Sendable {
    /// The invariant checked.
    public let invariant: Invariant
    /// Whether it holds over every path.
    public let holds: Bool
    /// A shortest path from the start that breaks it, when it does not hold.
    public let counterexample: Path?
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
            return InvariantResult(
                invariant: invariant, holds: false, counterexample: nil,
                explanation: ["the invariant has errors in the scenario file and was not checked"])
        }
        switch claim {
        case .after(let anchor, let expectation):
            return checkAfter(invariant, anchor: anchor, expectation: expectation, in: tree)
        case .reaching(let expectation, let through):
            return checkReaching(invariant, expectation: expectation, through: through, in: tree)
        case .asks(let node):
            return checkAsks(invariant, node: node, in: tree)
        case .notReaching(let expectation, let through):
            return checkNotReaching(invariant, expectation: expectation, through: through, in: tree)
        }
    }

    /// `asks N`: no end may be reachable from the start once N is removed (one search).
    private static func checkAsks(_ invariant: Invariant, node: Int, in tree: Tree) -> InvariantResult {
        let search = GraphAnalysis.search(from: [tree.start], in: tree, blockedNodes: [node])
        guard let bad = search.order.first(where: { tree.nodes[$0].isTerminal }) else {
            return InvariantResult(invariant: invariant, holds: true, counterexample: nil, explanation: [])
        }
        let path = search.path(to: bad, in: tree)
        let end = tree.nodes[bad]
        return InvariantResult(
            invariant: invariant, holds: false, counterexample: path,
            explanation: [
                "asks:           \(tree.nodes[node].id)",
                "counterexample: \(path.describe(in: tree))",
                "ends at \(end.summary)\(end.lineSuffix) without asking \(tree.nodes[node].id)",
            ])
    }

    /// `reaching R not-through T`: one search from the start finds which waypoints a path can
    /// pass; one search from all the places just past them finds a node matching R, if any.
    private static func checkNotReaching(
        _ invariant: Invariant, expectation: Expectation, through: [Waypoint], in tree: Tree
    ) -> InvariantResult {
        let fromStart = GraphAnalysis.search(from: [tree.start], in: tree)
        var roots: [Int] = []
        var entry: [Int: EdgeRef] = [:]
        for waypoint in through where fromStart.reached(waypoint.node) {
            let edges: [EdgeRef]
            switch waypoint {
            case .node(let node): edges = tree.nodes[node].edges.indices.map { EdgeRef(node: node, edge: $0) }
            case .edge(let edge): edges = [edge]
            }
            for edge in edges {
                let target = tree.nodes[edge.node].edges[edge.edge].target
                if entry[target] == nil {
                    entry[target] = edge
                    roots.append(target)
                }
            }
        }
        let after = GraphAnalysis.search(from: roots, in: tree)
        guard let bad = after.order.first(where: { expectation.matches(tree.nodes[$0]) }) else {
            return InvariantResult(invariant: invariant, holds: true, counterexample: nil, explanation: [])
        }
        let tail = after.path(to: bad, in: tree)
        let edge = entry[tail.origin]!
        var path = fromStart.path(to: edge.node, in: tree)
        path.append(edge: edge.edge, answer: nil, in: tree)
        for step in tail.steps { path.append(edge: step.edge, answer: nil, in: tree) }
        let names = through.map { $0.text(in: tree) }.joined(separator: " or ")
        let node = tree.nodes[bad]
        return InvariantResult(
            invariant: invariant, holds: false, counterexample: path,
            explanation: [
                "reaching:       \(expectation)",
                "not through:    \(names)",
                "counterexample: \(path.describe(in: tree))",
                "reaches \(node.summary)\(node.lineSuffix) after passing \(names)",
            ])
    }

    private static func checkAfter(_ invariant: Invariant, anchor: Waypoint, expectation: Expectation, in tree: Tree) -> InvariantResult {
        let fromStart = GraphAnalysis.search(from: [tree.start], in: tree)
        guard fromStart.reached(anchor.node) else {
            return InvariantResult(
                invariant: invariant, holds: true, counterexample: nil,
                explanation: ["holds vacuously: '\(tree.nodes[anchor.node].id)' cannot be reached from the start"])
        }
        var root = anchor.node
        if case .edge(let edge) = anchor { root = tree.nodes[edge.node].edges[edge.edge].target }
        let after = GraphAnalysis.search(from: [root], in: tree)
        guard let bad = after.order.first(where: { tree.nodes[$0].isTerminal && !expectation.matches(tree.nodes[$0]) }) else {
            return InvariantResult(invariant: invariant, holds: true, counterexample: nil, explanation: [])
        }
        var path = fromStart.path(to: anchor.node, in: tree)
        if case .edge(let edge) = anchor { path.append(edge: edge.edge, answer: nil, in: tree) }
        for step in after.path(to: bad, in: tree).steps { path.append(edge: step.edge, answer: nil, in: tree) }
        let node = tree.nodes[bad]
        let anchorText = anchor.text(in: tree)
        return InvariantResult(
            invariant: invariant, holds: false, counterexample: path,
            explanation: [
                "after:          \(anchorText)",
                "expected:       \(expectation)",
                "counterexample: \(path.describe(in: tree))",
                "ends at \(node.summary)\(node.lineSuffix), which does not match \(expectation)",
            ])
    }

    private static func checkReaching(
        _ invariant: Invariant, expectation: Expectation, through: [Waypoint], in tree: Tree
    ) -> InvariantResult {
        var blockedNodes = Set<Int>()
        var blockedEdges = Set<EdgeRef>()
        for waypoint in through {
            switch waypoint {
            case .node(let node): blockedNodes.insert(node)
            case .edge(let edge): blockedEdges.insert(edge)
            }
        }
        let search = GraphAnalysis.search(from: [tree.start], in: tree, blockedNodes: blockedNodes, blockedEdges: blockedEdges)
        guard let bad = search.order.first(where: { expectation.matches(tree.nodes[$0]) }) else {
            return InvariantResult(invariant: invariant, holds: true, counterexample: nil, explanation: [])
        }
        let path = search.path(to: bad, in: tree)
        let names = through.map { $0.text(in: tree) }.joined(separator: " or ")
        let node = tree.nodes[bad]
        return InvariantResult(
            invariant: invariant, holds: false, counterexample: path,
            explanation: [
                "reaching:       \(expectation)",
                "through:        \(names)",
                "counterexample: \(path.describe(in: tree))",
                "reaches \(node.summary)\(node.lineSuffix) without passing \(names)",
            ])
    }
}
