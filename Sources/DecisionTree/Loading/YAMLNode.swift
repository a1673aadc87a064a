// Loading/: a composed YAML node, scalars as written and collections in file order.

/// A composed YAML node: scalars as the author wrote them, collections in file order.
///
/// No tag resolution happens: `yes` stays the string `yes` and `5` stays `5`.
/// Nodes are reference types so that composing shares rather than copies.
package final class YAMLNode {
    enum Content {
        case scalar(String)
        case sequence([YAMLNode])
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    let content: Content
    /// Where the node begins as written (at the opening quote of a quoted scalar).
    package let location: SourceLocation
    /// Just past where it ends as written (past the closing quote of a quoted scalar).
    package let end: SourceLocation
    /// Whether the scalar is written in quotes, so that its text starts one column in.
    private let quoted: Bool

    /// A node at `location`, ending at `end` (at `location` when not given).
    init(_ content: Content, at location: SourceLocation, end: SourceLocation? = nil, quoted: Bool = false) {
        self.content = content
        self.location = location
        self.end = end ?? location
        self.quoted = quoted
    }

    /// The node as written, quotes included: what a diagnostic about it is about.
    package var span: SourceRange { SourceRange(start: location, end: end) }

    /// Where a scalar's text stands, inside its quotes: what a fix-it that rewrites the text replaces.
    package var textSpan: SourceRange {
        quoted ? span.insideQuotes : span
    }

    /// Where the scalars `offset ..< offset + length` of a one-line scalar's text stand, when
    /// the text is written as it reads (no escapes or folded lines); else the whole text.
    package func textSpan(offset: Int, length: Int) -> SourceRange {
        let whole = textSpan
        guard let text = scalar, whole.start.line == whole.end.line,
            whole.end.column - whole.start.column == text.unicodeScalars.count,
            offset >= 0, offset + length <= text.unicodeScalars.count
        else { return whole }
        let start = SourceLocation(line: whole.start.line, column: whole.start.column + offset)
        return SourceRange(start: start, length: length)
    }

    /// The scalar's text, or `nil` for a collection.
    package var scalar: String? {
        if case .scalar(let value) = content { return value }
        return nil
    }

    /// The mapping's pairs, or `nil` for anything else.
    package var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The sequence's items, or `nil` for anything else.
    package var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// A word for what the node is, for messages: "text", "a list" or "a mapping".
    var kindDescription: String {
        switch content {
        case .scalar: "text"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}
