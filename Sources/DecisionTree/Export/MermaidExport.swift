// Export/: a Mermaid flowchart.

/// A tree as a Mermaid flowchart, for embedding in Markdown.
///
/// Nodes keep the tree's own ids where Mermaid reads them as plain names (a letter, then
/// letters, digits and single `_`; not a keyword such as `end`). Any other id is escaped to
/// `x__` and the id with every character other than a letter or digit written `_HEX_`;
/// a double `_` marks an escaped id, so an escaped id never equals a plain one. Every label is a quoted string in which every
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
        lines.append("  dtree__header[\"\(header)\"]:::header")
        let names = tree.nodes.map { identifier($0.id) }
        for (index, node) in tree.nodes.enumerated() {
            lines.append("  \(names[index])\(shape(node, in: tree))")
        }
        for (index, node) in tree.nodes.enumerated() {
            for (position, edge) in node.edges.enumerated() {
                let label = node.readableLabel(ofEdge: position)
                let arrow = node.kind == .refer ? "-.->" : "-->"
                lines.append("  \(names[index]) \(arrow)|\"\(escape(label))\"| \(names[edge.target])")
            }
        }
        for (index, node) in tree.nodes.enumerated() {
            lines.append("  class \(names[index]) \(className(node))")
        }
        lines += [
            "  classDef question fill:#E3EEFB,stroke:#2B5C9E,color:#1B1B1B",
            "  classDef checklist fill:#FFF6D8,stroke:#9A6B00,color:#1B1B1B",
            "  classDef outcome fill:#E6F4E6,stroke:#2E7D32,color:#1B1B1B",
            "  classDef unstated fill:#F1EEF6,stroke:#8C82A6,color:#1B1B1B",
            "  classDef routine fill:#EEE8F7,stroke:#5B3C99,color:#1B1B1B",
            "  classDef soon fill:#FFE9CC,stroke:#D35400,stroke-width:2px,color:#1B1B1B",
            "  classDef urgent fill:#FFD6D6,stroke:#C40000,stroke-width:4px,color:#1B1B1B",
            "  classDef emergency fill:#B00000,stroke:#5C0000,stroke-width:5px,color:#FFFFFF",
            "  classDef header fill:#FFFFFF,stroke:#8A1C1C,color:#1B1B1B",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func shape(_ node: Node, in tree: Tree) -> String {
        switch node.content {
        case .question(let question):
            return "{\"\(escape(question.text))\"}"
        case .number(let number):
            return "{\"\(escape(number.text))\"}"
        case .checklist(let checklist):
            let items = checklist.items.map { "☐ " + escape($0) }.joined(separator: "<br/>")
            return "[[\"<b>\(escape(checklist.text))</b><br/>\(items)\"]]"
        case .refer(let referral):
            let phrases = Phrasebook.english.referral
            var text = phrases.action("<b>\(escape(tree.displayName(ofSpecialist: referral.specialist)))</b>")
            if let words = tree.urgencyText(of: referral) { text += "<br/>" + phrases.urgencyLabel + escape(words) }
            if let advice = referral.advice { text += "<br/>" + escape(advice) }
            return ">\"\(text)\"]"
        case .outcome(let outcome):
            var text = "<b>\(escape(outcome.text))</b>"
            if let advice = outcome.advice { text += "<br/>" + escape(advice) }
            return "([\"\(text)\"])"
        }
    }

    private static func className(_ node: Node) -> String {
        guard let referral = node.referral else { return node.kind.rawValue }
        return referral.urgencyStated ? referral.urgency.rawValue : "unstated"
    }

    /// Words Mermaid's flowchart grammar reserves; an id equal to one (in any case) is escaped.
    static let keywords: Set<String> = [
        "end", "graph", "flowchart", "subgraph", "style", "class", "classdef", "click", "linkstyle",
        "direction", "default", "call", "href", "interpolate", "td", "tb", "bt", "rl", "lr",
    ]

    /// A node id as a Mermaid node name: as written when Mermaid reads it plainly, else escaped.
    static func identifier(_ id: String) -> String {
        let scalars = Array(id.unicodeScalars)
        let isPlain =
            scalars.first.map { $0.isASCII && $0.properties.isAlphabetic } == true
            && scalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
            && !id.contains("__") && !id.hasSuffix("_") && !keywords.contains(id.lowercased())
        if isPlain { return id }
        var out = UTF8TextBuilder("x__")
        for scalar in scalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.append(scalar)
            } else {
                out += "_" + String(scalar.value, radix: 16, uppercase: true) + "_"
            }
        }
        return out.string
    }

    /// Text for inside a quoted Mermaid label: whitespace collapsed, specials as entity codes.
    static func escape(_ text: String) -> String {
        var out = UTF8TextBuilder()
        for scalar in UntrustedText.collapsed(text).unicodeScalars {
            switch scalar {
            case "\"", "#", "<", ">", "&", "`", "\\", "[", "]", "{", "}", "(", ")", "|", ";", "%", "*", "_", "~":
                out += "#\(scalar.value);"
            default:
                out.append(scalar)
            }
        }
        return out.string
    }
}
