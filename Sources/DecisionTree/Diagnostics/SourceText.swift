// Diagnostics/: a source file's decoded text and the line lookups caret snippets need.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The decoded text of a source file, with the line lookups diagnostics need.
public struct SourceText: Sendable {
    /// The path as the user named it.
    public let path: String
    /// The file's text.
    public let text: String
    /// The UTF-8 offset at which each line starts; found with a byte scan, which is far
    /// cheaper than splitting the text into `Character`s. 32 bits each: a tree file is at most
    /// a few MiB, and a large one has a line index of some 4 bytes a line rather than 8.
    private let lineStarts: [UInt32]

    /// Wraps already-decoded text.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.lineStarts = Self.lineStarts(of: text)
    }

    /// Where each line of `text` starts, in UTF-8 bytes: read in place where the text is
    /// contiguous (some 200 M instructions fewer on a 6.6 MB file than through its UTF-8 view).
    private static func lineStarts(of text: String) -> [UInt32] {
        var starts: [UInt32] = [0]
        let scanned: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return }
            // Line breaks found by `memchr`, counted first so that the index is made once at its size.
            func forEachLineBreak(_ body: (Int) -> Void) {
                var offset = 0
                while offset < bytes.count, let found = memchr(base + offset, 0x0A, bytes.count - offset) {
                    let index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                    body(index)
                    offset = index + 1
                }
            }
            var count = 0
            forEachLineBreak { _ in count += 1 }
            starts.reserveCapacity(count + 1)
            forEachLineBreak { starts.append(UInt32(truncatingIfNeeded: $0 + 1)) }
        }
        if scanned != nil { return starts }
        var offset: UInt32 = 0
        for byte in text.utf8 {
            offset &+= 1
            if byte == 0x0A { starts.append(offset) }
        }
        return starts
    }

    /// The text of a 1-based line, without its line break, or `nil` past the end.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: Int(lineStarts[number - 1]))
        var end = number < lineStarts.count ? utf8.index(utf8.startIndex, offsetBy: Int(lineStarts[number]) - 1) : utf8.endIndex
        if end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
        return text[start..<end]
    }

    /// The source line of a location followed by a caret under its column, as compilers print it.
    ///
    /// Tabs before the column are kept so that the caret lines up in a terminal; other
    /// characters become spaces. Control characters are shown escaped (`\u{1B}`), with the
    /// caret moved to match. Very long lines are shown as a window around the column.
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
        let shown = UntrustedText.terminalSafe(String(String.UnicodeScalarView(scalars[from..<to])))
        let pad = scalars[from..<(column - 1)].map { scalar in
            if scalar == "\t" { return "\t" }
            if UntrustedText.isTerminalControl(scalar) { return String(repeating: " ", count: UntrustedText.terminalEscape(scalar).count) }
            return " "
        }.joined()
        let prefix = from > 0 ? "…" : ""
        return "\(prefix)\(shown)\n\(prefix.isEmpty ? "" : " ")\(pad)^"
    }
}
