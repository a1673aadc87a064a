// Internals/: text built as UTF-8 bytes, the one way escapers and cleaners build their output
// (appending one scalar at a time to a `String` costs hundreds of instructions a scalar).

/// A `String` under construction, kept as UTF-8 bytes until ``string`` is asked for.
///
/// `String.unicodeScalars.append(_:)` measured about 460 instructions a scalar (callgrind,
/// release build): escaping a chart's outline for its SVG `<desc>` took 5 M instructions for
/// 9,000 scalars. Appending bytes to an array is a few instructions each; the bytes are
/// valid UTF-8 by construction (whole scalars and whole strings only), so ``string`` does not
/// repair anything.
package struct UTF8TextBuilder {
    private var bytes: [UInt8]

    /// An empty builder with room for `capacity` bytes.
    package init(capacity: Int = 0) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// A builder that starts with `start`.
    package init(_ start: String) { bytes = Array(start.utf8) }

    /// Whether nothing has been appended.
    package var isEmpty: Bool { bytes.isEmpty }

    /// Appends one scalar's UTF-8 bytes.
    package mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            bytes.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }

    /// Appends `text` whole.
    package mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Appends `text` with each ASCII byte for which `replacement` gives text replaced by that
    /// text. Bytes of longer UTF-8 sequences are never asked about (no such byte is ASCII),
    /// so they are copied whole, and the runs between replacements are copied at once.
    package mutating func append(_ text: String, replacingASCII replacement: (UInt8) -> String?) {
        var text = text
        text.withUTF8 { buffer in
            var runStart = 0
            for index in buffer.indices where buffer[index] < 0x80 {
                guard let replaced = replacement(buffer[index]) else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                bytes.append(contentsOf: replaced.utf8)
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart...]))
        }
    }

    /// Appends `text` whole.
    package static func += (builder: inout UTF8TextBuilder, text: String) { builder.append(text) }

    /// The text built so far.
    package var string: String { String(decoding: bytes, as: UTF8.self) }
}
