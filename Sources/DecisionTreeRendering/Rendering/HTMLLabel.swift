// Rendering/: Graphviz HTML-like labels whose every text piece is escaped.

import DecisionTree

/// An HTML-like Graphviz label whose markup dtree wrote and whose text pieces are all escaped.
///
/// The only way to add text is ``text(_:)`` and the helpers built on it, which go through
/// ``DOTEscaping/html(_:)``; tags and attribute values come from dtree's own constants.
struct HTMLLabel: Sendable {
    /// The markup, without the outer `<` `>` of the DOT syntax.
    private(set) var markup = ""

    /// Appends escaped text.
    mutating func text(_ text: String) { markup += DOTEscaping.html(text) }

    /// Appends lines of escaped text separated by line breaks aligned `align` (`LEFT`, `CENTER`).
    mutating func lines(_ lines: [String], align: String = "CENTER") {
        for (index, line) in lines.enumerated() {
            if index > 0 { markup += "<BR ALIGN=\"\(align)\"/>" }
            text(line)
        }
        if align != "CENTER" { markup += "<BR ALIGN=\"\(align)\"/>" }
    }

    /// Appends a fixed tag (dtree's own markup, never tree text).
    mutating func tag(_ fixed: StaticString) { markup += fixed.description }

    /// Appends an opening `FONT` tag; the values are dtree's own constants.
    mutating func font(size: Double? = nil, color: String? = nil, face: String? = nil) {
        var tag = "<FONT"
        if let size { tag += " POINT-SIZE=\"\(DOTWriter.format(size))\"" }
        if let color { tag += " COLOR=\"\(color)\"" }
        if let face { tag += " FACE=\"\(face)\"" }
        markup += tag + ">"
    }

    /// Appends a table cell opening tag with fixed attributes from dtree's constants; `width`
    /// and `height` are the least size in points.
    mutating func cell(
        align: String = "CENTER", balign: String? = nil, background: String? = nil, border: Int = 0, color: String? = nil,
        padding: Int? = nil, width: Int? = nil, height: Int? = nil, valign: String? = nil
    ) {
        var tag = "<TD ALIGN=\"\(align)\" BORDER=\"\(border)\""
        if let balign { tag += " BALIGN=\"\(balign)\"" }
        if let background { tag += " BGCOLOR=\"\(background)\"" }
        if let color { tag += " COLOR=\"\(color)\"" }
        if let padding { tag += " CELLPADDING=\"\(padding)\"" }
        if let width { tag += " WIDTH=\"\(width)\"" }
        if let height { tag += " HEIGHT=\"\(height)\"" }
        if let valign { tag += " VALIGN=\"\(valign)\"" }
        markup += tag + ">"
    }

    /// Appends an opening `TABLE` tag with dtree's own numbers; `width` is the least width in
    /// points, `align` where the table sits in a wider cell.
    mutating func table(
        border: Int = 0, cellBorder: Int = 0, spacing: Int = 0, padding: Int = 0, width: Int? = nil, align: String? = nil
    ) {
        var tag = "<TABLE BORDER=\"\(border)\" CELLBORDER=\"\(cellBorder)\" CELLSPACING=\"\(spacing)\" CELLPADDING=\"\(padding)\""
        if let width { tag += " WIDTH=\"\(width)\"" }
        if let align { tag += " ALIGN=\"\(align)\"" }
        markup += tag + ">"
    }

    /// A label holding just `text`, escaped, in `size` points, optionally bold.
    static func plain(_ text: String, bold: Bool = false) -> HTMLLabel {
        var label = HTMLLabel()
        if bold { label.tag("<B>") }
        label.text(text)
        if bold { label.tag("</B>") }
        return label
    }
}
