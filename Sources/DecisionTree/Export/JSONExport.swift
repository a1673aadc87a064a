// Export/: the normalized JSON model: one value built from a tree, written pretty (export) or
// canonical (the content hash) by the JSON writer (Internals/JSONValue).

/// The normalized model of a tree as one JSON object, keys in a fixed order:
///
/// `{"format":"dtree-model/1","tree","title","version"?,"source"? (text, or {file,title?,sha256?}),"disclaimer"?,"specialists"?,
/// "start","nodes":[{"id","kind","text"|"refer","items"?,"urgency"?,"reassures"?,"advice"?,"help"?,"cite"?,"inference"?,"evidence"?,
/// "edges":[{"label","display"?,"to"}]}]}` (`label` the answer id, `display` the label shown when the tree gives one)
///
/// Nodes and edges keep file order; a checklist's edges are `any` and `none`, a referral's
/// continuation is `next`, a terminal node has `"edges": []`; a referral names its specialist in
/// `refer` (it has no `text`). Optional fields the tree lacks are left out. ``TreeLoader`` reads
/// this shape back, so an export validates, runs and renders as the tree it came from. The text
/// is pretty-printed with two-space indents and ends in a newline. A tree's `review:` sign-offs
/// are not part of the model.
public enum JSONExport {

    /// The JSON text of `tree`.
    public static func text(_ tree: Tree) -> String {
        model(tree).text(.model) + "\n"
    }

    /// The canonical JSON text of `tree`'s model: the same value as ``text(_:)``, with keys
    /// sorted (by their UTF-8 bytes), no whitespace, nodes, edges and items in file order, and
    /// strings escaped only where JSON requires. This is what `dtree hash` digests.
    public static func canonicalText(_ tree: Tree) -> String {
        model(tree).text(.canonical)
    }

    /// The canonical JSON text of one node of `tree`, as it appears in ``canonicalText(_:)``.
    static func canonicalText(of node: Node, in tree: Tree) -> String {
        self.node(node, in: tree).text(.canonical)
    }

    /// The model as a JSON value, keys in the documented order.
    static func model(_ tree: Tree) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("format", .string(Tree.modelFormat)), ("tree", .string(tree.id)), ("title", .string(tree.title)),
        ]
        if let version = tree.version { fields.append(("version", .string(version))) }
        if let source = tree.source {
            if source.title == nil, source.sha256 == nil {
                fields.append(("source", .string(source.file)))
            } else {
                let parts = [("file", source.file), ("title", source.title), ("sha256", source.sha256)]
                fields.append(("source", .object(parts.compactMap { key, value in value.map { (key, JSONValue.string($0)) } })))
            }
        }
        if let disclaimer = tree.disclaimer { fields.append(("disclaimer", .string(disclaimer))) }
        if let specialists = tree.specialists {
            if tree.specialistNames.isEmpty {
                fields.append(("specialists", .array(specialists.map(JSONValue.string))))
            } else {
                fields.append(("specialists", .object(specialists.map { ($0, .string(tree.displayName(ofSpecialist: $0))) })))
            }
        }
        if !tree.urgencyWords.isEmpty {
            let words = Urgency.allCases.compactMap { urgency in tree.urgencyWords[urgency].map { (urgency.rawValue, JSONValue.string($0)) }
            }
            fields.append(("urgencies", .object(words)))
        }
        fields.append(("start", .string(tree.startNode.id)))
        fields.append(("nodes", .array(tree.nodes.map { node($0, in: tree) })))
        return .object(fields)
    }

    private static func node(_ node: Node, in tree: Tree) -> JSONValue {
        var fields: [(String, JSONValue)] = [("id", .string(node.id)), ("kind", .string(node.kind.rawValue))]
        switch node.content {
        case .question(let question):
            fields.append(("text", .string(question.text)))
        case .number(let number):
            fields.append(("text", .string(number.text)))
            if let unit = number.unit { fields.append(("unit", .string(unit))) }
            if let minimum = number.minimum { fields.append(("min", minimum.jsonValue)) }
            if let maximum = number.maximum { fields.append(("max", maximum.jsonValue)) }
            if number.integer { fields.append(("integer", .bool(true))) }
        case .checklist(let checklist):
            fields.append(("text", .string(checklist.text)))
            fields.append(("items", .array(checklist.items.map(JSONValue.string))))
        case .refer(let referral):
            fields.append(("refer", .string(referral.specialist)))
            if referral.urgencyStated { fields.append(("urgency", .string(referral.urgency.rawValue))) }
        case .outcome(let outcome):
            fields.append(("text", .string(outcome.text)))
            if outcome.reassures { fields.append(("reassures", .bool(true))) }
        }
        for (key, value) in [("advice", node.advice), ("help", node.help), ("cite", node.cite), ("inference", node.inference)] {
            if let value { fields.append((key, .string(value))) }
        }
        // Added only when stated, so a tree without them exports (and hashes) as before.
        if let evidence = node.evidence {
            fields.append(
                (
                    "evidence",
                    .object(
                        (evidence.certainty.map { [("certainty", JSONValue.string($0.rawValue))] } ?? [])
                            + (evidence.strength.map { [("strength", JSONValue.string($0.rawValue))] } ?? []))
                ))
        }
        // An edge's `label` is its answer id; `display` is added only when the tree gives a
        // label, so a tree that gives none exports (and hashes) as before.
        let edges = node.edges.map { edge in
            JSONValue.object(
                [("label", .string(edge.answer))] + (edge.label.map { [("display", .string($0))] } ?? [])
                    + [("to", .string(tree.nodes[edge.target].id))])
        }
        fields.append(("edges", .array(edges)))
        return .object(fields)
    }
}
