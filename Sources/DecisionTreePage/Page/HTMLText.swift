// Page/: HTML that is safe by construction: text goes in only escaped.

import DecisionTree

/// A piece of HTML (XHTML-compatible) whose every text part was escaped.
///
/// Text enters only through ``init(escaping:)`` or as an escaped attribute value of
/// ``element(_:_:_:)``; markup enters only as a `StaticString` written in dtree's source, or
/// through ``init(rendered:)`` for the few outputs dtree itself made safe (Graphviz's SVG after
/// ``SVGAccessibility``, HTML-safe JSON). Nothing from a tree can become a tag or attribute.
struct HTMLText: Sendable {
    /// The markup.
    private(set) var markup: String

    /// `text` escaped: it shows literally and can open nothing.
    init(escaping text: String) { markup = XMLText.escaped(text) }

    /// Fixed markup from dtree's own source.
    init(_ fixed: StaticString) { markup = fixed.description }

    /// Markup dtree produced and made safe elsewhere (the annotated SVG, HTML-safe JSON).
    init(rendered: String) { markup = rendered }

    /// Nothing.
    static let empty = HTMLText("")

    /// Appends another piece.
    mutating func append(_ other: HTMLText) { markup += other.markup }

    /// Two pieces, one after the other.
    static func + (left: HTMLText, right: HTMLText) -> HTMLText {
        var out = left
        out.append(right)
        return out
    }

    /// Pieces one after the other.
    static func join(_ pieces: [HTMLText]) -> HTMLText {
        HTMLText(rendered: pieces.map(\.markup).joined())
    }

    /// `<name attr="value"...>content</name>`: the name and attribute names are dtree's own,
    /// every attribute value is escaped.
    static func element(_ name: StaticString, _ attributes: [(StaticString, String)] = [], _ content: HTMLText = .empty) -> HTMLText {
        HTMLText(rendered: "<\(name)\(attributeText(attributes))>\(content.markup)</\(name)>")
    }

    /// An element holding escaped text.
    static func element(_ name: StaticString, _ attributes: [(StaticString, String)] = [], text: String) -> HTMLText {
        element(name, attributes, HTMLText(escaping: text))
    }

    /// A void element, self-closed so the page also parses as XML: `<name attr="value"/>`.
    static func void(_ name: StaticString, _ attributes: [(StaticString, String)] = []) -> HTMLText {
        HTMLText(rendered: "<\(name)\(attributeText(attributes))/>")
    }

    private static func attributeText(_ attributes: [(StaticString, String)]) -> String {
        attributes.map { " \($0.0)=\"\(XMLText.escaped($0.1))\"" }.joined()
    }
}
