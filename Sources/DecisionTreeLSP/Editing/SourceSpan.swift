// Editing/: where a word stands in a source file, for editors (ranges of ids and targets).

import DecisionTree

/// A run of characters on one line: a 1-based line and column (Unicode scalars, as in
/// ``SourceLocation``) and a length in Unicode scalars.
public struct SourceSpan: Hashable, Sendable {
    /// Where the span begins.
    public var start: SourceLocation
    /// How many Unicode scalars it covers.
    public var length: Int

    /// Creates a span.
    public init(start: SourceLocation, length: Int) {
        self.start = start
        self.length = length
    }

    /// Whether the span covers `location`, its end included (a cursor just after a word is on it).
    public func contains(_ location: SourceLocation) -> Bool {
        location.line == start.line && location.column >= start.column && location.column <= start.column + length
    }

    /// The span of the word at `location` in `source`: from there to the next space or YAML
    /// punctuation (`:`, `,`, `{`, `}`, `[`, `]`, `#`, quotes), at least one character.
    public static func word(at location: SourceLocation, in source: SourceText) -> SourceSpan {
        guard let line = source.line(location.line) else { return SourceSpan(start: location, length: 1) }
        let scalars = Array(line.unicodeScalars)
        var end = max(0, location.column - 1)
        while end < scalars.count, !isBoundary(scalars[end]) { end += 1 }
        return SourceSpan(start: location, length: max(1, end - (location.column - 1)))
    }

    static func isBoundary(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", ":", ",", "{", "}", "[", "]", "#", "\"", "'": true
        default: false
        }
    }

    /// The span of a scalar YAML node as written: past an opening quote, as long as its text
    /// when that text is on one line, else the rest of the word.
    static func of(_ node: YAMLNode, in source: SourceText) -> SourceSpan {
        let text = node.scalar ?? ""
        var start = node.location
        if let line = source.line(start.line) {
            let scalars = Array(line.unicodeScalars)
            let index = start.column - 1
            if index >= 0, index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
                start.column += 1
            }
        }
        if !text.contains("\n"), !text.isEmpty { return SourceSpan(start: start, length: text.unicodeScalars.count) }
        return word(at: start, in: source)
    }
}
