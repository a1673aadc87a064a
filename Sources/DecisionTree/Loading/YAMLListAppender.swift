// Loading/: appending an entry to a top-level block list of a YAML file by editing its text,
// so every other byte (comments, blank lines, key order, line breaks) stays as it was. Used by
// recorded sessions (`cases:`) and sign-offs (`review:`).

/// Appends entries to a top-level block list in YAML text.
struct YAMLListAppender {
    /// Why the list cannot be appended to.
    enum Failure: Error {
        /// The text is not a YAML mapping.
        case notAMapping
        /// The list is written in flow style (`[...]`).
        case flowList
        /// The key holds something other than a list (or, unless allowed, nothing).
        case notAList
    }

    /// The text's line break (`\r\n` when the file uses it).
    let newline: String
    private var lines: [String]
    private let endsWithNewline: Bool
    /// The document's top-level pairs.
    let pairs: [(key: YAMLNode, value: YAMLNode)]

    /// Reads `text`; `nil`-free: a text that is not a mapping throws ``Failure/notAMapping``.
    init(_ text: String) throws(Failure) {
        newline = text.contains("\r\n") ? "\r\n" : "\n"
        var lines = text.components(separatedBy: newline)
        endsWithNewline = lines.last == ""
        if endsWithNewline { lines.removeLast() }
        self.lines = lines
        guard let root = try? YAMLReader.compose(text), let pairs = root.mapping else { throw .notAMapping }
        self.pairs = pairs
    }

    /// The first line of the text, if any.
    var firstLine: String? { lines.first }

    /// The text with `entry(indent)` added at the end of the block list under `key`: before the
    /// next top-level key (and the comments and blank lines just above it), with the list's
    /// own indent. A missing key is added at the end of the file (after a blank line with
    /// `blankLineBeforeNewKey`); an empty value (`key:`) is filled when `acceptEmpty`.
    func appending(to key: String, acceptEmpty: Bool, blankLineBeforeNewKey: Bool, entry: (String) -> [String]) throws(Failure) -> String {
        var lines = self.lines
        guard let position = pairs.firstIndex(where: { $0.key.scalar == key }) else {
            if blankLineBeforeNewKey, let last = lines.last, !last.allSatisfy(\.isWhitespace) { lines.append("") }
            lines.append("\(key):")
            lines.append(contentsOf: entry("  "))
            return lines.joined(separator: newline) + newline
        }
        let (keyNode, value) = pairs[position]
        let insertAt: Int
        let indent: String
        if let items = value.sequence {
            guard !items.isEmpty else { throw .flowList }
            let line = value.location.line
            let column = value.location.column
            let scalars = Array(lines[line - 1].unicodeScalars)
            guard column - 1 < scalars.count, scalars[column - 1] == "-" else { throw .flowList }
            indent = String(repeating: " ", count: column - 1)
            if position + 1 < pairs.count {
                var end = pairs[position + 1].key.location.line - 1  // lines before the next key
                while end > line, Self.isTopLevelCommentOrBlank(lines[end - 1]) { end -= 1 }
                insertAt = end
            } else {
                insertAt = lines.count
            }
        } else if acceptEmpty, value.scalar?.isEmpty == true {
            indent = "  "
            insertAt = keyNode.location.line
        } else {
            throw .notAList
        }
        let atEnd = insertAt >= lines.count
        lines.insert(contentsOf: entry(indent), at: insertAt)
        // A file without a final line break keeps it that way unless the entry went at its end.
        return lines.joined(separator: newline) + (endsWithNewline || atEnd ? newline : "")
    }

    private static func isTopLevelCommentOrBlank(_ line: String) -> Bool {
        line.allSatisfy(\.isWhitespace) || line.hasPrefix("#")
    }
}
