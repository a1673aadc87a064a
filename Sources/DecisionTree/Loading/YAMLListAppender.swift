// Loading/: appending an entry to a top-level block list of a YAML file by editing its text,
// so every other byte (comments, blank lines, key order, line breaks) stays as it was. Used by
// recorded sessions (`cases:`) and sign-offs (`review:`). Lines are cut where libyaml cuts them
// (LF, CR, CRLF, NEL, LS, PS), so the line numbers of its marks index them.

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

    /// The line break added lines get: the text's first (`\r\n` when it starts with one), else `\n`.
    let newline: String
    private var lines: [String]
    /// The break ending each line, as written; the last line's is empty when the text does not
    /// end with a break.
    private var breaks: [String]
    /// The document's top-level pairs.
    let pairs: [(key: YAMLNode, value: YAMLNode)]

    /// Reads `text`; `nil`-free: a text that is not a mapping throws ``Failure/notAMapping``.
    init(_ text: String) throws(Failure) {
        (lines, breaks) = Self.lines(of: text)
        newline = breaks.first { $0 == "\n" || $0 == "\r\n" || $0 == "\r" } ?? "\n"
        guard let root = try? YAMLReader.compose(text), let pairs = root.mapping else { throw .notAMapping }
        self.pairs = pairs
    }

    /// The text cut into lines at libyaml's line breaks (CRLF one break), each with its break;
    /// no empty last line for a text that ends with a break.
    static func lines(of text: String) -> (lines: [String], breaks: [String]) {
        var lines: [String] = [], breaks: [String] = []
        var current = UTF8TextBuilder()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\r":
                lines.append(current.string)
                current = UTF8TextBuilder()
                if pending == "\n" {
                    breaks.append("\r\n")
                    pending = scalars.next()
                } else {
                    breaks.append("\r")
                }
            case "\n", "\u{85}", "\u{2028}", "\u{2029}":
                lines.append(current.string)
                current = UTF8TextBuilder()
                breaks.append(String(scalar))
            default: current.append(scalar)
            }
        }
        if !current.isEmpty {
            lines.append(current.string)
            breaks.append("")
        }
        return (lines, breaks)
    }

    /// The first line of the text, if any.
    var firstLine: String? { lines.first }

    /// The text with `entry(indent)` added at the end of the block list under `key`: before the
    /// next top-level key (and the comments and blank lines just above it), with the list's
    /// own indent. A missing key is added at the end of the file (after a blank line with
    /// `blankLineBeforeNewKey`); an empty value (`key:`) is filled when `acceptEmpty`.
    func appending(to key: String, acceptEmpty: Bool, blankLineBeforeNewKey: Bool, entry: (String) -> [String]) throws(Failure) -> String {
        var lines = self.lines, breaks = self.breaks
        guard let position = pairs.firstIndex(where: { $0.key.scalar == key }) else {
            if let last = breaks.indices.last, breaks[last].isEmpty { breaks[last] = newline }
            if blankLineBeforeNewKey, let last = lines.last, !last.allSatisfy(\.isWhitespace) {
                lines.append("")
                breaks.append(newline)
            }
            let added = ["\(key):"] + entry("  ")
            lines.append(contentsOf: added)
            breaks.append(contentsOf: Array(repeating: newline, count: added.count))
            return Self.joined(lines, breaks)
        }
        let (keyNode, value) = pairs[position]
        let insertAt: Int
        let indent: String
        if let items = value.sequence {
            guard !items.isEmpty else { throw .flowList }
            guard let (dashLine, dashColumn) = firstDash(of: value) else { throw .flowList }
            indent = String(repeating: " ", count: dashColumn - 1)
            if position + 1 < pairs.count {
                var end = pairs[position + 1].key.location.line - 1  // lines before the next key
                while end > dashLine, end - 1 < lines.count, Self.isTopLevelCommentOrBlank(lines[end - 1]) { end -= 1 }
                insertAt = min(end, lines.count)
            } else {
                insertAt = lines.count
            }
        } else if acceptEmpty, value.scalar?.isEmpty == true {
            indent = "  "
            insertAt = min(keyNode.location.line, lines.count)
        } else {
            throw .notAList
        }
        if insertAt >= lines.count, let last = breaks.indices.last, breaks[last].isEmpty { breaks[last] = newline }
        let added = entry(indent)
        lines.insert(contentsOf: added, at: insertAt)
        breaks.insert(contentsOf: Array(repeating: newline, count: added.count), at: insertAt)
        // A file without a final line break keeps it that way unless the entry went at its end.
        return Self.joined(lines, breaks)
    }

    /// The line and column of the `-` that opens a block list: where the list begins, or, when
    /// it begins with an anchor or a tag (`review: &signed`), the first line after that;
    /// `nil` for a flow list (`[...]`) or a line that is not there.
    private func firstDash(of value: YAMLNode) -> (line: Int, column: Int)? {
        let line = value.location.line, column = value.location.column
        guard line >= 1, line <= lines.count else { return nil }
        let scalars = Array(lines[line - 1].unicodeScalars)
        guard column >= 1, column - 1 < scalars.count else { return nil }
        if scalars[column - 1] == "-" { return (line, column) }
        guard scalars[column - 1] == "&" || scalars[column - 1] == "!" else { return nil }
        // Properties before a block list: the rest of their line holds no `[`, and the list's
        // first `-` is the first line after them that is neither blank nor a comment.
        guard !scalars[(column - 1)...].contains("[") else { return nil }
        for index in line..<lines.count {
            let text = lines[index]
            let trimmed = text.drop { $0 == " " }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard trimmed.hasPrefix("-") else { return nil }
            return (index + 1, text.count - trimmed.count + 1)
        }
        return nil
    }

    /// Lines and their breaks as one text.
    private static func joined(_ lines: [String], _ breaks: [String]) -> String {
        var text = ""
        for (line, lineBreak) in zip(lines, breaks) {
            text += line
            text += lineBreak
        }
        return text
    }

    private static func isTopLevelCommentOrBlank(_ line: String) -> Bool {
        line.allSatisfy(\.isWhitespace) || line.hasPrefix("#")
    }
}
