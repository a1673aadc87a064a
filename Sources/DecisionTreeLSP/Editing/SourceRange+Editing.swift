// Editing/: where a word stands in a source file, for editors: the range of an id, a target or
// a key as written (one ``SourceRange``, the same type diagnostics carry).

import DecisionTree

extension SourceRange {
    /// Whether the range covers `location`, its end included (a cursor just after a word is on it).
    public func contains(_ location: SourceLocation) -> Bool {
        location >= start && location <= end
    }

    /// The range of the word at `location` in `source`: from there to the next space or YAML
    /// punctuation (`:`, `,`, `{`, `}`, `[`, `]`, `#`, quotes), at least one character.
    public static func word(at location: SourceLocation, in source: SourceText) -> SourceRange {
        guard let line = source.line(location.line) else { return SourceRange(start: location, length: 1) }
        let scalars = Array(line.unicodeScalars)
        var end = max(0, location.column - 1)
        while end < scalars.count, !isBoundary(scalars[end]) { end += 1 }
        return SourceRange(start: location, length: max(1, end - (location.column - 1)))
    }

    static func isBoundary(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", ":", ",", "{", "}", "[", "]", "#", "\"", "'": true
        default: false
        }
    }

    /// The range of a scalar YAML node as written: past an opening quote, as long as its text
    /// when that text is on one line, else the rest of the word.
    static func of(_ node: YAMLNode, in source: SourceText) -> SourceRange {
        let text = node.scalar ?? ""
        var start = node.location
        if let line = source.line(start.line) {
            let scalars = Array(line.unicodeScalars)
            let index = start.column - 1
            if index >= 0, index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
                start.column += 1
            }
        }
        if !text.contains("\n"), !text.isEmpty { return SourceRange(start: start, length: text.unicodeScalars.count) }
        return word(at: start, in: source)
    }
}
