// Loading/: the tree file format, from composed YAML to a draft.

/// Decodes a composed YAML document into a ``TreeDraft``, reporting every shape problem.
package struct TreeDecoder {
    package static let topLevelKeys = ["tree", "title", "version", "source", "disclaimer", "start", "specialists", "urgencies", "nodes", "review"]
    package static let kindKeys = ["question", "checklist", "refer", "outcome"]
    static let nodeKeys = kindKeys + ["answers", "items", "any", "none", "urgency", "next", "advice", "help", "cite"]
    /// The keys each kind accepts besides its kind key, `help` and `cite`.
    package static let keysByKind: [NodeKind: Set<String>] = [
        .question: ["answers"],
        .checklist: ["items", "any", "none"],
        .refer: ["urgency", "next", "advice"],
        .outcome: ["advice"],
    ]
    /// Every key a node of `kind` accepts: ``keysByKind``, its kind key, `help` and `cite`.
    /// A switch over literal lists, so nothing is hashed or built per node or at start-up.
    static func allowedKeys(for kind: NodeKind) -> [String] {
        switch kind {
        case .question: ["answers", "help", "cite", "question"]
        case .checklist: ["items", "any", "none", "help", "cite", "checklist"]
        case .refer: ["urgency", "next", "advice", "help", "cite", "refer"]
        case .outcome: ["advice", "help", "cite", "outcome"]
        }
    }

    var reader: MappingReader

    init(file: String) { reader = MappingReader(file: file) }

    mutating func decode(_ root: YAMLNode) -> TreeDraft {
        var draft = TreeDraft()
        draft.rootLocation = root.location
        guard root.mapping != nil else {
            reader.report(.topLevelNotMapping, "a tree file must be a mapping of keys (tree, title, start, nodes), not \(root.kindDescription)", at: root.location)
            return draft
        }
        var present = Set<String>()
        for (key, keyLocation, value) in reader.pairs(of: root, allowed: Self.topLevelKeys) {
            present.insert(key)
            switch key {
            case "tree":
                if let id = reader.text(value, field: key) {
                    if id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
                        draft.id = id
                    } else {
                        reader.report(.invalidID, "tree id '\(id)' may hold only lowercase letters, digits and '-'", at: value.location)
                    }
                }
            case "title": draft.title = reader.text(value, field: key)
            case "version": draft.version = reader.text(value, field: key)
            case "source": reader.sourceDocument(value, into: &draft)
            case "disclaimer": draft.disclaimer = reader.text(value, field: key)
            case "start":
                if let id = reader.text(value, field: key) { draft.start = (id, value.span, value.textSpan) }
            case "specialists": reader.specialists(value, into: &draft)
            case "urgencies": reader.urgencyWords(value, into: &draft)
            case "review":
                draft.review = reader.signOffs(value)
            case "nodes":
                guard value.mapping != nil else {
                    reader.report(.wrongType, "'nodes' must be a mapping of node id to node, not \(value.kindDescription)", at: value.location)
                    continue
                }
                let pairs = reader.pairs(of: value, what: "node id")
                if pairs.isEmpty, value.mapping?.isEmpty == true {
                    reader.report(.missingField, "'nodes' has no nodes", at: keyLocation)
                }
                draft.nodes.reserveCapacity(pairs.count)
                for (id, idLocation, body) in pairs {
                    _ = reader.checkNodeID(id, at: idLocation)
                    draft.nodes.append(decodeNode(id: id, at: idLocation, body))
                }
            default:
                break
            }
        }
        for required in ["tree", "title", "start", "nodes"] where !present.contains(required) {
            reader.report(.missingField, "missing required field '\(required)'", at: root.location)
        }
        return draft
    }

    private mutating func decodeNode(id: String, at location: SourceLocation, _ body: YAMLNode) -> TreeDraft.Node {
        var node = TreeDraft.Node(id: id, location: location)
        guard body.mapping != nil else {
            reader.report(.wrongType, "node '\(id)' must be a mapping with one of question, checklist, refer or outcome, not \(body.kindDescription)", at: body.location)
            return node
        }
        let pairs = reader.pairs(of: body, allowed: Self.nodeKeys)
        var kindKeyLocation = location
        for (key, keyLocation, _) in pairs where Self.kindKeys.contains(key) {
            guard let kind = NodeKind(rawValue: key) else { continue }
            if let first = node.kind {
                reader.report(.nodeKindConflict, "node '\(id)' is both \(first.rawValue) and \(key); a node has exactly one kind", at: keyLocation)
            } else {
                node.kind = kind
                kindKeyLocation = keyLocation
            }
        }
        guard let kind = node.kind else {
            reader.report(.nodeKindMissing, "node '\(id)' has no kind: give it one of question, checklist, refer or outcome", at: location)
            return node
        }
        let allowed = Self.allowedKeys(for: kind)
        // A node has a handful of keys: a list is cheaper than a set here.
        var present: [String] = []
        present.reserveCapacity(pairs.count)
        for (key, keyLocation, value) in pairs {
            present.append(key)
            if !allowed.contains(key) {
                if !Self.kindKeys.contains(key) {
                    reader.report(.keyNotAllowed, "'\(key)' does not belong on \(kind.withArticle) node", at: keyLocation)
                }
                continue
            }
            switch key {
            case "question", "checklist", "outcome":
                node.text = reader.text(value, field: key) ?? ""
            case "refer":
                node.text = reader.text(value, field: key) ?? ""
                node.textSpan = (value.span, value.textSpan)
            case "urgency":
                if let urgency = reader.urgency(value, field: key) {
                    node.urgency = urgency
                    node.urgencyStated = true
                }
            case "advice": node.advice = reader.text(value, field: key)
            case "help": node.help = reader.text(value, field: key)
            case "cite":
                node.cite = reader.text(value, field: key)
                node.citeLocation = value.location
            case "items":
                guard let items = reader.textList(value, field: key) else { continue }
                var seen = [String: SourceLocation]()
                for (item, itemLocation) in items {
                    if let first = seen[item.lowercased()] {
                        reader.report(.duplicateKey, "duplicate item '\(item)'; the first is at line \(first.line), column \(first.column)", at: itemLocation)
                    } else {
                        seen[item.lowercased()] = itemLocation
                        node.items.append(item)
                    }
                }
                if node.items.isEmpty, items.isEmpty {
                    reader.report(.checklistNoItems, "checklist '\(id)' has no items", at: value.location)
                }
            case "answers":
                guard value.mapping != nil else {
                    reader.report(.wrongType, "'answers' must be a mapping of answer label to node id, not \(value.kindDescription)", at: value.location)
                    node.edgesIncomplete = true
                    continue
                }
                let answers = reader.pairs(of: value, what: "answer label", caseInsensitive: true)
                for (label, labelLocation, target) in answers {
                    if label.allSatisfy(\.isWhitespace) {
                        reader.report(.emptyText, "an answer label is empty", at: labelLocation)
                    } else if let targetID = reader.text(target, field: "answer '\(label)'") {
                        node.targets.append(.init(label: label, labelLocation: labelLocation, target: targetID, span: target.span, textSpan: target.textSpan))
                    } else {
                        node.edgesIncomplete = true
                    }
                }
                if value.mapping?.count ?? 0 < 2 {
                    reader.report(.tooFewAnswers, "question '\(id)' has \(value.mapping?.count ?? 0) answer\(value.mapping?.count == 1 ? "" : "s"); a question needs at least two", at: keyLocation)
                }
            case "any", "none", "next":
                if let targetID = reader.text(value, field: key) {
                    node.targets.append(.init(label: key, labelLocation: keyLocation, target: targetID, span: value.span, textSpan: value.textSpan))
                } else {
                    node.edgesIncomplete = true
                }
            default:
                break
            }
        }
        switch kind {
        case .question where !present.contains("answers"):
            reader.report(.tooFewAnswers, "question '\(id)' has no answers; a question needs at least two", at: kindKeyLocation)
            node.edgesIncomplete = true
        case .checklist:
            if !present.contains("items") {
                reader.report(.checklistNoItems, "checklist '\(id)' has no items", at: kindKeyLocation)
            }
            for branch in ["any", "none"] where !present.contains(branch) {
                node.edgesIncomplete = true
                reader.report(.checklistMissingBranch, "checklist '\(id)' is missing '\(branch)': the node taken when \(branch == "any" ? "at least one item applies" : "no item applies")", at: kindKeyLocation)
            }
            // Keep the documented edge order, any then none, whatever the file's key order.
            node.targets.sort { ($0.label == Node.anyLabel ? 0 : 1) < ($1.label == Node.anyLabel ? 0 : 1) }
        default:
            break
        }
        return node
    }
}

