// Export/: untrusted tree text made fit for the FHIR data types the export writes (string,
// code, markdown, id, computable name) and for FHIRPath string literals. Imports Model/ only
// (and the internal untrusted-text clean-up).

/// How text from a tree file becomes FHIR values and FHIRPath literals.
enum FHIRText {
    /// A FHIR `string`: control characters (other than line breaks and tabs) and
    /// noncharacters replaced by a space, carriage returns dropped.
    static func string(_ text: String) -> String { UntrustedText.sanitized(text) }

    /// A FHIR `code` (`[^\s]+( [^\s]+)*`): whitespace runs made one space, trimmed.
    /// An answer label or checklist item becomes its option's code this way, and the
    /// conditions compare against the same form.
    static func code(_ text: String) -> String { UntrustedText.collapsed(text) }

    /// Text for a FHIR `markdown` field that a renderer shows literally: every character
    /// CommonMark or HTML gives a meaning to (`\ ` * _ [ ] < > # ! | ~ &`) is backslash-escaped.
    static func markdown(_ text: String) -> String {
        var out = UTF8TextBuilder()
        for scalar in string(text).unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "!", "|", "~", "&":
                out += "\\"
                out.append(scalar)
            default:
                out.append(scalar)
            }
        }
        return out.string
    }

    /// `text` as a FHIRPath string literal, quotes included. Backslash, quote and the
    /// line-break and tab characters are escaped; other characters stand as they are
    /// (FHIRPath strings are Unicode; some engines mis-read `\u` escapes above U+007F).
    static func literal(_ text: String) -> String {
        var out = UTF8TextBuilder("'")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.append(scalar)
                }
            }
        }
        out += "'"
        return out.string
    }

    /// A FHIR resource id (`[A-Za-z0-9\-\.]{1,64}`) from `text`: other characters become `-`,
    /// cut to 64 characters; `nil` when nothing is left.
    static func id(_ text: String) -> String? {
        var out = ""
        for scalar in text.unicodeScalars {
            let keep = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == ".")
            out += keep ? String(scalar) : "-"
        }
        let trimmed = String(out.prefix(64))
        return trimmed.contains(where: { $0 != "-" && $0 != "." }) ? trimmed : nil
    }

    /// A computable name (`[A-Z][A-Za-z0-9_]*`): the id's words capitalised and joined
    /// (`back-numbness` → `BackNumbness`), prefixed with `Tree` when it would not start
    /// with a letter.
    static func computableName(_ text: String) -> String {
        var out = ""
        var capitalizeNext = true
        for scalar in text.unicodeScalars {
            let isWordCharacter = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
            guard isWordCharacter else { capitalizeNext = true; continue }
            out += capitalizeNext ? String(scalar).uppercased() : String(scalar)
            capitalizeNext = false
        }
        if let first = out.unicodeScalars.first, first.properties.isAlphabetic { return out }
        return "Tree" + out
    }
}
