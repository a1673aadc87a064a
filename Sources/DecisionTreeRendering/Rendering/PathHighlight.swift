// Rendering/: what a highlighted path marks on the chart.

import DecisionTree

/// The path a patient's answers take, in the shape the chart needs.
///
/// The path is the one a ``Walk`` takes with the same ``Answers`` that `dtree run --answer` parses.
struct PathHighlight: Sendable, Equatable {
    /// The path taken.
    let path: Path
    /// The nodes on the path.
    let nodes: Set<Int>
    /// The edges taken.
    let edges: Set<EdgeRef>
    /// For each checklist on the path, the positions of the items ticked.
    let ticked: [Int: Set<Int>]
    /// The answered nodes the path never reaches, ascending.
    let unused: [Int]

    /// The node the path ends at.
    var last: Int { path.end }

    /// Follows `answers` from the tree's start until a terminal node, or a node with no answer.
    init(_ tree: Tree, answers: Answers) {
        let walk = Walk(tree: tree, following: answers)
        path = walk.path
        let nodes = Set(walk.path.nodes)
        self.nodes = nodes
        edges = Set(walk.path.edges)
        var ticked: [Int: Set<Int>] = [:]
        for step in walk.path.steps {
            if case .items(let chosen)? = step.answer, !chosen.isEmpty { ticked[step.node] = Set(chosen) }
        }
        self.ticked = ticked
        unused = answers.answeredNodes.filter { !nodes.contains($0) }
    }
}
