// Internals/: text from tree files made safe to carry anywhere (control characters,
// noncharacters, runs of white space), shared by Rendering/, Export/ and Diagnostics/ (which
// exposes the terminal form as `TerminalText`). No public API.

/// Clean-up of untrusted text that every output format needs.
package enum UntrustedText {
    /// ``sanitized(_:)``, with each bidirectional control (U+202A–U+202E, U+2066–U+2069) shown
    /// as the terminal shows it, `\u{202E}`: visible, never reordering what a reader sees. For
    /// text a person reads in markup: the SVG chart, the review page, DOT labels.
    package static func markupSafe(_ text: String) -> String {
        if isMarkupSafeAsIs(text) { return text }
        let clean = sanitized(text)
        guard clean.unicodeScalars.contains(where: isBidiControl) else { return clean }
        return visibleBidi(clean)
    }

    /// Whether ``markupSafe(_:)`` would return `text` unchanged, told from its UTF-8 bytes
    /// (a few instructions a byte, against two passes over its scalars). `true` only when no
    /// byte can begin a scalar that ``sanitized(_:)`` replaces or that is a bidirectional
    /// control: C0 controls but line feed and tab, DEL, and the lead bytes 0xC2 (U+0080–U+00BF,
    /// the C1 controls among them), 0xEF (U+F000–U+FFFF, the noncharacters U+FDD0–U+FDEF,
    /// U+FFFE and U+FFFF among them) and 0xF0–0xF4 (the other planes); E2 80 AA–AE and E2 81
    /// A6–A9 are the bidirectional controls. Text with any of these takes the exact path.
    static func isMarkupSafeAsIs(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x0A, 0x09: break
                case 0x00..<0x20, 0x7F, 0xC2, 0xEF, 0xF0...0xFF: return false
                case 0xE2 where index + 2 < bytes.count:
                    let second = bytes[index + 1], third = bytes[index + 2]
                    if second == 0x80 && (0xAA...0xAE).contains(third) { return false }
                    if second == 0x81 && (0xA6...0xA9).contains(third) { return false }
                default: break
                }
                index += 1
            }
            return true
        }
    }

    /// `text` with each bidirectional control written as `\u{XXXX}` (`backslash` for the `\`,
    /// so a JSON string literal can carry it as `\\`).
    package static func visibleBidi(_ text: String, backslash: String = "\\") -> String {
        var out = UTF8TextBuilder(capacity: text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if isBidiControl(scalar) {
                out += backslash + "u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.append(scalar)
            }
        }
        return out.string
    }

    /// JSON text with each bidirectional control (which occurs only inside its strings) as a
    /// JSON `\u` escape: the same value once parsed, and no raw control in the file.
    package static func jsonEscapedBidi(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: isBidiControl) else { return json }
        var out = UTF8TextBuilder(capacity: json.utf8.count + 16)
        for scalar in json.unicodeScalars {
            if isBidiControl(scalar) {
                out += "\\u" + String(scalar.value, radix: 16)
            } else {
                out.append(scalar)
            }
        }
        return out.string
    }

    /// Whether the scalar is a bidirectional embedding, override or isolate control.
    package static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// `text` without control characters (other than line breaks and tabs), non-characters
    /// or lone surrogates, none of which XML may carry.
    package static func sanitized(_ text: String) -> String {
        // Most labels need no change; checking first saves building a copy.
        guard text.unicodeScalars.contains(where: needsReplacing) else { return text }
        var out = UTF8TextBuilder(capacity: text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar == "\r" { continue }
            out.append(needsReplacing(scalar) ? " " : scalar)
        }
        return out.string
    }

    /// Whether a scalar is one `sanitized` replaces: a control character other than a line
    /// break or tab, or a noncharacter (U+FDD0–U+FDEF and the last two code points of every
    /// plane), computed arithmetically rather than through Unicode property tables.
    private static func needsReplacing(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return scalar != "\n" && scalar != "\t" }
        if value < 0x7F { return false }
        return value <= 0x9F || (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
    }

    /// `text` with runs of whitespace made one space, trimmed. Works on scalars, not
    /// `Character`s, so no grapheme breaking is needed.
    package static func collapsed(_ text: String) -> String {
        var out = UTF8TextBuilder(capacity: text.utf8.count)
        var pendingSpace = false
        for scalar in sanitized(text).unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || (!scalar.isASCII && scalar.properties.isWhitespace) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(scalar)
        }
        return out.string
    }

    /// `text` with every control character but line feed and tab shown as a Swift escape
    /// (`\u{1B}` for ESC, `\u{7}` for BEL, `\u{9B}` for the C1 CSI), so that text from input files
    /// written to a terminal or a log cannot move the cursor, change colours, retitle the window
    /// or ring the bell. Text without such characters comes back unchanged.
    static func terminalSafe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isTerminalControl) else { return text }
        var out = UTF8TextBuilder(capacity: text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if isTerminalControl(scalar) {
                out += terminalEscape(scalar)
            } else {
                out.append(scalar)
            }
        }
        return out.string
    }

    /// The escape `terminalSafe` shows a control character as.
    static func terminalEscape(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    /// Whether a terminal would act on the scalar rather than show it: C0 controls other than
    /// line feed and tab (carriage return included), DEL, the C1 controls, and the bidirectional
    /// embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which reorder
    /// what a reader sees ("Trojan Source").
    static func isTerminalControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return scalar != "\n" && scalar != "\t" }
        return value == 0x7F || (0x80...0x9F).contains(value)
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// The entity for a character that is markup in XML, HTML and SVG (`&`, `<`, `>`, `"`,
    /// `'`); `nil` for any other. The one table every markup writer uses.
    package static func markupEntity(_ scalar: Unicode.Scalar) -> String? {
        scalar.isASCII ? markupEntity(byte: UInt8(truncatingIfNeeded: scalar.value)) : nil
    }

    /// ``markupEntity(_:)`` for one UTF-8 byte: every markup character is ASCII, and no byte of
    /// a longer UTF-8 sequence is, so escapers can walk a string's bytes.
    package static func markupEntity(byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
