// Translation/: reading a PO file, strictly, with one located error for anything it does not
// accept.
//
// Why not a library: there is no maintained Swift PO package (the few on GitHub are unmaintained
// and lenient: they skip what they do not understand). A translation of clinical text must not
// be half-read, so dtree reads the small part of the format it writes and needs (no plural
// forms, no other charset than UTF-8) and refuses everything else with the file, line and column
// of the first problem. GNU gettext's `msgfmt --check` and polib check the files dtree writes in
// Tests/ecosystem.

import FoundationEssentials

/// Reads PO text into a ``POFile``.
public enum POReader {
    /// The PO file at `path`, read through `Input/FileReading` (size checked first).
    /// - Throws: a ``Diagnostic`` located in the file (`unreadable-file`, `not-utf8`,
    ///   `po-syntax`, `po-charset`, `duplicate-key`, `po-control-character`).
    public static func read(_ path: String) throws(Diagnostic) -> (file: POFile, source: SourceText) {
        let data: Data
        do {
            data = try FileReading.read(path, limit: 32 << 20)
        } catch {
            throw Diagnostic(.unreadableFile, "cannot read \(path): \(error)", at: .start, in: path)
        }
        let text = try decode(data, file: path)
        return (try parse(text, file: path), SourceText(path: path, text: text))
    }

