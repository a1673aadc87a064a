// Internals/: numbers as upper- or lowercase hexadecimal digits padded to a width (`U+00A0`,
// `0x7F`, digests), without Foundation's String(format:).

/// Hexadecimal text of numbers.
package enum Hex {
    /// `value` in hexadecimal, at least `digits` digits (zeros in front): `00A0`.
    package static func padded<Value: BinaryInteger>(_ value: Value, digits: Int, uppercase: Bool = true) -> String {
        let text = String(value, radix: 16, uppercase: uppercase)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
