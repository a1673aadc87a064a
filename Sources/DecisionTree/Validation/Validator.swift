// Validation/: the rules that need the whole graph: targets resolved, specialists declared,
// no cycle, every node reachable. Imports Model/, Graph/ and Diagnostics/.

/// Resolves a draft's targets into a ``Tree`` and checks the rules that need the whole graph.
struct Validator {
    /// The draft, let go as the tree is built: an answer's target once it is an edge (a number
    /// node's stay for its range checks), and the nodes once the tree has them.
    private var draft: TreeDraft
    let file: String
    /// Every problem found, counted; the first ``Diagnostic/limitPerFile`` kept.
    private(set) var found = DiagnosticList()

    init(draft: TreeDraft, file: String) {
        self.draft = draft
        self.file = file
    }

    /// The tree, when the draft is complete enough to build one; callers drop it if any
    /// diagnostic (including the decoder's) is an error.
    mutating func validate() -> Tree? {
        var indexByID: [String: Int]
        if let built = draft.indexByID {
            indexByID = built
            draft.indexByID = nil
        } else {
            indexByID = Dictionary(minimumCapacity: draft.nodes.count)
            for (position, node) in draft.nodes.enumerated() { indexByID[node.id] = position }
        }

        var nodes: [Node] = []
        nodes.reserveCapacity(draft.nodes.count)
        var incomplete = Set<Int>()
        var unknownTargets: [TreeDraft.Target] = []
        // By index, so that each draft node's fields are read in place rather than the whole
        // node copied (a large tree spends much of its validation in those copies).
        for position in draft.nodes.indices {
            var edges: [Edge] = []
            edges.reserveCapacity(draft.nodes[position].targets.count)
            if draft.nodes[position].edgesIncomplete { incomplete.insert(position) }
            for target in draft.nodes[position].targets {
                if let index = indexByID[target.target] {
                    edges.append(Edge(answer: target.answer, label: target.label, target: index, location: target.location))
                } else {
                    incomplete.insert(position)
                    unknownTargets.append(target)
                }
            }
            if draft.nodes[position].kind != .number { draft.nodes[position].targets = [] }
            guard let kind = draft.nodes[position].kind else { continue }
            let node = draft.nodes[position]
            let content: Node.Content =
                switch kind {
                case .question: .question(.init(text: node.text))
                case .number:
                    .number(
                        .init(
                            text: node.text, unit: node.unit, minimum: node.minimum?.value, maximum: node.maximum?.value,
                            integer: node.integer, ranges: node.targets.compactMap(\.interval)))
                case .checklist: .checklist(.init(text: node.text, items: node.items))
                case .refer:
                    .refer(Referral(specialist: node.text, urgency: node.urgency, advice: node.advice, urgencyStated: node.urgencyStated))
                case .outcome: .outcome(.init(text: node.text, advice: node.advice, reassures: node.reassures))
                }
            nodes.append(
                Node(
                    id: node.id, content: content, help: node.help, cite: node.cite,
                    edges: edges, location: node.location, inference: node.inference, evidence: node.evidence))
        }

        // Every id, for did-you-mean, made only when some name is unknown.
        let startUnknown = draft.start.map { indexByID[$0.id] == nil } ?? false
        let ids = unknownTargets.isEmpty && !startUnknown ? [] : draft.nodes.map(\.id)
        // A node renamed to an id another node has is one mistake: the duplicate id, already
        // reported. The names it leaves dangling (as many as the dropped duplicates, or fewer)
        // are not reported again.
        let dangling = Set(unknownTargets.map(\.target))
        if draft.duplicateNodeIDs == 0 || dangling.count > draft.duplicateNodeIDs {
            for target in unknownTargets {
                let meant = Suggestion.closest(to: target.target, in: ids)
                report(
                    .unknownTarget, "'\(target.target)' names no node\(Suggestion.hint(meant))", at: target.span,
                    fixIts: Suggestion.fixIts(meant, replacing: target.textSpan))
            }
        }
        var start: Int?
        if let (id, span, textSpan) = draft.start {
            start = indexByID[id]
            if start == nil {
                let meant = Suggestion.closest(to: id, in: ids)
                report(
                    .unknownTarget, "start '\(id)' names no node\(Suggestion.hint(meant))", at: span,
                    fixIts: Suggestion.fixIts(meant, replacing: textSpan))
            }
        }
        checkSpecialists()
        for node in draft.nodes where node.kind == .number { checkRanges(of: node) }
        // The tree has what it needs of the draft's nodes: they are let go before the graph
        // is searched (a large tree's draft is as large as the tree).
        let draftCount = draft.nodes.count
        draft.nodes = []
        // The graph is checked whenever every node has a kind, even when some edges are
        // missing, so cycles are found in one run; but nothing is called unreachable that a
        // missing edge, already reported, may have led to.
        guard nodes.count == draftCount else { return nil }
        // With every id once, this index is the one the tree would build; otherwise the tree
        // builds its own, which keeps each id's first node.
        let tree =
            indexByID.count == nodes.count
            ? Tree(
                id: draft.id ?? "", title: draft.title ?? "", version: draft.version, source: draft.source,
                disclaimer: draft.disclaimer, specialists: draft.specialists?.map(\.name), start: start ?? 0,
                nodes: nodes, path: file, specialistNames: draft.specialistNames, urgencyWords: draft.urgencyWords,
                review: draft.review, indexByID: indexByID)
            : Tree(
                id: draft.id ?? "", title: draft.title ?? "", version: draft.version, source: draft.source,
                disclaimer: draft.disclaimer, specialists: draft.specialists?.map(\.name), start: start ?? 0,
                nodes: nodes, path: file, specialistNames: draft.specialistNames, urgencyWords: draft.urgencyWords,
                review: draft.review)
        checkCycles(tree)
        if let start { checkReachable(tree, from: start, incomplete: incomplete) }
        guard start != nil, draft.id != nil, draft.title != nil, incomplete.isEmpty else { return nil }
        return tree
    }

