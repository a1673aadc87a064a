// Internals/: small internal helpers with no public API: JSON text written by hand.

/// Writes JSON text by hand, so keys keep the documented order and output is fast.
enum JSONText {
    /// `text` as a JSON string literal, quotes included.
    ///
    /// With `htmlSafe`, `<`, `>`, `&` and the line separators U+2028/U+2029 are also written
    /// as `\u` escapes, so the text is safe inside an HTML `<script>` block or JavaScript source.
    static func quoted(_ text: String, htmlSafe: Bool = false) -> String {
        var bytes: [UInt8] = []
        appendQuoted(text, to: &bytes, htmlSafe: htmlSafe)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal, quotes included, to `bytes` (see ``quoted(_:htmlSafe:)``).
    static func appendQuoted(_ text: String, to bytes: inout [UInt8], htmlSafe: Bool = false) {
        bytes.append(UInt8(ascii: "\""))
        if !htmlSafe {
            for byte in text.utf8 { appendEscaped(byte, to: &bytes) }
        } else {
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
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
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

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}

extension JSONText {
    /// Appends `items` as a JSON array of strings.
    static func appendList(_ items: [String], to bytes: inout [UInt8], htmlSafe: Bool = false) {
        bytes.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendQuoted(item, to: &bytes, htmlSafe: htmlSafe)
        }
        bytes.append(UInt8(ascii: "]"))
    }
}

/// Writes one compact JSON object, keys in the order they are written.
struct JSONObjectWriter {
    var bytes: [UInt8] = [UInt8(ascii: "{")]
    private var first = true

    /// Writes `"name":`, with a comma before it when needed.
    mutating func key(_ name: String) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        JSONText.appendQuoted(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    /// Writes `"name":"value"`.
    mutating func field(_ name: String, _ value: String) {
        key(name)
        JSONText.appendQuoted(value, to: &bytes)
    }

    /// The object's bytes, closed.
    func finish() -> [UInt8] { bytes + [UInt8(ascii: "}")] }
}
