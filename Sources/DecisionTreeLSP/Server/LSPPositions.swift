import DecisionTree
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

    /// A line's start in UTF-8 bytes: its 0-based number and its byte offset.
    typealias LineStart = (line: Int, offset: Int)

    /// The byte offset in UTF-8 `bytes` of an LSP position (clamped to its line and the text),
    /// for incremental changes, with the start of its line. The search begins at `hint` when
    /// the position is at or past that line (an earlier edit's line, whose start an edit at or
    /// after it does not move), so edits given in order cost one pass, not one each.
    static func offset(of position: LSPPosition, in bytes: [UInt8], hint: LineStart = (0, 0)) -> (offset: Int, lineStart: LineStart) {
        bytes.withUnsafeBufferPointer { buffer in
            var (line, index) = hint.line <= position.line && hint.offset <= buffer.count ? hint : (0, 0)
            var lineStart: LineStart = (line, index)
            while line < position.line, index < buffer.count {
                if buffer[index] == 0x0A {
                    line += 1
                    lineStart = (line, index + 1)
                }
                index += 1
            }
            var units = 0
            while units < position.character, index < buffer.count, buffer[index] != 0x0A, buffer[index] != 0x0D {
                let lead = buffer[index]
                // A scalar's UTF-8 length from its lead byte; four bytes are two UTF-16 units.
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                units += length == 4 ? 2 : 1
                index = min(buffer.count, index + length)
            }
            return (index, lineStart)
        }
    }
}
