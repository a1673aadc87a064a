// Export/: the normalized JSON model.

/// The normalized model of a tree as one JSON object, keys in a fixed order:
///
/// `{"format":"dtree-model/1","tree","title","version"?,"source"? (text, or {file,title?,sha256?}),"disclaimer"?,"specialists"?,
/// "start","nodes":[{"id","kind","text"|"refer","items"?,"urgency"?,"advice"?,"help"?,"cite"?,
/// "edges":[{"label","to"}]}]}`
///
/// Nodes and edges keep file order; a checklist's edges are `any` and `none`, a referral's
/// continuation is `next`, a terminal node has `"edges": []`; a referral names its specialist in
/// `refer` (it has no `text`). Optional fields the tree lacks are left out. ``TreeLoader`` reads
/// this shape back, so an export validates, runs and renders as the tree it came from. The text
/// is pretty-printed with two-space indents and ends in a newline.
public enum JSONExport {

    /// The JSON text of `tree`.
    public static func text(_ tree: Tree) -> String {
        var out = "{\n"
        out += "  \"format\": \(string(Tree.modelFormat)),\n"
        out += "  \"tree\": \(string(tree.id)),\n"
        out += "  \"title\": \(string(tree.title)),\n"
        if let version = tree.version { out += "  \"version\": \(string(version)),\n" }
        if let source = tree.source {
            if source.title == nil, source.sha256 == nil {
                out += "  \"source\": \(string(source.file)),\n"
            } else {
                let fields = [("file", source.file), ("title", source.title), ("sha256", source.sha256)]
                    .compactMap { key, value in value.map { "\"\(key)\": \(string($0))" } }
                out += "  \"source\": {" + fields.joined(separator: ", ") + "},\n"
            }
        }
        if let disclaimer = tree.disclaimer { out += "  \"disclaimer\": \(string(disclaimer)),\n" }
        if let specialists = tree.specialists {
            if tree.specialistNames.isEmpty {
                out += "  \"specialists\": [" + specialists.map(string).joined(separator: ", ") + "],\n"
            } else {
                out += "  \"specialists\": {" + specialists.map { "\(string($0)): \(string(tree.displayName(ofSpecialist: $0)))" }.joined(separator: ", ") + "},\n"
            }
        }
        if !tree.urgencyWords.isEmpty {
            let words = Urgency.allCases.compactMap { urgency in tree.urgencyWords[urgency].map { "\(string(urgency.rawValue)): \(string($0))" } }
            out += "  \"urgencies\": {" + words.joined(separator: ", ") + "},\n"
        }
        out += "  \"start\": \(string(tree.startNode.id)),\n"
        out += "  \"nodes\": ["
        for (index, node) in tree.nodes.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += object(node, in: tree)
        }
        out += tree.nodes.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    private static func object(_ node: Node, in tree: Tree) -> String {
        var fields = [("id", string(node.id)), ("kind", string(node.kind.rawValue))]
        switch node.content {
        case .question(let question):
            fields.append(("text", string(question.text)))
        case .checklist(let checklist):
            fields.append(("text", string(checklist.text)))
            fields.append(("items", "[" + checklist.items.map(string).joined(separator: ", ") + "]"))
        case .refer(let referral):
            fields.append(("refer", string(referral.specialist)))
            if referral.urgencyStated { fields.append(("urgency", string(referral.urgency.rawValue))) }
        case .outcome(let outcome):
            fields.append(("text", string(outcome.text)))
        }
        for (key, value) in [("advice", node.advice), ("help", node.help), ("cite", node.cite)] {
            if let value { fields.append((key, string(value))) }
        }
        let edges = node.edges.map { "{\"label\": \(string($0.label)), \"to\": \(string(tree.nodes[$0.target].id))}" }
        fields.append(("edges", edges.isEmpty ? "[]" : "[\n        " + edges.joined(separator: ",\n        ") + "\n      ]"))
        return "    {\n" + fields.map { "      \"\($0.0)\": \($0.1)" }.joined(separator: ",\n") + "\n    }"
    }

    /// A JSON string literal, HTML-safe (see ``JSONText/quoted(_:htmlSafe:)``).
    static func string(_ text: String) -> String { JSONText.quoted(text, htmlSafe: true) }
}
