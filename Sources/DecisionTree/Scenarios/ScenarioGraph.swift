/// One edge of a tree: its source node and its position among that node's edges.
public struct EdgeRef: Hashable, Sendable {
    /// The source node's index in ``Tree/nodes``.
    public var node: Int
    /// The edge's index in the source node's ``Node/edges``.
    public var edge: Int

    /// Creates an edge reference.
    public init(node: Int, edge: Int) {
        self.node = node
        self.edge = edge
    }
}

/// Linear-time, iterative searches the scenario checks are built on. Nothing here enumerates paths.
enum ScenarioGraph {
    /// A breadth-first search's result: for each node, how it was first reached.
    struct Search {
        /// The node each node was first reached from; `-1` for a root, `-2` when not reached.
        var parent: [Int]
        /// The edge index, in the parent's edges, each node was first reached by.
        var parentEdge: [Int]
        /// The nodes reached, in the order first reached.
        var order: [Int]

        func reached(_ node: Int) -> Bool { parent[node] != -2 }

        /// The shortest path from a root to `node`, as (node, edge taken) pairs; the last edge is `nil`.
        func path(to node: Int) -> [(node: Int, edge: Int?)] {
            var reversed: [(node: Int, edge: Int?)] = [(node, nil)]
            var current = node
            while parent[current] >= 0 {
                reversed.append((parent[current], parentEdge[current]))
                current = parent[current]
            }
            return reversed.reversed()
        }
    }

    /// Breadth-first search from `roots`, never entering a blocked node or crossing a blocked edge.
    /// Blocked roots are not searched from.
    static func search(from roots: [Int], in tree: Tree, blockedNodes: Set<Int> = [], blockedEdges: Set<EdgeRef> = []) -> Search {
        let count = tree.nodes.count
        var search = Search(parent: [Int](repeating: -2, count: count), parentEdge: [Int](repeating: -1, count: count), order: [])
        search.order.reserveCapacity(count)
        for root in roots where !blockedNodes.contains(root) && !search.reached(root) {
            search.parent[root] = -1
            search.order.append(root)
        }
        var head = 0
        while head < search.order.count {
            let node = search.order[head]
            head += 1
            for (position, edge) in tree.nodes[node].edges.enumerated() {
                let target = edge.target
                guard !search.reached(target), !blockedNodes.contains(target),
                      !blockedEdges.contains(EdgeRef(node: node, edge: position)) else { continue }
                search.parent[target] = node
                search.parentEdge[target] = position
                search.order.append(target)
            }
        }
        return search
    }

    /// For each node, whether some node matching `expectation` (a terminal one, with `terminalOnly`)
    /// can be reached from it: one breadth-first search backwards from the matching nodes.
    static func canReach(_ expectation: Expectation, terminalOnly: Bool, in tree: Tree) -> [Bool] {
        let count = tree.nodes.count
        var predecessors = [[Int]](repeating: [], count: count)
        for (index, node) in tree.nodes.enumerated() {
            for edge in node.edges { predecessors[edge.target].append(index) }
        }
        var seen = [Bool](repeating: false, count: count)
        var queue: [Int] = []
        for (index, node) in tree.nodes.enumerated() where (!terminalOnly || node.isTerminal) && expectation.matches(node) {
            seen[index] = true
            queue.append(index)
        }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for source in predecessors[node] where !seen[source] {
                seen[source] = true
                queue.append(source)
            }
        }
        return seen
    }

    /// A path as steps labelled by edge labels, for messages.
    static func steps(_ path: [(node: Int, edge: Int?)], in tree: Tree) -> [PathStep] {
        path.map { step in
            let node = tree.nodes[step.node]
            return PathStep(node: node.id, answer: step.edge.map { node.edges[$0].label })
        }
    }
}
