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

    /// A JSON string literal. Besides the required escapes, `<`, `>`, `&` and the line
    /// separators U+2028/U+2029 are written as `\u` escapes, so the text is also safe inside
    /// an HTML `<script>` block or a JavaScript source.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}": out += hex(scalar.value)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += hex(scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: false)
        return "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
