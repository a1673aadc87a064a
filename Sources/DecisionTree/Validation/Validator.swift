/// Resolves a draft's targets into a ``Tree`` and checks the rules that need the whole graph.
struct Validator {
    let draft: TreeDraft
    let file: String
    var diagnostics: [Diagnostic] = []

    init(draft: TreeDraft, file: String) {
        self.draft = draft
        self.file = file
    }

    /// The tree, when the draft is complete enough to build one; callers drop it if any
    /// diagnostic (including the decoder's) is an error.
    mutating func validate() -> Tree? {
        var indexByID = [String: Int](minimumCapacity: draft.nodes.count)
        for (position, node) in draft.nodes.enumerated() { indexByID[node.id] = position }
        let ids = draft.nodes.map(\.id)

        var nodes: [Node] = []
        nodes.reserveCapacity(draft.nodes.count)
        var complete = draft.id != nil && draft.title != nil
        for node in draft.nodes {
            var edges: [Edge] = []
            edges.reserveCapacity(node.targets.count)
            for target in node.targets {
                if let index = indexByID[target.target] {
                    edges.append(Edge(label: target.label, target: index, location: target.location))
                } else {
                    complete = false
                    error(.unknownTarget, "'\(target.target)' names no node\(Suggestion.hint(for: target.target, in: ids))", at: target.location)
                }
            }
            guard let kind = node.kind else {
                complete = false
                continue
            }
            nodes.append(Node(
                id: node.id, kind: kind, text: node.text, items: node.items, specialist: node.specialist,
                urgency: node.urgency, advice: node.advice, help: node.help, cite: node.cite,
                edges: edges, location: node.location))
        }

        var start: Int?
        if let (id, location) = draft.start {
            start = indexByID[id]
            if start == nil {
                error(.unknownTarget, "start '\(id)' names no node\(Suggestion.hint(for: id, in: ids))", at: location)
            }
        }
        checkSpecialists()
        guard complete, let start, let id = draft.id, let title = draft.title, nodes.count == draft.nodes.count else {
            return nil
        }
        let tree = Tree(
            id: id, title: title, version: draft.version, source: draft.source, disclaimer: draft.disclaimer,
            specialists: draft.specialists?.map(\.name), start: start, nodes: nodes, path: file)
        checkGraph(tree)
        return tree
    }

    private mutating func checkSpecialists() {
        guard let declared = draft.specialists else { return }
        let names = declared.map(\.name)
        let known = Set(names)
        var used = Set<String>()
        for node in draft.nodes {
            guard let specialist = node.specialist else { continue }
            used.insert(specialist)
            if !known.contains(specialist) {
                error(.unknownSpecialist, "specialist '\(specialist)' is not in the declared specialists\(Suggestion.hint(for: specialist, in: names))", at: node.specialistLocation ?? node.location)
            }
        }
        for (name, location) in declared where !used.contains(name) {
            warning(.unusedSpecialist, "specialist '\(name)' is declared but no node refers to it", at: location)
        }
    }

    private mutating func checkGraph(_ tree: Tree) {
        for cycle in GraphAnalysis.cycles(in: tree) {
            let names = cycle.path.map { tree.nodes[$0].id } + [tree.nodes[cycle.path[0]].id]
            let location = tree.nodes[cycle.closingEdge.from].edges[cycle.closingEdge.edge].location
            error(.cycle, "cycle: \(names.joined(separator: " -> ")); a tree must not loop back", at: location ?? .start)
        }
        let reachable = GraphAnalysis.reachable(from: tree.start, in: tree)
        for (position, node) in tree.nodes.enumerated() where !reachable[position] {
            warning(.unreachableNode, "node '\(node.id)' cannot be reached from start '\(tree.startNode.id)'", at: node.location ?? .start)
        }
    }

    private mutating func error(_ rule: Rule, _ message: String, at location: SourceLocation) {
        diagnostics.append(.error(rule, message, at: location, in: file))
    }

    private mutating func warning(_ rule: Rule, _ message: String, at location: SourceLocation) {
        diagnostics.append(.warning(rule, message, at: location, in: file))
    }
}
