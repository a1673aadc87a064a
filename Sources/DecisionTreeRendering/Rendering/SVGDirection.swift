import FoundationEssentials

// Rendering/: right-to-left text marked in Graphviz's SVG output: a `<text>` whose first strong
// character is right-to-left (Arabic, Hebrew, Syriac, Thaana, N'Ko) gets `direction="rtl"`
// and, as Graphviz anchors labels at their left edge, the anchor that is the left edge in
// that direction.

/// Marks right-to-left labels in an SVG chart.
enum SVGDirection {
    /// `svg` with each `<text …>` element whose content starts (in its first strong character)
    /// right to left given `direction="rtl" unicode-bidi="embed"`, and `text-anchor="start"`
    /// turned to `"end"` (the same left edge, read right to left). Unchanged when no text is
    /// right to left.
    static func mark(_ svg: Data) -> Data {
        guard svg.withUnsafeBytes({ $0.contains(where: isRightToLeftLeadByte) }), let text = String(data: svg, encoding: .utf8),
            text.unicodeScalars.contains(where: isRightToLeft)
        else { return svg }
        var out = ""
        out.reserveCapacity(text.utf8.count + 256)
        var rest = text[...]
        while let open = rest.firstRange(of: "<text ") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: ">") else {
                rest = rest[open.lowerBound...]
                break
            }
            var tag = String(rest[open.lowerBound..<close])
            let contentEnd = rest[close...].firstRange(of: "</text>")?.lowerBound ?? rest.endIndex
            let content = rest[rest.index(after: close)..<contentEnd]
            if startsRightToLeft(content) {
                tag = tag.replacing("text-anchor=\"start\"", with: "text-anchor=\"end\"")
                tag += " direction=\"rtl\" unicode-bidi=\"embed\""
            }
            out += tag
            rest = rest[close...]
        }
        out += rest
        return Data(out.utf8)
    }

    /// Whether the first strong (letter) character of `text` is right to left.
    static func startsRightToLeft(_ text: Substring) -> Bool {
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            return isRightToLeft(scalar)
        }
        return false
    }

    /// Whether `byte` can start the UTF-8 form of a scalar ``isRightToLeft(_:)`` accepts:
    /// U+0590–U+07FF start with 0xD6–0xDF, U+0800–U+08FF with 0xE0, the presentation forms
    /// with 0xEF, and the two supplementary ranges with 0xF0. A chart with none of these bytes
    /// (most charts) is returned without decoding it.
    static func isRightToLeftLeadByte(_ byte: UInt8) -> Bool {
        (0xD6...0xE0).contains(byte) || byte == 0xEF || byte == 0xF0
    }

    /// Hebrew, Arabic, Syriac, Thaana, N'Ko and the Arabic presentation forms.
    static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
        default: false
        }
    }
}