    /// The text of `data` as UTF-8, or a `not-utf8` error at the first byte that is not.
    public static func decode(_ data: Data, file: String) throws(Diagnostic) -> String {
        let hasNUL = FileReading.containsNUL(data)
        if !hasNUL, let text = String(validating: data, as: UTF8.self) { return text }
        var line = 1
        var column = 1
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00:
                throw Diagnostic(.notUTF8, "a NUL byte: a PO file is text", at: SourceLocation(line: line, column: column), in: file)
            case 0x01..<0x80: length = 1
            case 0xC2..<0xE0: length = 2
            case 0xE0..<0xF0: length = 3
            case 0xF0..<0xF5: length = 4
            default: length = 0
            }
            let end = index + length
            if length == 0 || end > bytes.count || String(validating: bytes[index..<end], as: UTF8.self) == nil {
                throw Diagnostic(
                    .notUTF8, "byte 0x\(Hex.padded(byte, digits: 2)) is not valid UTF-8; a PO file dtree reads is UTF-8",
                    at: SourceLocation(line: line, column: column), in: file)
            }
            if byte == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = end
        }
        throw Diagnostic(.notUTF8, "the file is not valid UTF-8", at: .start, in: file)
    }

    private enum Keyword: String {
        case msgctxt, msgid, msgstr
    }

    private struct Partial {
        var entry = POEntry(context: nil, id: "")
        var hasID = false
        var hasTranslation = false
        var hasContext = false
        var obsolete: Bool?
        var started = false
        /// The field continuation lines append to: a keyword, or a previous keyword.
        var last: (keyword: Keyword, previous: Bool)?
    }

    /// The ``POFile`` of PO `text`; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(Diagnostic) -> POFile {
        var result = POFile()
        var partial = Partial()
        var sawHeader = false
        var contexts: [String: Int] = [:]
        // Split on the newline byte: splitting by Character runs grapheme breaking over every
        // translated line, which cost most of reading a Russian PO file.
        var lines = linesByNewlineByte(text)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0].removeFirst() }

        func fail(_ rule: Rule, _ message: String, _ line: Int, _ column: Int = 1) -> Diagnostic {
            Diagnostic(rule, message, at: SourceLocation(line: line, column: column), in: file)
        }

        func finish(at line: Int) throws(Diagnostic) {
            guard partial.started else { return }
            guard partial.hasID, partial.hasTranslation else {
                throw fail(.poSyntax, "an entry ends without \(partial.hasID ? "msgstr" : "msgid")", line)
            }
            var entry = partial.entry
            entry.isObsolete = partial.obsolete ?? false
            if !sawHeader, entry.context == nil, entry.id.isEmpty, !entry.isObsolete {
                sawHeader = true
                result.headerComments = entry.translatorComments
                result.headerFlags = entry.flags
                for (offset, headerLine) in entry.translation.split(separator: "\n").enumerated() {
                    guard let colon = headerLine.firstIndex(of: ":") else {
                        throw fail(.poSyntax, "header line \(offset + 1) is not 'Name: value'", entry.translationLine)
                    }
                    let name = String(headerLine[..<colon]).trimmingWhitespace()
                    let value = String(headerLine[headerLine.index(after: colon)...]).trimmingWhitespace()
                    result.header.append((name, value))
                }
                let contentType = result.headerValue("Content-Type") ?? ""
                let typeLine =
                    entry.translationLine + 1
                    + (result.header.firstIndex { $0.name.lowercased() == "content-type" } ?? -1)
                let charset = contentType.firstRange(of: "charset=").map { String(contentType[$0.upperBound...]) } ?? ""
                guard charset.trimmingWhitespace().lowercased() == "utf-8" else {
                    throw fail(
                        .poCharset,
                        charset.isEmpty
                            ? "the header declares no charset; dtree reads PO files in UTF-8 (Content-Type: text/plain; charset=UTF-8)"
                            : "the header declares charset \(charset); dtree reads PO files in UTF-8 only", typeLine)
                }
            } else {
                if !sawHeader {
                    throw fail(.poCharset, "the file has no header entry declaring charset=UTF-8 before its first entry", entry.line)
                }
                if entry.id.isEmpty {
                    throw fail(.poSyntax, "an entry with an empty msgid; only the header has one", entry.line)
                }
                if !entry.isObsolete, let context = entry.context {
                    if let first = contexts[context] {
                        throw fail(.duplicateKey, "msgctxt '\(context)' appears twice (first at line \(first))", entry.contextLine)
                    }
                    contexts[context] = entry.contextLine
                }
                for scalar in entry.translation.unicodeScalars
                where scalar != "\n" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)) {
                    throw fail(
                        .poControlCharacter,
                        "the msgstr holds control character U+\(Hex.padded(scalar.value, digits: 4)); a translation holds text and line breaks only",
                        entry.translationLine)
                }
                result.entries.append(entry)
            }
            partial = Partial()
        }

        for (offset, raw) in lines.enumerated() {
            let number = offset + 1
            var line = raw.hasSuffix("\r") ? String(raw.dropLast()) : raw
            if line.isBlank {
                try finish(at: number)
                continue
            }
            var obsolete = false
            var previous = false
            var column = 1
            if line.hasPrefix("#~") {
                obsolete = true
                line.removeFirst(2)
                column += 2
                if line.hasPrefix("|") {
                    previous = true
                    line.removeFirst()
                    column += 1
                }
                let trimmed = line.drop { $0 == " " }
                column += line.utf8.count - trimmed.utf8.count
                line = String(trimmed)
            } else if line.hasPrefix("#|") {
                previous = true
                line.removeFirst(2)
                let trimmed = line.drop { $0 == " " }
                column += 2 + line.utf8.count - trimmed.utf8.count
                line = String(trimmed)
            } else if line.hasPrefix("#") {
                if partial.hasTranslation { try finish(at: number) }
                partial.started = true
                if partial.entry.line == 0 { partial.entry.line = number }
                let kind = line.dropFirst().first
                let rest = { (drop: Int) in String(line.dropFirst(drop).drop { $0 == " " }) }
                switch kind {
                case ".": partial.entry.extractedComments.append(rest(2))
                case ":": partial.entry.references.append(rest(2))
                case ",":
                    partial.entry.flags += rest(2).split(separator: ",").map { $0.trimmingWhitespace() }
                        .filter { !$0.isEmpty }
                case nil: partial.entry.translatorComments.append("")
                case " ", "\t": partial.entry.translatorComments.append(String(line.dropFirst(2)))
                default:
                    throw fail(.poSyntax, "'\(line.prefix(2))' is not a PO comment (# , #. , #: , #, , #| or #~)", number)
                }
                partial.last = nil
                continue
            }
            if obsolete || previous {
                if let known = partial.obsolete, known != obsolete, partial.hasID || partial.hasContext {
                    throw fail(.poSyntax, "an entry mixes obsolete (#~) and current lines", number)
                }
            }
            // A keyword line or a continuation.
            if line.hasPrefix("\"") {
                guard let last = partial.last else {
                    throw fail(.poSyntax, "a quoted string continues no msgctxt, msgid or msgstr", number, column)
                }
                let value = try string(line, number, column, file)
                append(value, to: last, in: &partial.entry)
                continue
            }
            let word = keywordPrefix(line)
            guard let keyword = Keyword(rawValue: String(word)) else {
                if word.hasPrefix("msgid_plural") || word.hasPrefix("msgstr[") {
                    throw fail(.poSyntax, "plural forms (\(word)) are not used in dtree's PO files", number, column)
                }
                throw fail(.poSyntax, "expected msgctxt, msgid, msgstr or a quoted string, found '\(line.prefix(20))'", number, column)
            }
            let rest = line.dropFirst(word.count)
            guard rest.first == " " || rest.first == "\t" else {
                throw fail(.poSyntax, "\(keyword.rawValue) must be followed by a quoted string", number, column + word.count)
            }
            let trimmed = rest.drop { $0 == " " || $0 == "\t" }
            let valueColumn = column + word.count + (rest.utf8.count - trimmed.utf8.count)
            let value = try string(String(trimmed), number, valueColumn, file)
            if previous {
                if partial.hasTranslation { try finish(at: number) }
                partial.started = true
                if partial.entry.line == 0 { partial.entry.line = number }
                switch keyword {
                case .msgctxt: partial.entry.previousContext = value
                case .msgid: partial.entry.previousID = value
                case .msgstr: throw fail(.poSyntax, "a previous (#|) msgstr is not part of the PO format", number, column)
                }
                partial.last = (keyword, true)
                continue
            }
            switch keyword {
            case .msgctxt:
                if partial.hasTranslation { try finish(at: number) }
                if partial.hasContext || partial.hasID {
                    throw fail(.poSyntax, "msgctxt after \(partial.hasID ? "msgid" : "msgctxt") in the same entry", number, column)
                }
                partial.hasContext = true
                partial.entry.context = value
                partial.entry.contextLine = number
            case .msgid:
                if partial.hasTranslation { try finish(at: number) }
                if partial.hasID { throw fail(.poSyntax, "a second msgid without a msgstr between", number, column) }
                partial.hasID = true
                partial.entry.id = value
                partial.entry.idLine = number
            case .msgstr:
                if !partial.hasID { throw fail(.poSyntax, "msgstr without a msgid before it", number, column) }
                if partial.hasTranslation { throw fail(.poSyntax, "a second msgstr in one entry", number, column) }
                partial.hasTranslation = true
                partial.entry.translation = value
                partial.entry.translationLine = number
            }
            partial.started = true
            if partial.entry.line == 0 { partial.entry.line = number }
            if let known = partial.obsolete, known != obsolete {
                throw fail(.poSyntax, "an entry mixes obsolete (#~) and current lines", number)
            }
            partial.obsolete = obsolete
            partial.last = (keyword, false)
        }
        try finish(at: lines.count + 1)
        if !sawHeader {
            throw fail(.poCharset, "the file has no header entry declaring charset=UTF-8", 1)
        }
        return result
    }

    /// `text` cut at each newline byte, without the newlines, and without an empty last line
    /// when the text ends with one (as `split(separator:omittingEmptySubsequences: false)`
    /// cut it, with its last empty piece dropped), copied out of one contiguous buffer.
    private static func linesByNewlineByte(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            while let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<newline]), as: UTF8.self))
                start = newline + 1
            }
            if start < bytes.count || bytes.isEmpty {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            }
            return lines
        }
    }

    /// The keyword a line starts with: its leading letters, digits, `_`, `[` and `]` (as
    /// Characters). Read from the bytes while they are ASCII, where those classes are plain
    /// byte ranges; a line with a longer character before the word ends is read by Character.
    private static func keywordPrefix(_ line: String) -> Substring {
        var count = 0
        for byte in line.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"):
                count += 1
                continue
            case 0x80...:
                return line.prefix { $0.isLetter || $0 == "_" || $0 == "[" || $0 == "]" || $0.isNumber }
            default: break
            }
            break
        }
        return line.utf8.count == count ? line[...] : line[..<line.utf8.index(line.startIndex, offsetBy: count)]
    }

    private static func append(_ value: String, to field: (keyword: Keyword, previous: Bool), in entry: inout POEntry) {
        switch (field.keyword, field.previous) {
        case (.msgctxt, false): entry.context = (entry.context ?? "") + value
        case (.msgid, false): entry.id += value
        case (.msgstr, false): entry.translation += value
        case (.msgctxt, true): entry.previousContext = (entry.previousContext ?? "") + value
        case (.msgid, true): entry.previousID = (entry.previousID ?? "") + value
        case (.msgstr, true): break
        }
    }

    /// The value of the quoted string that `line` starts with; only white space may follow it.
    ///
    /// Read as UTF-8 bytes (quotes, backslashes and escapes are ASCII, so no byte of a longer
    /// character is mistaken for one); a column in an error counts Unicode scalars.
    private static func string(_ line: String, _ number: Int, _ column: Int, _ file: String) throws(Diagnostic) -> String {
        let bytes = Array(line.utf8)
        /// The column of the scalar that byte `offset` begins.
        func columnOf(_ offset: Int) -> Int { column + bytes[..<offset].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 } }
        func fail(_ message: String, _ offset: Int) -> Diagnostic {
            Diagnostic(.poSyntax, message, at: SourceLocation(line: number, column: columnOf(offset)), in: file)
        }
        guard bytes.first == UInt8(ascii: "\"") else { throw fail("expected a quoted string", 0) }
        var value: [UInt8] = []
        value.reserveCapacity(bytes.count)
        var index = 1
        while true {
            guard index < bytes.count else { throw fail("the string is not closed with '\"'", 0) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                guard index + 1 < bytes.count else { throw fail("a backslash ends the line", index) }
                let escaped = bytes[index + 1]
                switch escaped {
                case UInt8(ascii: "n"): value.append(0x0A)
                case UInt8(ascii: "t"): value.append(0x09)
                case UInt8(ascii: "r"): value.append(0x0D)
                case UInt8(ascii: "\\"): value.append(escaped)
                case UInt8(ascii: "\""): value.append(escaped)
                case UInt8(ascii: "a"): value.append(0x07)
                case UInt8(ascii: "b"): value.append(0x08)
                case UInt8(ascii: "f"): value.append(0x0C)
                case UInt8(ascii: "v"): value.append(0x0B)
                default:
                    // The escaped character, which may take more than one byte.
                    let shown = String(decoding: bytes[(index + 1)...].prefix(4), as: UTF8.self).unicodeScalars.first
                    throw fail("unknown escape '\\\(shown.map(String.init) ?? "")'", index)
                }
                index += 2
                continue
            }
            value.append(byte)
            index += 1
        }
        if let extra = bytes[(index + 1)...].firstIndex(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) {
            throw fail("text after the closing quote", extra)
        }
        return String(decoding: value, as: UTF8.self)
    }
}
