import DecisionTree
import Foundation

// Server/: the language server's conversions between dtree's positions (1-based lines, columns in
// Unicode scalars) and LSP's (0-based lines, UTF-16 offsets), and between URIs and paths.

enum LSPPositions {
    /// The LSP position of a 1-based line and scalar column.
    static func position(_ location: SourceLocation, in source: SourceText) -> LSPPosition {
        let line = max(0, location.line - 1)
        guard let text = source.line(location.line) else { return LSPPosition(line: line, character: max(0, location.column - 1)) }
        var character = 0
        var column = 1
        for scalar in text.unicodeScalars {
            guard column < location.column else { break }
            character += scalar.utf16.count
            column += 1
        }
        character += max(0, location.column - column)
        return LSPPosition(line: line, character: character)
    }

    /// The 1-based line and scalar column of an LSP position.
    static func location(_ position: LSPPosition, in source: SourceText) -> SourceLocation {
        let line = max(1, position.line + 1)
        guard let text = source.line(line) else { return SourceLocation(line: line, column: max(1, position.character + 1)) }
        var units = 0
        var column = 1
        for scalar in text.unicodeScalars {
            guard units < position.character else { break }
            units += scalar.utf16.count
            column += 1
        }
        return SourceLocation(line: line, column: column)
    }

    /// The LSP range of a source range (lines may differ).
    static func range(_ range: SourceRange, in source: SourceText) -> LSPRange {
        LSPRange(start: position(range.start, in: source), end: position(range.end, in: source))
    }

    /// The path of a `file:` URI (percent-decoded), or the URI itself for any other scheme.
    static func path(of uri: String) -> String {
        guard uri.hasPrefix("file:"), let url = URL(string: uri) else { return uri }
        return url.path
    }

    /// The `file:` URI of a path.
    static func uri(of path: String) -> String { URL(fileURLWithPath: path).absoluteString }

    /// The index in `text` of an LSP position (clamped to its line and the text), for incremental changes.
    static func offset(of position: LSPPosition, in text: String) -> String.Index {
        let scalars = text.unicodeScalars
        var line = 0
        var index = scalars.startIndex
        while line < position.line, index < scalars.endIndex {
            if scalars[index] == "\n" { line += 1 }
            index = scalars.index(after: index)
        }
        var units = 0
        while units < position.character, index < scalars.endIndex, scalars[index] != "\n", scalars[index] != "\r" {
            units += scalars[index].utf16.count
            index = scalars.index(after: index)
        }
        return index
    }
}
