// Internals/: small internal helpers with no public API: the JSON string and number escaper
// that every JSON dtree writes goes through (JSONValue's writer, and the batch runner's stream).

/// How a JSON string's content is escaped.
package enum JSONEscaping: Sendable {
    /// What JSON requires: `"` and `\`, `\n`, `\r`, `\t`, and every other control character and
    /// DEL as a `\u` escape. The canonical form (the content hash) and run traces use it.
    case plain
    /// ``plain``, and `<`, `>`, `&` and the line separators U+2028/U+2029 as `\u` escapes too, so
    /// the text is safe inside an HTML `<script>` block or JavaScript source (exports, the page).
    case htmlSafe
    /// `\b` and `\f` as short escapes too, other control characters, DEL, the C1 controls and the
    /// bidirectional controls (U+202A–U+202E, U+2066–U+2069) as `\u` escapes: dtree's reports
    /// (diagnostics, SARIF, test and diff reports) are JSON a terminal may show, so what a
    /// terminal would act on is escaped by JSON's rules, never by the terminal escaper's.
    case report
}

/// Writes JSON strings and integers as bytes, for ``JSONValue`` and for streams that write
/// JSON without building a value (batch runs).
enum JSONText {
    /// `text` as a JSON string literal, quotes included.
    static func quoted(_ text: String, escaping: JSONEscaping = .plain) -> String {
        var bytes: [UInt8] = []
        appendQuoted(text, to: &bytes, escaping: escaping)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal, quotes included, to `bytes` (see ``JSONEscaping``).
    static func appendQuoted(_ text: String, to bytes: inout [UInt8], escaping: JSONEscaping = .plain) {
        bytes.append(UInt8(ascii: "\""))
        switch escaping {
        case .plain:
            for byte in text.utf8 { appendEscaped(byte, to: &bytes) }
        case .report:
            let utf8 = Array(text.utf8)
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                index += 1
                switch byte {
                case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
                case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
                case 0xC2 where index < utf8.count && (0x80...0x9F).contains(utf8[index]):
                    // U+0080–U+009F, the C1 controls, are C2 80 to C2 9F in UTF-8.
                    appendEscape(UInt16(utf8[index]), to: &bytes)
                    index += 1
                case 0xE2 where index + 1 < utf8.count && Self.isBidiControl(utf8[index], utf8[index + 1]):
                    appendEscape(0x2000 | UInt16(utf8[index] & 0x3F) << 6 | UInt16(utf8[index + 1] & 0x3F), to: &bytes)
                    index += 2
                default: appendEscaped(byte, to: &bytes)
                }
            }
        case .htmlSafe:
            let utf8 = Array(text.utf8)
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                index += 1
                if byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") {
                    appendEscape(UInt16(byte), to: &bytes)
                } else if byte == 0xE2, index + 1 < utf8.count, utf8[index] == 0x80, utf8[index + 1] == 0xA8 || utf8[index + 1] == 0xA9 {
                    // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
                    appendEscape(utf8[index + 1] == 0xA8 ? 0x2028 : 0x2029, to: &bytes)
                    index += 2
                } else {
                    appendEscaped(byte, to: &bytes)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether E2 `second` `third` in UTF-8 is a bidirectional control: U+202A–U+202E (E2 80
    /// AA–AE) or U+2066–U+2069 (E2 81 A6–A9).
    private static func isBidiControl(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third))
    }

    /// Appends one UTF-8 byte of a string's content, escaped as JSON requires.
    @inline(__always)
    private static func appendEscaped(_ byte: UInt8, to bytes: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
        case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
        case 0..<0x20, 0x7F: appendEscape(UInt16(byte), to: &bytes)
        default: bytes.append(byte)
        }
    }

    /// Appends `\uXXXX` (lowercase hex) for a BMP code point.
    private static func appendEscape(_ value: UInt16, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u")])
        for shift in stride(from: 12, through: 0, by: -4) { bytes.append(hexDigit(UInt8((value >> UInt16(shift)) & 0xF))) }
    }

    /// Appends the decimal digits of `number` to `bytes`.
    static func appendInteger(_ number: Int, to bytes: inout [UInt8]) {
        if number < 0 {
            bytes.append(UInt8(ascii: "-"))
            bytes.append(contentsOf: Array(String(number.magnitude).utf8))
            return
        }
        if number < 10 {
            bytes.append(UInt8(ascii: "0") &+ UInt8(number))
            return
        }
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = number
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 {
                buffer[count] = UInt8(ascii: "0") &+ UInt8(rest % 10)
                rest /= 10
                count += 1
            }
            for position in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[position]) }
        }
    }

    /// Appends a finite `number` as Swift spells it, without a trailing `.0` (`50`, `12.5`,
    /// `1e-07`): the form dtree's reports have always had.
    static func appendNumber(_ number: Double, to bytes: inout [UInt8]) {
        var text = number.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
