// Loading/: the normalized JSON model (`"format": "dtree-model/1"`, as `dtree export --format
// json` writes it), from composed YAML to a draft.

/// Decodes the normalized model into a ``TreeDraft``, so an export loads, validates, runs and
/// renders as the tree it came from.
///
/// `{"format":"dtree-model/1","tree","title","version"?,"source"? (text or {file,title?,sha256?}),"disclaimer"?,"specialists"?,
/// "start","nodes":[{"id","kind","text"|"refer","items"?,"urgency"?,"reassures"?,"advice"?,"help"?,"cite"?,"inference"?,"evidence"?,
/// "edges":[{"label","display"?,"to"}]}]}`: an edge's `label` is its answer id,
/// `display` the label shown for it when the tree gives one.
struct ModelDecoder {
    static let topLevelKeys = ModelFormat.topLevelKeys
    static let nodeKeys = ModelFormat.nodeKeys

    var reader: MappingReader

    init(file: String) { reader = MappingReader(file: file) }

    /// Whether `root` declares the normalized model's format.
    static func isModel(_ root: YAMLNode) -> Bool {
        root.mapping?.contains { $0.key.scalar == "format" && $0.value.scalar == Tree.modelFormat } == true
    }

    mutating func decode(_ root: YAMLNode) -> TreeDraft {
        var draft = TreeDraft()
        draft.rootLocation = root.location
        var present = Set<String>()
        for (key, _, value) in reader.pairs(of: root, allowed: Self.topLevelKeys) {
            present.insert(key)
            switch key {
            case "tree": draft.id = reader.text(value, field: key)
            case "title": draft.title = reader.text(value, field: key)
            case "version": draft.version = reader.text(value, field: key)
            case "source": reader.sourceDocument(value, into: &draft)
            case "disclaimer": draft.disclaimer = reader.text(value, field: key)
            case "start": if let id = reader.text(value, field: key) { draft.start = (id, value.span, value.textSpan) }
            case "specialists": reader.specialists(value, into: &draft)
            case "urgencies": reader.urgencyWords(value, into: &draft)
            case "nodes":
                guard let list = value.sequence else {
                    reader.report(
                        .wrongType, "'nodes' must be a list of nodes in the normalized model, not \(value.kindDescription)",
                        at: value.location)
                    continue
                }
                var seen: [String: SourceLocation] = [:]
                for item in list {
                    guard let node = decodeNode(item) else { continue }
                    if let first = seen[node.id] {
                        reader.report(
                            .duplicateKey, "duplicate node id '\(node.id)'; the first is at line \(first.line), column \(first.column)",
                            at: node.location)
                        continue
                    }
                    seen[node.id] = node.location
                    draft.nodes.append(node)
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

    private mutating func decodeNode(_ item: YAMLNode) -> TreeDraft.Node? {
        guard item.mapping != nil else {
            reader.report(.wrongType, "a node must be a mapping with id, kind and edges, not \(item.kindDescription)", at: item.location)
            return nil
        }
        let pairs = reader.pairs(of: item, allowed: Self.nodeKeys)
        let fields = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        guard let idNode = fields["id"], let id = reader.text(idNode, field: "id") else {
            if fields["id"] == nil { reader.report(.missingField, "a node has no 'id'", at: item.location) }
            return nil
        }
        _ = reader.checkNodeID(id, at: idNode.location)
        var node = TreeDraft.Node(id: id, location: idNode.location)
        guard let kindNode = fields["kind"], let word = reader.text(kindNode, field: "kind") else {
            if fields["kind"] == nil { reader.report(.nodeKindMissing, "node '\(id)' has no 'kind'", at: item.location) }
            return node
        }
        guard let kind = NodeKind(rawValue: word) else {
            let names = NodeKind.allCases.map(\.rawValue)
            let meant = Suggestion.closest(to: word, in: names)
            reader.report(
                .nodeKindMissing, "unknown kind '\(word)'\(Suggestion.hint(meant)); use one of \(names.joined(separator: ", "))",
                at: kindNode.span,
                fixIts: Suggestion.fixIts(meant, replacing: kindNode.textSpan))
            return node
        }
        node.kind = kind
        let textKey = kind == .refer ? "refer" : "text"
        if let value = fields[textKey] {
            node.text = reader.text(value, field: textKey) ?? ""
            node.textSpan = (value.span, value.textSpan)
        } else {
            reader.report(.missingField, "\(kind.withArticle) node needs '\(textKey)'", at: item.location)
        }
        if kind == .number {
            node.unit = fields["unit"].flatMap { reader.text($0, field: "unit") }
            for key in ["min", "max"] {
                guard let value = fields[key], let text = reader.text(value, field: key) else { continue }
                guard let number = ExactDecimal(text) else {
                    reader.report(.wrongType, "'\(key)' must be a number, not '\(text)'", at: value.span)
                    continue
                }
                if key == "min" { node.minimum = (number, value.span) } else { node.maximum = (number, value.span) }
            }
            if let value = fields["integer"] {
                switch value.scalar {
                case "true": node.integer = true
                case "false": node.integer = false
                default: reader.report(.wrongType, "'integer' must be true or false", at: value.span)
                }
            }
        }
        if kind == .checklist, let value = fields["items"] { node.items = reader.textList(value, field: "items")?.map(\.text) ?? [] }
        if kind == .refer, let value = fields["urgency"], let urgency = reader.urgency(value, field: "urgency") {
            node.urgency = urgency
            node.urgencyStated = true
        }
        node.advice = fields["advice"].flatMap { reader.text($0, field: "advice") }
        node.help = fields["help"].flatMap { reader.text($0, field: "help") }
        node.cite = fields["cite"].flatMap { reader.text($0, field: "cite") }
        node.citeLocation = fields["cite"]?.location
        node.inference = fields["inference"].flatMap { reader.text($0, field: "inference") }
        if kind == .outcome { node.reassures = fields["reassures"].flatMap { reader.flag($0, field: "reassures") } ?? false }
        if kind == .refer || kind == .outcome { node.evidence = fields["evidence"].flatMap { reader.evidence($0, field: "evidence") } }
        guard let edges = fields["edges"]?.sequence else {
            reader.report(.missingField, "node '\(id)' needs 'edges', a list of {label, to}", at: item.location)
            node.edgesIncomplete = true
            return node
        }
        for edge in edges {
            let parts = Dictionary(
                reader.pairs(of: edge, allowed: ModelFormat.edgeKeys).map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            guard let labelNode = parts["label"], let answer = reader.text(labelNode, field: "label"),
                let toNode = parts["to"], let to = reader.text(toNode, field: "to")
            else {
                reader.report(.missingField, "an edge needs 'label' and 'to'", at: edge.location)
                node.edgesIncomplete = true
                continue
            }
            // `label` is the answer's id; `display`, when the tree gives one, the label shown.
            let display = parts["display"].flatMap { reader.text($0, field: "display") }
            var interval: NumberInterval?
            if kind == .number {
                switch NumberInterval.parse(answer) {
                case .success(let parsed): interval = parsed
                case .failure(let error):
                    reader.report(.malformedRange, error.message + Suggestion.hint(error.suggestion), at: labelNode.span)
                    node.edgesIncomplete = true
                    continue
                }
            }
            node.targets.append(
                .init(
                    answer: answer, answerLocation: labelNode.location, label: display,
                    labelLocation: parts["display"]?.location, target: to, span: toNode.span, textSpan: toNode.textSpan,
                    interval: interval))
        }
        checkEdgeLayout(&node, at: item.location)
        return node
    }

    /// The edges of each kind as ``Node`` documents them: a question's two or more answers, a
    /// checklist's `any` then `none`, a refer's `next` or nothing, an outcome's nothing.
    private mutating func checkEdgeLayout(_ node: inout TreeDraft.Node, at location: SourceLocation) {
        let labels = node.targets.map(\.answer)
        let fits: Bool =
            switch node.kind {
            case .question?: labels.count >= 2
            case .number?: !labels.isEmpty
            case .checklist?: labels == [Node.anyLabel, Node.noneLabel] && !node.items.isEmpty
            case .refer?: labels.isEmpty || labels == [Node.nextLabel]
            case .outcome?: labels.isEmpty
            case nil: true
            }
        if !fits, let kind = node.kind {
            reader.report(
                .wrongType, "the edges of \(kind.withArticle) node do not fit its kind (labels: \(labels.joined(separator: ", ")))",
                at: location)
            node.edgesIncomplete = true
        }
    }
}
