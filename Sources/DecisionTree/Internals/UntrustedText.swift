// Internals/: text from tree files made safe to carry anywhere (control characters,
// noncharacters, runs of white space), shared by Rendering/ and Export/. No public API.

/// Clean-up of untrusted text that every output format needs.
enum UntrustedText {
    /// `text` without control characters (other than line breaks and tabs), non-characters
    /// or lone surrogates, none of which XML may carry.
    static func sanitized(_ text: String) -> String {
        // Most labels need no change; checking first saves building a copy.
        guard text.unicodeScalars.contains(where: needsReplacing) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\r" { continue }
            out.append(needsReplacing(scalar) ? " " : scalar)
        }
        return String(out)
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
    static func collapsed(_ text: String) -> String {
        var out = String.UnicodeScalarView()
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
        return String(out)
    }
}
