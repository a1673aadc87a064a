/// A tree as a Mermaid flowchart, for embedding in Markdown.
///
/// Node ids are written as `n0`, `n1`, … (file order), so no id can collide with Mermaid's
/// keywords (`end`, `graph`, …) or syntax. Every label is a quoted string in which every
/// character Mermaid or HTML treats specially (`"`, `#`, `<`, `>`, `&`, `` ` ``, `\`, brackets,
/// pipes, `;`, `%`) is written as a Mermaid entity code (`#quot;`, `#35;`, …), so a label
/// can neither end its string nor reach the page as markup. Shapes follow the rendered chart:
/// questions are rhombi, checklists subroutines, referrals asymmetric flags, outcomes
/// stadiums; classes colour referrals by urgency. A header node holds the title, version and
/// disclaimer.
public enum MermaidExport {
    /// The Mermaid text of `tree`, ending in a newline.
    public static func text(_ tree: Tree, rankdir: RankDirection = .TB) -> String {
        var lines = ["flowchart \(rankdir == .TB ? "TD" : "LR")"]
        var header = "<b>\(escape(tree.title))</b>"
        if let version = tree.version { header += "<br/>version \(escape(version))" }
        if let disclaimer = tree.disclaimer { header += "<br/>⚠ " + escape(disclaimer) }
        lines.append("  header[\"\(header)\"]:::header")
        for (index, node) in tree.nodes.enumerated() {
            lines.append("  n\(index)\(shape(node))")
        }
        for (index, node) in tree.nodes.enumerated() {
            for edge in node.edges {
                let label = ClinicianStyle.edgeLabel(edge.label, from: node.kind)
                let arrow = node.kind == .refer ? "-.->" : "-->"
                lines.append("  n\(index) \(arrow)|\"\(escape(label))\"| n\(edge.target)")
            }
        }
        for (index, node) in tree.nodes.enumerated() {
            lines.append("  class n\(index) \(className(node))")
        }
        lines += [
            "  classDef question fill:#E3EEFB,stroke:#2B5C9E,color:#1B1B1B",
            "  classDef checklist fill:#FFF6D8,stroke:#9A6B00,color:#1B1B1B",
            "  classDef outcome fill:#E6F4E6,stroke:#2E7D32,color:#1B1B1B",
            "  classDef routine fill:#EEE8F7,stroke:#5B3C99,color:#1B1B1B",
            "  classDef soon fill:#FFE9CC,stroke:#D35400,stroke-width:2px,color:#1B1B1B",
            "  classDef urgent fill:#FFD6D6,stroke:#C40000,stroke-width:4px,color:#1B1B1B",
            "  classDef emergency fill:#B00000,stroke:#5C0000,stroke-width:5px,color:#FFFFFF",
            "  classDef header fill:#FFFFFF,stroke:#8A1C1C,color:#1B1B1B",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func shape(_ node: Node) -> String {
        switch node.kind {
        case .question:
            return "{\"\(escape(node.text))\"}"
        case .checklist:
            let items = node.items.map { "☐ " + escape($0) }.joined(separator: "<br/>")
            return "[[\"<b>\(escape(node.text))</b><br/>\(items)\"]]"
        case .refer:
            let urgency = node.urgency ?? .routine
            var text = "Refer to <b>\(escape(ClinicianStyle.heading(node.specialist ?? node.text)))</b><br/>Urgency: \(escape(ClinicianStyle.urgencyWords(urgency)))"
            if let advice = node.advice { text += "<br/>" + escape(advice) }
            return ">\"\(text)\"]"
        case .outcome:
            var text = "<b>\(escape(node.text))</b>"
            if let advice = node.advice { text += "<br/>" + escape(advice) }
            return "([\"\(text)\"])"
        }
    }

    private static func className(_ node: Node) -> String {
        node.kind == .refer ? (node.urgency ?? .routine).rawValue : node.kind.rawValue
    }

    /// Text for inside a quoted Mermaid label: whitespace collapsed, specials as entity codes.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in DOTEscaping.collapsed(text).unicodeScalars {
            switch scalar {
            case "\"", "#", "<", ">", "&", "`", "\\", "[", "]", "{", "}", "(", ")", "|", ";", "%", "*", "_", "~":
                out += "#\(scalar.value);"
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
