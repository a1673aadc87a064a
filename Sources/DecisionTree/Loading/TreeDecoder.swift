// Loading/: the tree file format, from composed YAML to a draft.

/// Decodes a composed YAML document into a ``TreeDraft``, reporting every shape problem.
package struct TreeDecoder {
    /// The top-level keys, from the format table.
    static let topLevelKeys = TreeFormat.topLevelKeyNames
    /// Every key a node of any kind accepts, kind keys first (did-you-mean tries them in order).
    static let nodeKeys = NodeFormat.allKeyNames
    /// Every key a node of `kind` accepts, from the format table; built once per kind.
    static func allowedKeys(for kind: NodeKind) -> [String] {
        switch kind {
        case .question: questionKeys
        case .number: numberKeys
        case .checklist: checklistKeys
        case .refer: referKeys
        case .outcome: outcomeKeys
        }
    }
    private static let questionKeys = NodeFormat.of(.question).keyNames
    private static let numberKeys = NodeFormat.of(.number).keyNames
    private static let checklistKeys = NodeFormat.of(.checklist).keyNames
    private static let referKeys = NodeFormat.of(.refer).keyNames
    private static let outcomeKeys = NodeFormat.of(.outcome).keyNames

    var reader: MappingReader

    init(file: String) { reader = MappingReader(file: file) }

    /// When `root` is a scenario file's mapping (`cases` or `invariants`, and no `nodes`), the
    /// one message every command that wants a tree gives for it, naming the tree it tests.
    static func scenarioFileMessage(_ root: YAMLNode) -> String? {
        guard let pairs = root.mapping else { return nil }
        let keys = pairs.compactMap { $0.key.scalar }
        guard !keys.contains("nodes"), keys.contains("cases") || keys.contains("invariants") else { return nil }
        let tested = pairs.first { $0.key.scalar == "tree" }?.value.scalar
        let tree = tested.map { "it tests '\($0)'; give that tree instead" } ?? "give the tree it tests instead"
        return "this is a scenario file, not a tree: \(tree), or run the cases with 'dtree test'"
    }

    /// Why a mapping with `hazards` and no `nodes` is a hazard log (docs/safety.md), not a tree.
    static func hazardFileMessage(_ root: YAMLNode) -> String? {
        guard let pairs = root.mapping else { return nil }
        let keys = pairs.compactMap { $0.key.scalar }
        guard !keys.contains("nodes"), keys.contains("hazards") else { return nil }
        let concerned = pairs.first { $0.key.scalar == "tree" }?.value.scalar
        let tree = concerned.map { "it concerns '\($0)'; give that tree instead" } ?? "give the tree it concerns instead"
        return "this is a hazard file, not a tree: \(tree), or check it with 'dtree validate'"
    }

    /// Decodes `root`, taking the nodes `streamed` decoded while it was composed (the draft
    /// shares their array, so a large tree's nodes are never held twice), with what it found.
    mutating func decode(_ root: YAMLNode, streamed: StreamedNodes? = nil) -> TreeDraft {
        var draft = TreeDraft()
        draft.rootLocation = root.location
        guard root.mapping != nil else {
            reader.report(
                .topLevelNotMapping, "a tree file must be a mapping of keys (tree, title, start, nodes), not \(root.kindDescription)",
                at: root.location)
            return draft
        }
        if let message = Self.scenarioFileMessage(root) ?? Self.hazardFileMessage(root) {
            reader.report(.notATreeFile, message, at: root.location)
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
                    reader.report(
                        .wrongType, "'nodes' must be a mapping of node id to node, not \(value.kindDescription)", at: value.location)
                    continue
                }
                if let streamed, streamed.mappingLocation == value.location {
                    // The composer handed this mapping's pairs to `streamed` (its own is empty):
                    // what checking the ids found, then what decoding the bodies found.
                    reader.append(streamed.idReader)
                    draft.duplicateNodeIDs = streamed.duplicateIDs
                    if streamed.pairCount == 0 { reportNoNodes(at: keyLocation) }
                    reader.append(streamed.decoder.reader)
                    draft.nodes = streamed.nodes
                    draft.indexByID = streamed.indexByID
                    continue
                }
                let pairs = reader.pairs(of: value, what: "node id")
                // `pairs` keeps each text id's first node: the rest are the ids written again.
                draft.duplicateNodeIDs = (value.mapping?.count { $0.key.scalar != nil } ?? 0) - pairs.count
                if pairs.isEmpty, value.mapping?.isEmpty == true { reportNoNodes(at: keyLocation) }
                draft.nodes.reserveCapacity(pairs.count)
                for (id, idLocation, body) in pairs {
                    _ = reader.checkNodeID(id, at: idLocation)
                    draft.nodes.append(decodeNode(id: id, at: idLocation, body))
                }
            default:
                break
            }
        }
        for required in TreeFormat.requiredTopLevelKeys where !present.contains(required) {
            reader.report(.missingField, "missing required field '\(required)'", at: root.location)
        }
        return draft
    }

    /// Reports a `nodes:` mapping with no pairs at all, at its key.
    private mutating func reportNoNodes(at keyLocation: SourceLocation) {
        reader.report(.missingField, "'nodes' has no nodes", at: keyLocation)
    }

    mutating func decodeNode<Value: YAMLValue>(id: String, at location: SourceLocation, _ body: Value) -> TreeDraft.Node {
        var node = TreeDraft.Node(id: id, location: location)
        guard body.mapping != nil else {
            reader.report(
                .wrongType,
                "node '\(id)' must be a mapping with one of question, number, checklist, refer or outcome, not \(body.kindDescription)",
                at: body.location)
            return node
        }
        let pairs = reader.pairs(of: body, allowed: Self.nodeKeys)
        var kindKeyLocation = location
        for (key, keyLocation, _) in pairs where NodeFormat.kindKeyNames.contains(key) {
            guard let kind = NodeKind(rawValue: key) else { continue }
            if let first = node.kind {
                reader.report(
                    .nodeKindConflict, "node '\(id)' is both \(first.rawValue) and \(key); a node has exactly one kind", at: keyLocation)
            } else {
                node.kind = kind
                kindKeyLocation = keyLocation
            }
        }
        guard let kind = node.kind else {
            reader.report(
                .nodeKindMissing, "node '\(id)' has no kind: give it one of question, number, checklist, refer or outcome", at: location)
            return node
        }
        let allowed = Self.allowedKeys(for: kind)
        // The keys present are `pairs`' keys: a node has a handful, so a scan finds one.
        func isPresent(_ key: String) -> Bool { pairs.contains { $0.key == key } }
        for (key, keyLocation, value) in pairs {
            if !allowed.contains(key) {
                if !NodeFormat.kindKeyNames.contains(key) {
                    reader.report(.keyNotAllowed, "'\(key)' does not belong on \(kind.withArticle) node", at: keyLocation)
                }
                continue
            }
            switch key {
            case "question", "number", "checklist", "outcome":
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
            case "inference": node.inference = reader.text(value, field: key)
            case "reassures": node.reassures = reader.flag(value, field: key) ?? false
            case "evidence": node.evidence = reader.evidence(value, field: key)
            case "unit": node.unit = reader.text(value, field: key)
            case "min", "max":
                guard let text = reader.text(value, field: key) else { continue }
                guard let number = ExactDecimal(text) else {
                    reader.report(.wrongType, "'\(key)' must be a number (digits, an optional '-' and '.'), not '\(text)'", at: value.span)
                    continue
                }
                if key == "min" { node.minimum = (number, value.span) } else { node.maximum = (number, value.span) }
            case "integer":
                switch value.scalar {
                case "true": node.integer = true
                case "false": node.integer = false
                default: reader.report(.wrongType, "'integer' must be true or false", at: value.span)
                }
            case "ranges":
                guard value.mapping != nil else {
                    reader.report(
                        .wrongType, "'ranges' must be a mapping of range to node id, not \(value.kindDescription)", at: value.location)
                    node.edgesIncomplete = true
                    continue
                }
                for (range, rangeLocation, target) in reader.pairs(of: value, what: "range") {
                    let keySpan = value.key(at: rangeLocation).map { ($0.span, $0.textSpan) }
                    switch NumberInterval.parse(range) {
                    case .failure(let error):
                        node.edgesIncomplete = true
                        reader.report(
                            .malformedRange, error.message + Suggestion.hint(error.suggestion),
                            at: keySpan?.0 ?? SourceRange(at: rangeLocation),
                            fixIts: keySpan.map { Suggestion.fixIts(error.suggestion, replacing: $0.1) } ?? [])
                    case .success(let interval):
                        guard let targetID = reader.text(target, field: "range '\(range)'") else {
                            node.edgesIncomplete = true
                            continue
                        }
                        node.targets.append(
                            .init(
                                answer: range, answerLocation: rangeLocation, target: targetID, span: target.span,
                                textSpan: target.textSpan, interval: interval))
                    }
                }
                if value.mapping?.isEmpty == true {
                    node.edgesIncomplete = true
                    reader.report(.tooFewAnswers, "number '\(id)' has no ranges; a number question needs at least one", at: keyLocation)
                }
            case "items":
                guard let items = reader.textList(value, field: key) else { continue }
                var seen = [String: SourceLocation]()
                for (item, itemLocation) in items {
                    if let first = seen[item.lowercased()] {
                        reader.report(
                            .duplicateKey, "duplicate item '\(item)'; the first is at line \(first.line), column \(first.column)",
                            at: itemLocation)
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
                    reader.report(
                        .wrongType, "'answers' must be a mapping of answer label to node id, not \(value.kindDescription)",
                        at: value.location)
                    node.edgesIncomplete = true
                    continue
                }
                let answers = reader.pairs(of: value, what: "answer label", caseInsensitive: true)
                node.targets.reserveCapacity(answers.count)
                for (answer, answerLocation, target) in answers {
                    if MappingReader.isBlank(answer) {
                        reader.report(.emptyText, "an answer label is empty", at: answerLocation)
                    } else if let decoded = decodeAnswer(answer, at: answerLocation, target) {
                        node.targets.append(decoded)
                    } else {
                        node.edgesIncomplete = true
                    }
                }
                checkDisplayLabels(node.targets)
                if value.mapping?.count ?? 0 < 2 {
                    // A missing answer may have led anywhere: nothing is called unreachable for it.
                    node.edgesIncomplete = true
                    reader.report(
                        .tooFewAnswers,
                        "question '\(id)' has \(value.mapping?.count ?? 0) answer\(value.mapping?.count == 1 ? "" : "s"); a question needs at least two",
                        at: keyLocation)
                }
            case _ where NodeFormat.targetKeyNames.contains(key):
                // A named edge (`any`, `none`, `next`): the format table says which keys are.
                if let targetID = reader.text(value, field: key) {
                    node.targets.append(
                        .init(answer: key, answerLocation: keyLocation, target: targetID, span: value.span, textSpan: value.textSpan))
                } else {
                    node.edgesIncomplete = true
                }
            default:
                break
            }
        }
        switch kind {
        case .question:
            if !isPresent("answers") {
                reader.report(.tooFewAnswers, "question '\(id)' has no answers; a question needs at least two", at: kindKeyLocation)
                node.edgesIncomplete = true
            }
        case .number:
            if !isPresent("ranges") {
                reader.report(.tooFewAnswers, "number '\(id)' has no ranges; a number question needs at least one", at: kindKeyLocation)
                node.edgesIncomplete = true
            }
        case .checklist:
            if !isPresent("items") {
                reader.report(.checklistNoItems, "checklist '\(id)' has no items", at: kindKeyLocation)
            }
            for branch in NodeFormat.of(.checklist).namedEdges.map(\.name) where !isPresent(branch) {
                node.edgesIncomplete = true
                reader.report(
                    .checklistMissingBranch,
                    "checklist '\(id)' is missing '\(branch)': the node taken when \(branch == "any" ? "at least one item applies" : "no item applies")",
                    at: kindKeyLocation)
            }
            // Keep the documented edge order, any then none, whatever the file's key order.
            node.targets.sort { ($0.answer == Node.anyLabel ? 0 : 1) < ($1.answer == Node.anyLabel ? 0 : 1) }
        case .refer, .outcome:
            break
        }
        return node
    }

    /// One answer: `ID: NODE`, or `ID: {to: NODE, label: TEXT}` to show a label other than the
    /// id; `nil` (reported) when no target can be read.
    private mutating func decodeAnswer<Value: YAMLValue>(_ answer: String, at location: SourceLocation, _ value: Value) -> TreeDraft.Target?
    {
        guard value.mapping != nil else {
            guard let targetID = reader.text(value, field: "answer '\(answer)'") else { return nil }
            return .init(answer: answer, answerLocation: location, target: targetID, span: value.span, textSpan: value.textSpan)
        }
        let keys = AnswerFormat.keys.map(\.name)
        var target: (id: String, field: Value)?
        var label: (text: String, location: SourceLocation)?
        var hasTarget = false
        for (key, _, field) in reader.pairs(of: value, allowed: keys) {
            if key == AnswerFormat.target.name {
                hasTarget = true
                if let id = reader.text(field, field: key) { target = (id, field) }
            } else if key == AnswerFormat.label.name {
                if let text = reader.text(field, field: key) { label = (text, field.location) }
            }
        }
        if !hasTarget {
            reader.report(.missingField, "answer '\(answer)' has no 'to': the node it leads to", at: value.location)
        }
        guard let target else { return nil }
        return .init(
            answer: answer, answerLocation: location, label: label?.text, labelLocation: label?.location,
            target: target.id, span: target.field.span, textSpan: target.field.textSpan)
    }

    /// Reports two answers of a question shown with the same label (ignoring case): a person
    /// could not tell them apart, nor would a typed label pick one.
    private mutating func checkDisplayLabels(_ targets: [TreeDraft.Target]) {
        guard targets.contains(where: { $0.label != nil }) else { return }
        var seen: [String: TreeDraft.Target] = [:]
        for target in targets {
            let shown = target.label ?? target.answer
            if let first = seen[shown.lowercased()] {
                let other = first.label == nil ? "answer '\(first.answer)'" : "the label of answer '\(first.answer)'"
                reader.report(
                    .duplicateKey,
                    "answer '\(target.answer)' is shown as '\(shown)', as is \(other); a question's answers need distinct labels",
                    at: target.labelLocation ?? target.answerLocation)
            } else {
                seen[shown.lowercased()] = target
            }
        }
    }
}
