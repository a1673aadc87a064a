// Internals/: the one escaper for XML and HTML text and attribute values (the SVG chart, the
// review page, JUnit reports); untrusted text goes into markup only through it.

/// Escaping of untrusted text for XML and HTML text and attribute values.
package enum XMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` as entities, and characters XML forbids removed
    /// (after ``UntrustedText/markupSafe(_:)``: bidirectional controls shown, not obeyed).
    package static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in UntrustedText.markupSafe(text).unicodeScalars {
            if let entity = UntrustedText.markupEntity(scalar) {
                out += entity
                continue
            }
            switch scalar {
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case "\r": out += "\n"
            default:
                // XML 1.0 forbids C0 controls (but tab and newlines) and the non-characters FFFE/FFFF.
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF || (0x7F...0x9F).contains(scalar.value) {
                    continue
                }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `value` as a quoted XML attribute value: ``escaped(_:)``, with line breaks and tabs as
    /// character references, so that an XML reader's attribute normalisation keeps them.
    package static func quotedAttribute(_ value: String) -> String {
        var out = "\""
        for scalar in escaped(value).unicodeScalars {
            switch scalar {
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
