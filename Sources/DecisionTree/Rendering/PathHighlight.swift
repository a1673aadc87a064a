/// The path a set of answers takes through a tree, for highlighting in a rendering.
///
/// A thin reading of ``Walk``: answers are parsed by ``AnswerParser`` exactly as
/// `dtree run --answer` parses them (a label, case-insensitive, or a 1-based number; for a
/// checklist, comma-separated items or numbers, or `none`).
struct PathHighlight: Sendable, Equatable {
    /// The indices of the nodes on the path, from the start, in order.
    var nodes: [Int] = []
    /// The edges taken, as (node index, edge position in that node's edges).
    var edges: Set<EdgeRef> = []
    /// For each checklist on the path, the positions of the items ticked.
    var ticked: [Int: Set<Int>] = [:]
    /// The ids of answered nodes the path never reaches (or that take no answer).
    var unused: [String] = []

    /// The last node on the path.
    var last: Int? { nodes.last }

    /// Follows `answers` (node id → answer) from the tree's start until a terminal node, or
    /// until a node with no answer.
    static func follow(_ tree: Tree, answers: [String: String]) throws(RenderError) -> PathHighlight {
        for id in answers.keys.sorted() where tree.index(of: id) == nil {
            throw .unknownNode(id, suggestion: Suggestion.closest(to: id, in: tree.nodes.map(\.id)))
        }
        // Every answer must fit its node, on the path or not, so a typo never passes silently.
        for (id, answer) in answers.sorted(by: { $0.key < $1.key }) {
            guard let node = tree[id: id] else { continue }
            do {
                _ = try AnswerParser.parse(answer, for: node)
            } catch {
                throw .unknownAnswer(node: error.node, answer: error.given, choices: error.valid)
            }
        }
        var walk: Walk
        do {
            walk = try Walk(tree: tree)
        } catch {
            throw .unknownNode(error.id, suggestion: error.suggestion)
        }
        var used = Set<String>()
        while !walk.isFinished, let answer = answers[walk.node.id] {
            used.insert(walk.node.id)
            do {
                try walk.answer(answer)
            } catch {
                throw .unknownAnswer(node: error.node, answer: error.given, choices: error.valid)
            }
        }
        var path = PathHighlight(nodes: walk.path)
        for step in walk.steps {
            path.edges.insert(EdgeRef(node: step.node, edge: step.edge))
            if case .items(let chosen) = step.answer, !chosen.isEmpty { path.ticked[step.node] = Set(chosen) }
        }
        path.unused = answers.keys.filter { !used.contains($0) }.sorted()
        return path
    }
}
