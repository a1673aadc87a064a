/// Escaping of untrusted text for every place it can reach Graphviz.
///
/// Measured on Graphviz 2.42: in a quoted DOT string, `\"` ends nothing and `\\` stays two
/// characters, which the label code then reads as one literal backslash; `\N`, `\G`, `\E`,
/// `\T`, `\H`, `\L`, `\n`, `\l` and `\r` are expanded in plain labels, HTML-like label text
/// and tooltips alike; HTML-like text is entity-decoded *before* that expansion (so `&#92;N`
/// still expands); and tooltips go through one more round of backslash processing.
enum DOTEscaping {
    /// A quoted DOT string whose value is `text` exactly (for names and fixed attribute values).
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in sanitized(text).unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Text for inside an HTML-like label: entities for markup characters, and every
    /// backslash doubled so that no escape sequence survives to be expanded.
    static func html(_ text: String) -> String {
        var out = ""
        for scalar in sanitized(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\\": out += "\\\\"
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A quoted DOT string for a tooltip whose SVG `xlink:title` shows `text` literally.
    ///
    /// Markup characters become entities, which Graphviz's SVG writer passes through as they
    /// are; that also keeps every tooltip free of `<`, so it can never be mistaken for (or
    /// make Graphviz mistake) an HTML-like label. A backslash needs four in the DOT source,
    /// and a line break is written as the entity `&#10;`.
    static func tooltip(_ text: String) -> String {
        var out = "\""
        for scalar in sanitized(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\\": out += "\\\\\\\\"
            case "\n": out += "&#10;"
            case "\r", "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// `text` without control characters (other than line breaks and tabs), non-characters
    /// or lone surrogates, none of which XML may carry.
    static func sanitized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if scalar == "\n" || scalar == "\t" {
                out.append(scalar)
            } else if scalar == "\r" {
                continue
            } else if value < 0x20 || (0x7F...0x9F).contains(value) || scalar.properties.isNoncharacterCodePoint {
                out.append(" ")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text` with runs of whitespace made one space, trimmed.
    static func collapsed(_ text: String) -> String {
        sanitized(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Greedy word wrap of `text` (whitespace collapsed) into lines of at most `width`
    /// characters; a word longer than `width` is broken.
    static func wrap(_ text: String, width: Int) -> [String] {
        let limit = max(width, 8)
        var lines: [String] = []
        var line = ""
        for word in collapsed(text).split(separator: " ") {
            var word = Substring(word)
            while word.count > limit {
                if !line.isEmpty { lines.append(line); line = "" }
                lines.append(String(word.prefix(limit)))
                word = word.dropFirst(limit)
            }
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= limit {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.isEmpty ? [""] : lines
    }
}
