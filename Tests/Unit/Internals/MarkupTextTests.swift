@testable import DecisionTree
import Testing

/// The byte-level fast paths of the markup escapers (Internals/UntrustedText, XMLText,
/// UTF8TextBuilder) give what the scalar-by-scalar definitions give.
@Suite struct MarkupTextTests {
    /// Pieces that exercise every byte rule: controls, DEL, C1, the bidirectional controls and
    /// their neighbours, noncharacters, supplementary planes, markup characters, curly quotes.
    static let pieces: [String] = [
        "plain", " ", "\n", "\t", "\r", "\r\n", "\u{0}", "\u{1B}", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "°", "«»",
        "\u{202A}", "\u{202E}", "\u{2029}", "\u{202F}", "\u{2066}", "\u{2069}", "\u{2065}", "\u{206A}", "—", "‘’“”",
        scalar(0xFDD0), scalar(0xFDEF), "\u{FDF0}", "\u{FFFD}", scalar(0xFFFE), scalar(0xFFFF), scalar(0x1FFFE),
        scalar(0x10FFFF), "😀",
        "&", "<", ">", "\"", "'", "\\", "Боль", "ألم", "e\u{0301}", "\u{E2}",
    ]

    /// A one-scalar string (Swift refuses noncharacters in literals).
    static func scalar(_ value: UInt32) -> String { Unicode.Scalar(value).map { String(Character($0)) } ?? "" }

    /// Every piece alone, every pair, and a few longer mixes.
    static var samples: [String] {
        var all = pieces
        for first in pieces { for second in pieces { all.append(first + second) } }
        all.append(pieces.joined())
        all.append(pieces.reversed().joined(separator: " x "))
        return all
    }

    /// ``UntrustedText/markupSafe(_:)`` as it was defined before its byte check.
    static func markupSafeByScalars(_ text: String) -> String {
        let clean = UntrustedText.sanitized(text)
        guard clean.unicodeScalars.contains(where: UntrustedText.isBidiControl) else { return clean }
        return UntrustedText.visibleBidi(clean)
    }

    @Test func markupSafeMatchesTheScalarDefinition() {
        for text in Self.samples {
            #expect(UntrustedText.markupSafe(text) == Self.markupSafeByScalars(text), "\(Array(text.unicodeScalars))")
            if UntrustedText.isMarkupSafeAsIs(text) {
                #expect(Self.markupSafeByScalars(text) == text, "\(Array(text.unicodeScalars))")
            }
        }
    }

    @Test func xmlEscapingMatchesTheScalarDefinition() {
        for text in Self.samples {
            var expected = ""
            for scalar in Self.markupSafeByScalars(text).unicodeScalars {
                if let entity = UntrustedText.markupEntity(scalar) {
                    expected += entity
                } else if scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value) && scalar.value != 0xFFFE
                    && scalar.value != 0xFFFF || scalar == "\n" || scalar == "\t"
                {
                    expected.unicodeScalars.append(scalar)
                }
            }
            #expect(XMLText.escaped(text) == expected, "\(Array(text.unicodeScalars))")
        }
    }

    @Test func builderReplacesOnlyASCIIAndCopiesTheRest() {
        var builder = UTF8TextBuilder("[")
        builder.append("a<b>—ألم&😀") { $0 == UInt8(ascii: "<") ? "&lt;" : $0 == UInt8(ascii: "&") ? "&amp;" : nil }
        builder.append(Unicode.Scalar(0x1F600)!)
        builder += "]"
        #expect(builder.string == "[a&lt;b>—ألم&amp;😀😀]")
    }
}
