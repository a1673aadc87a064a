// Scenarios/: how many paths an invariant proved over every path covers, counted without
// enumerating them.

extension InvariantChecker {
    /// The number of paths from the start to an end (a node with no answers), each answer
    /// taken counted apart: what an invariant that holds was proved over ("proved over all
    /// 14 paths"). Counted once per node in reverse topological order, in time linear in the
    /// tree's size; `nil` when the tree has a cycle or the count passes `Int.max`.
    public static func pathCount(in tree: Tree) -> Int? {
        guard let order = GraphAnalysis.topologicalOrder(of: tree) else { return nil }
        var counts = [Int?](repeating: 0, count: tree.nodes.count)
        for index in order.reversed() {
            let node = tree.nodes[index]
            if node.edges.isEmpty {
                counts[index] = 1
                continue
            }
            var total: Int? = 0
            for edge in node.edges {
                guard let sum = total, let part = counts[edge.target] else {
                    total = nil
                    break
                }
                let (added, overflow) = sum.addingReportingOverflow(part)
                total = overflow ? nil : added
            }
            counts[index] = total
        }
        return counts[tree.start]
    }
}
