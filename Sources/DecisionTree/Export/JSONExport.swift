/// The normalized model of a tree as one JSON object, keys in a fixed order:
///
/// `{"tree","title","version","start","nodes":[{"id","kind","text","items"?,"refer"?,
/// "urgency"?,"advice"?,"help"?,"cite"?,"edges":[{"label","to"}]}]}`
///
/// Nodes and edges keep file order; a checklist's edges are `any` and `none`, a referral's
/// continuation is `next`, a terminal node has `"edges": []`, and `version` is `null` when
/// the file has none. The text is pretty-printed with two-space indents and ends in a newline.
public enum JSONExport {
    /// The JSON text of `tree`.
    public static func text(_ tree: Tree) -> String {
        var out = "{\n"
        out += "  \"tree\": \(string(tree.id)),\n"
        out += "  \"title\": \(string(tree.title)),\n"
        out += "  \"version\": \(tree.version.map(string) ?? "null"),\n"
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
        var fields = [("id", string(node.id)), ("kind", string(node.kind.rawValue)), ("text", string(node.text))]
        if node.kind == .checklist { fields.append(("items", "[" + node.items.map(string).joined(separator: ", ") + "]")) }
        if node.kind == .refer {
            fields.append(("refer", string(node.specialist ?? node.text)))
            fields.append(("urgency", string((node.urgency ?? .routine).rawValue)))
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
