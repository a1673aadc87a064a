// Translation/: a PO file as text, in the layout polib writes with no line wrapping, so a file
// dtree writes reads back with polib unchanged and passes `msgfmt --check`.

/// Writes a ``POFile`` as PO text.
///
/// The layout is gettext's with wrapping off (as `msgcat --no-wrap` and polib with
/// `wrapwidth=0` write it): a string with line breaks is written as `""` and one quoted line
/// per line; entries are separated by one blank line; obsolete entries come last.
public enum POWriter {
    /// The PO text of `file`.
    public static func text(of file: POFile) -> String {
        var blocks: [String] = []
        var header: [String] = file.headerComments.map { $0.isEmpty ? "#" : "# \($0)" }
        if !file.headerFlags.isEmpty { header.append("#, " + file.headerFlags.joined(separator: ", ")) }
        header += field("msgid", "", prefix: "")
        header += field("msgstr", file.header.map { "\($0.name): \($0.value)\n" }.joined(), prefix: "")
        blocks.append(header.joined(separator: "\n") + "\n")
        for entry in file.entries where !entry.isObsolete { blocks.append(text(of: entry)) }
        for entry in file.entries where entry.isObsolete { blocks.append(text(of: entry)) }
        return blocks.joined(separator: "\n")
    }

    static func text(of entry: POEntry) -> String {
        var lines: [String] = entry.translatorComments.map { $0.isEmpty ? "#" : "# \($0)" }
        let prefix = entry.isObsolete ? "#~ " : ""
        if !entry.isObsolete {
            lines += entry.extractedComments.map { "#. \($0)" }
            lines += entry.references.map { "#: \($0)" }
        }
        if !entry.flags.isEmpty { lines.append("#, " + entry.flags.joined(separator: ", ")) }
        let previous = entry.isObsolete ? "#~| " : "#| "
        if let context = entry.previousContext { lines += field("msgctxt", context, prefix: previous) }
        if let id = entry.previousID { lines += field("msgid", id, prefix: previous) }
        if let context = entry.context { lines += field("msgctxt", context, prefix: prefix) }
        lines += field("msgid", entry.id, prefix: prefix)
        lines += field("msgstr", entry.translation, prefix: prefix)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `msgid "text"`, or `msgid ""` and one quoted line per line when the text has a line break
    /// before its end.
    static func field(_ keyword: String, _ value: String, prefix: String) -> [String] {
        var parts: [String] = []
        var current = UTF8TextBuilder()
        for character in value.unicodeScalars {
            current.append(character)
            if character == "\n" {
                parts.append(current.string)
                current = UTF8TextBuilder()
            }
        }
        if !current.isEmpty || parts.isEmpty { parts.append(current.string) }
        if parts.count == 1 { return ["\(prefix)\(keyword) \"\(escape(parts[0]))\""] }
        return ["\(prefix)\(keyword) \"\""] + parts.map { "\(prefix)\"\(escape($0))\"" }
    }

    /// The C escapes PO strings use for backslash, quote and the control characters that have one.
    static func escape(_ text: String) -> String {
        var out = UTF8TextBuilder(capacity: text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{0B}": out += "\\v"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default: out.append(scalar)
            }
        }
        return out.string
    }
}
