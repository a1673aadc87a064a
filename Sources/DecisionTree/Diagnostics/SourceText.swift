/// The decoded text of a source file, with the line lookups diagnostics need.
public struct SourceText: Sendable {
    /// The path as the user named it.
    public let path: String
    /// The file's text.
    public let text: String
    private let lines: [Substring]

    /// Wraps already-decoded text.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The text of a 1-based line, without its line break, or `nil` past the end.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lines.count else { return nil }
        let line = lines[number - 1]
        return line.hasSuffix("\r") ? line.dropLast() : line
    }

    /// The source line of a location followed by a caret under its column, as compilers print it.
    ///
    /// Tabs before the column are kept so that the caret lines up in a terminal; other
    /// characters become spaces. Very long lines are shown as a window around the column.
    public func snippet(at location: SourceLocation) -> String? {
        guard let line = line(location.line) else { return nil }
        let scalars = Array(line.unicodeScalars)
        let column = max(1, min(location.column, scalars.count + 1))
        let window = 160
        var from = 0
        if scalars.count > window, column > window / 2 {
            from = min(column - window / 2, max(0, scalars.count - window))
        }
        let to = min(scalars.count, from + window)
        let shown = scalars[from..<to].map { Character($0.properties.generalCategory == .control && $0 != "\t" ? "\u{FFFD}" : $0) }
        let pad = scalars[from..<(column - 1)].map { $0 == "\t" ? "\t" : " " }.joined()
        let prefix = from > 0 ? "…" : ""
        return "\(prefix)\(String(shown))\n\(prefix.isEmpty ? "" : " ")\(pad)^"
    }
}
