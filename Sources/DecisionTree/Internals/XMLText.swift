// Internals/: the one escaper for XML and HTML text and attribute values (the SVG chart, the
// review page, JUnit reports); untrusted text goes into markup only through it.

/// Escaping of untrusted text for XML and HTML text and attribute values.
package enum XMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` as entities, and characters XML forbids removed
    /// (after ``UntrustedText/markupSafe(_:)``: bidirectional controls shown, not obeyed).
    ///
    /// ``UntrustedText/markupSafe(_:)`` has already made every character XML forbids a space
    /// (C0 controls but tab and line feed, DEL, the C1 controls, U+FFFE, U+FFFF) and removed
    /// carriage returns, so only the markup characters are left to replace, byte by byte.
    package static func escaped(_ text: String) -> String {
        var out = UTF8TextBuilder(capacity: text.utf8.count + 16)
        out.append(UntrustedText.markupSafe(text), replacingASCII: UntrustedText.markupEntity(byte:))
        return out.string
    }

    /// `value` as a quoted XML attribute value: ``escaped(_:)``, with line breaks and tabs as
    /// character references, so that an XML reader's attribute normalisation keeps them.
    package static func quotedAttribute(_ value: String) -> String {
        var out = UTF8TextBuilder("\"")
        out.append(escaped(value)) { byte in
            switch byte {
            case UInt8(ascii: "\n"): "&#10;"
            case UInt8(ascii: "\t"): "&#9;"
            default: nil
            }
        }
        out += "\""
        return out.string
    }
}
