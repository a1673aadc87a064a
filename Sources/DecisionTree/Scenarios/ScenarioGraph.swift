/// Linear-time, iterative searches the scenario checks are built on. Nothing here enumerates paths.
enum ScenarioGraph {
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
