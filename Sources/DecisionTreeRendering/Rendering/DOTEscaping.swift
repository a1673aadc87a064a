// Rendering/: escaping untrusted text for DOT.

import DecisionTree

/// Escaping of untrusted text for every place it can reach Graphviz.
///
/// Measured on Graphviz 2.42: in a quoted DOT string, `\"` ends nothing and `\\` stays two
/// characters, which the label code then reads as one literal backslash; `\N`, `\G`, `\E`,
/// `\T`, `\H`, `\L`, `\n`, `\l` and `\r` are expanded in plain labels, HTML-like label text
/// and tooltips alike; HTML-like text is entity-decoded *before* that expansion (so `&#92;N`
/// still expands); and tooltips go through one more round of backslash processing.
///
/// Bidirectional controls are shown as `\u{202E}` (``UntrustedText/markupSafe(_:)``), as the
/// terminal shows them, so a label cannot reorder what a reader sees.
enum DOTEscaping {
    /// A quoted DOT string whose value is `text` exactly (for names and fixed attribute values).
    static func quoted(_ text: String) -> String {
        var out = UTF8TextBuilder("\"")
        out.append(UntrustedText.markupSafe(text)) { byte in
            switch byte {
            case UInt8(ascii: "\""): "\\\""
            case UInt8(ascii: "\\"): "\\\\"
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): " "
            default: nil
            }
        }
        out += "\""
        return out.string
    }

    /// Text for inside an HTML-like label: entities for markup characters, and every
    /// backslash doubled so that no escape sequence survives to be expanded.
    static func html(_ text: String) -> String {
        var out = UTF8TextBuilder(capacity: text.utf8.count)
        out.append(UntrustedText.markupSafe(text)) { byte in
            if let entity = UntrustedText.markupEntity(byte: byte) { return entity }
            switch byte {
            case UInt8(ascii: "\\"): return "\\\\"
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): return " "
            default: return nil
            }
        }
        return out.string
    }

    /// A quoted DOT string for a tooltip whose SVG `xlink:title` shows `text` literally.
    ///
    /// Markup characters become entities, which Graphviz's SVG writer passes through as they
    /// are; that also keeps every tooltip free of `<`, so it can never be mistaken for (or
    /// make Graphviz mistake) an HTML-like label. A backslash needs four in the DOT source,
    /// and a line break is written as the entity `&#10;`.
    static func tooltip(_ text: String) -> String {
        var out = UTF8TextBuilder("\"")
        out.append(UntrustedText.markupSafe(text)) { byte in
            if let entity = UntrustedText.markupEntity(byte: byte) { return entity }
            switch byte {
            case UInt8(ascii: "\\"): return "\\\\\\\\"
            case UInt8(ascii: "\n"): return "&#10;"
            case UInt8(ascii: "\r"), UInt8(ascii: "\t"): return " "
            default: return nil
            }
        }
        out += "\""
        return out.string
    }

    /// Greedy word wrap of `text` (whitespace collapsed) into lines of at most `width`
    /// characters; a word longer than `width` is broken.
    static func wrap(_ text: String, width: Int) -> [String] {
        let limit = max(width, 8)
        var lines: [String] = []
        var line = ""
        var lineCount = 0
        let collapsedText = UntrustedText.collapsed(text)
        for bytes in collapsedText.utf8.split(separator: 0x20) {
            var word = Substring(bytes)
            // Counting Characters means grapheme breaking; ASCII words skip it.
            var count = word.utf8.allSatisfy { $0 < 0x80 } ? word.utf8.count : word.count
            while count > limit {
                if !line.isEmpty { lines.append(line); line = ""; lineCount = 0 }
                lines.append(String(word.prefix(limit)))
                word = word.dropFirst(limit)
                count -= limit
            }
            if line.isEmpty {
                line = String(word)
                lineCount = count
            } else if lineCount + 1 + count <= limit {
                line += " " + word
                lineCount += 1 + count
            } else {
                lines.append(line)
                line = String(word)
                lineCount = count
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.isEmpty ? [""] : lines
    }
}
