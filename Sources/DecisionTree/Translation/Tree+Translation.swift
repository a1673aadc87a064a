// Translation/: a tree shown in another language: the same tree (ids, answers, graph, hash
// inputs untouched) with the words a person reads taken from a PO file.

extension Tree {
    /// This tree with each string translated by `po` where it has a translation of the current
    /// source text (fuzzy drafts included: whether they may be shown is the caller's decision,
    /// see ``TranslationCheck``); a string with no translation, or one made from other source
    /// text (stale), stays in the source language. Answer ids, node ids, cites and the graph
    /// are unchanged; only display text is replaced.
    public func translated(by po: POFile) -> Tree {
        var table: [String: String] = [:]
        for entry in po.entries where !entry.isObsolete && !entry.translation.isEmpty {
            if let context = entry.context { table[context] = entry.translation }
        }
        let sources = Dictionary(
            TranslatableStrings.extract(from: self).map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        func word(_ id: String, _ fallback: String) -> String {
            guard let translation = table[id], let entry = po.entry(id: id), entry.id == sources[id] else { return fallback }
            return translation
        }
        let nodes = self.nodes.map { node -> Node in
            var node = node
            for field in TranslatableStrings.nodeFields {
                if let text = field.text(node) {
                    let translated = word("\(node.id).\(field.name)", text)
                    if translated != text { field.set(&node, translated) }
                }
            }
            switch node.content {
            case .question:
                for position in node.edges.indices {
                    let edge = node.edges[position]
                    let translated = word("\(node.id).answers.\(edge.answer)", edge.label ?? edge.answer)
                    if translated != (edge.label ?? edge.answer) { node.edges[position].label = translated }
                }
            case .checklist(var checklist):
                checklist.items = checklist.items.enumerated().map { word("\(node.id).items.\($0.offset + 1)", $0.element) }
                node.content = .checklist(checklist)
            case .number, .refer, .outcome: break
            }
            return node
        }
        var names = specialistNames
        for specialist in TranslatableStrings.specialists(of: self) {
            let source = displayName(ofSpecialist: specialist)
            let translated = word("specialists.\(specialist)", source)
            if translated != source { names[specialist] = translated }
        }
        var urgencies = urgencyWords
        for urgency in Urgency.allCases {
            let id = "urgencies.\(urgency.rawValue)"
            if let source = sources[id] {
                let translated = word(id, source)
                if translated != source { urgencies[urgency] = translated }
            }
        }
        return Tree(
            id: id, title: word("tree.title", title), version: version, source: source,
            disclaimer: disclaimer.map { word("tree.disclaimer", $0) }, specialists: specialists, start: start,
            nodes: nodes, path: path, specialistNames: names, urgencyWords: urgencies, review: review)
    }
}