    private mutating func checkSpecialists() {
        guard let declared = draft.specialists else { return }
        let names = declared.map(\.name)
        let known = Set(names)
        var used = Set<String>()
        for node in draft.nodes where node.kind == .refer {
            used.insert(node.text)
            if !known.contains(node.text) {
                let meant = Suggestion.closest(to: node.text, in: names)
                // Checked as the author meant it: the specialist suggested is not also unused.
                if let meant { used.insert(meant) }
                let fixIts = node.textSpan.map { Suggestion.fixIts(meant, replacing: $0.text) } ?? []
                report(
                    .unknownSpecialist, "specialist '\(node.text)' is not in the declared specialists\(Suggestion.hint(meant))",
                    at: node.textSpan?.written ?? SourceRange(at: node.location), fixIts: fixIts)
            }
        }
        for (name, location) in declared where !used.contains(name) {
            report(.unusedSpecialist, "specialist '\(name)' is declared but no node refers to it", at: location)
        }
    }

    private mutating func checkCycles(_ tree: Tree) {
        for cycle in GraphAnalysis.cycles(in: tree) {
            let names = cycle.path.map { tree.nodes[$0].id } + [tree.nodes[cycle.path[0]].id]
            let location = tree.nodes[cycle.closingEdge.node].edges[cycle.closingEdge.edge].location
            report(.cycle, "cycle: \(names.joined(separator: " -> ")); a tree must not loop back", at: location ?? .start)
        }
    }

    /// Warns of nodes no path from `start` reaches. When a reachable node has an edge missing
    /// because of an error already reported, any node with no edge into it might have been
    /// that edge's target, so it and what it leads to are not reported.
    private mutating func checkReachable(_ tree: Tree, from start: Int, incomplete: Set<Int>) {
        var reached = GraphAnalysis.search(from: [start], in: tree)
        if incomplete.contains(where: reached.reached) {
            var hasEdgeIn = [Bool](repeating: false, count: tree.nodes.count)
            for node in tree.nodes { for edge in node.edges { hasEdgeIn[edge.target] = true } }
            let orphans = tree.nodes.indices.filter { !hasEdgeIn[$0] && !reached.reached($0) }
            reached = GraphAnalysis.search(from: [start] + orphans, in: tree)
        }
        for (position, node) in tree.nodes.enumerated() where !reached.reached(position) {
            report(
                .unreachableNode, "node '\(node.id)' cannot be reached from start '\(tree.nodes[start].id)'", at: node.location ?? .start)
        }
    }

    /// Reports a problem with its rule's default severity.
    mutating func report(_ rule: Rule, _ message: String, at span: SourceRange, fixIts: [FixIt] = []) {
        found.append(Diagnostic(rule, message, at: span, in: file, fixIts: fixIts))
    }

    mutating func report(_ rule: Rule, _ message: String, at location: SourceLocation, fixIts: [FixIt] = []) {
        report(rule, message, at: SourceRange(at: location), fixIts: fixIts)
    }
}
