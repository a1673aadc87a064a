// Graph/: linear-time, iterative graph algorithms over a tree (reachability, cycles,
// topological order, paths), used by validation, scenarios and execution. Imports Model/ and
// Execution/ (for Path) only.

/// Linear-time, iterative graph algorithms over a tree's nodes.
///
/// Nothing here recurses, so a 100,000-deep chain needs no more stack than a 3-node tree.
enum GraphAnalysis {
    /// A cycle found by depth-first search: the nodes on it in order, and the edge that closes it.
    struct Cycle: Sendable {
        /// Node indices along the cycle, starting with the one the closing edge returns to.
        let path: [Int]
        /// The edge back to `path[0]`.
        let closingEdge: EdgeRef
    }

    /// Every cycle closed by a back edge of an iterative depth-first search over all nodes.
    ///
    /// Each back edge yields one cycle, so every loop in the graph is reported at least once.
    static func cycles(in tree: Tree) -> [Cycle] {
        let count = tree.nodes.count
        // 0 = unvisited, 1 = on the stack, 2 = done.
        var state = [UInt8](repeating: 0, count: count)
        var positionOnStack = [Int](repeating: -1, count: count)
        var cycles: [Cycle] = []
        var stack: [(node: Int, nextEdge: Int)] = []
        for root in 0..<count where state[root] == 0 {
            stack.append((root, 0))
            state[root] = 1
            positionOnStack[root] = 0
            while let top = stack.last {
                let edges = tree.nodes[top.node].edges
                if top.nextEdge == edges.count {
                    stack.removeLast()
                    state[top.node] = 2
                    positionOnStack[top.node] = -1
                    continue
                }
                stack[stack.count - 1].nextEdge += 1
                let target = edges[top.nextEdge].target
                switch state[target] {
                case 0:
                    state[target] = 1
                    positionOnStack[target] = stack.count
                    stack.append((target, 0))
                case 1:
                    let path = stack[positionOnStack[target]...].map(\.node)
                    cycles.append(Cycle(path: path, closingEdge: EdgeRef(node: top.node, edge: top.nextEdge)))
                default:
                    break
                }
            }
        }
        return cycles
    }

    /// Which nodes can be reached from `start`, by breadth-first search.
    static func reachable(from start: Int, in tree: Tree) -> [Bool] {
        search(from: [start], in: tree).parent.map { $0 != -2 }
    }

    /// A breadth-first search's result: for each node, how it was first reached.
    struct Search {
        /// The node each node was first reached from; `-1` for a root, `-2` when not reached.
        var parent: [Int]
        /// The edge index, in the parent's edges, each node was first reached by.
        var parentEdge: [Int]
        /// The nodes reached, in the order first reached.
        var order: [Int]

        func reached(_ node: Int) -> Bool { parent[node] != -2 }

        /// The shortest path from a root to `node`, each step taken by its edge alone.
        func path(to node: Int, in tree: Tree) -> Path {
            var edges: [EdgeRef] = []
            var current = node
            while parent[current] >= 0 {
                edges.append(EdgeRef(node: parent[current], edge: parentEdge[current]))
                current = parent[current]
            }
            var path = Path(origin: current)
            for edge in edges.reversed() { path.append(edge: edge.edge, answer: nil, in: tree) }
            return path
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
                    !blockedEdges.contains(EdgeRef(node: node, edge: position))
                else { continue }
                search.parent[target] = node
                search.parentEdge[target] = position
                search.order.append(target)
            }
        }
        return search
    }

    /// The nodes in an order where every edge goes forward (Kahn's algorithm); `nil` if there is a cycle.
    static func topologicalOrder(of tree: Tree) -> [Int]? {
        var indegree = [Int](repeating: 0, count: tree.nodes.count)
        for node in tree.nodes { for edge in node.edges { indegree[edge.target] += 1 } }
        var order = (0..<tree.nodes.count).filter { indegree[$0] == 0 }
        order.reserveCapacity(tree.nodes.count)
        var head = 0
        while head < order.count {
            for edge in tree.nodes[order[head]].edges {
                indegree[edge.target] -= 1
                if indegree[edge.target] == 0 { order.append(edge.target) }
            }
            head += 1
        }
        return order.count == tree.nodes.count ? order : nil
    }

    /// For each node, whether some node for which `isTarget` holds can be reached from it
    /// (itself included): one breadth-first search backwards from the targets.
    static func canReach(in tree: Tree, where isTarget: (Node) -> Bool) -> [Bool] {
        let count = tree.nodes.count
        var predecessors = [[Int]](repeating: [], count: count)
        for (index, node) in tree.nodes.enumerated() {
            for edge in node.edges { predecessors[edge.target].append(index) }
        }
        var seen = [Bool](repeating: false, count: count)
        var queue: [Int] = []
        for (index, node) in tree.nodes.enumerated() where isTarget(node) {
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
}
