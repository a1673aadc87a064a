// Rendering/: DOT text written from a whitelist of attributes, never from tree text.

import DecisionTree

/// The only attributes dtree ever writes into a DOT file.
///
/// Attribute names never come from a tree: an attribute such as `URL` or `href` would reach
/// the SVG's `xlink:href` unescaped, so none of those is on this list.
enum DOTAttribute: String, CaseIterable, Sendable {
    // Graph.
    case rankdir, ordering, nodesep, ranksep, labelloc, labeljust, pad, bgcolor, charset, newrank
    /// The largest drawing, in inches: a larger one is scaled down (the safety report's A4 width).
    case size
    // Graph: Graphviz's iteration bounds for large trees (see LayoutLimit).
    case mclimit, nslimit, nslimit1, searchsize, remincross
    // Shared.
    case label, tooltip, fontname, fontsize, fontcolor, color, penwidth, style
    /// An element id in SVG output; dtree writes only ids it builds from indices (`n3`, `e3-1`).
    case id
    // Nodes.
    case shape, fillcolor, margin, peripheries
    // Edges.
    case arrowsize, arrowhead, weight, minlen
    /// Ties an edge's label to its edge with a line, so no label reads as a neighbour's.
    case decorate
}

/// A value of a DOT attribute; each case is written with its own escaping.
enum DOTValue: Sendable {
    /// A fixed or untrusted plain string, quoted (names, colours, shapes).
    case string(String)
    /// A number.
    case number(Double)
    /// An HTML-like label built by ``HTMLLabel``, which escaped every text piece.
    case html(HTMLLabel)
    /// A tooltip; see ``DOTEscaping/tooltip(_:)``.
    case tooltip(String)

    var source: String {
        switch self {
        case .string(let text): return DOTEscaping.quoted(text)
        case .number(let value): return DOTWriter.format(value)
        case .html(let label): return "<" + label.markup + ">"
        case .tooltip(let text): return DOTEscaping.tooltip(text)
        }
    }
}

/// An attribute list, in the order it is written.
typealias DOTAttributes = [(DOTAttribute, DOTValue)]

/// Writes a directed graph in the DOT language, one statement per line.
struct DOTWriter {
    private var lines: [String]

    /// Starts a digraph; `name` is quoted.
    init(name: String) {
        lines = ["digraph \(DOTEscaping.quoted(name)) {"]
    }

    /// Graph attributes.
    mutating func graph(_ attributes: DOTAttributes) {
        for (key, value) in attributes { lines.append("  \(key.rawValue)=\(value.source);") }
    }

    /// Default attributes of every node.
    mutating func nodeDefaults(_ attributes: DOTAttributes) {
        lines.append("  node \(list(attributes));")
    }

    /// Default attributes of every edge.
    mutating func edgeDefaults(_ attributes: DOTAttributes) {
        lines.append("  edge \(list(attributes));")
    }

    /// A node statement.
    mutating func node(_ name: String, _ attributes: DOTAttributes) {
        lines.append("  \(DOTEscaping.quoted(name)) \(list(attributes));")
    }

    /// An edge statement.
    mutating func edge(_ tail: String, _ head: String, _ attributes: DOTAttributes) {
        lines.append("  \(DOTEscaping.quoted(tail)) -> \(DOTEscaping.quoted(head)) \(list(attributes));")
    }

    /// A comment line; the text is collapsed to one line and cannot end the comment early.
    mutating func comment(_ text: String) {
        lines.append("  // " + UntrustedText.collapsed(text))
    }

    /// A blank line between sections.
    mutating func blank() { lines.append("") }

    /// The finished DOT text, ending in a newline.
    func finish() -> String { (lines + ["}"]).joined(separator: "\n") + "\n" }

    private func list(_ attributes: DOTAttributes) -> String {
        "[" + attributes.map { "\($0.0.rawValue)=\($0.1.source)" }.joined(separator: ", ") + "]"
    }

    /// A number with at most two decimals and no trailing zeros, the same on every platform.
    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, fraction = abs(hundredths % 100)
        if fraction == 0 { return "\(whole)" }
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        return fraction % 10 == 0 ? "\(sign)\(whole).\(fraction / 10)" : "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
