@testable import DecisionTree
import Foundation
import Testing

/// `trimmingWhitespace()` and `trimmingWhitespaceAndNewlines()` (Internals/Text+Trimming) give
/// what Foundation's `trimmingCharacters(in:)` gives, on strings and substrings.
@Suite struct TextTrimmingTests {
    static let samples = [
        "", " ", "\t\t", "yes", "  yes\t", "\u{00A0}да\u{2003}", " \u{0301}abc ", "a b", "  Боль между лопатками  ",
        "\n a \n", "\r\nx\u{2028}", "👍🏽 ", " e\u{0301}", "\u{3000}全角\u{3000}", "a\u{0301} ",
    ]

    @Test(arguments: samples)
    func trimmingMatchesFoundation(text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines))
        let padded = "#" + text + "#"
        let inner = padded.dropFirst().dropLast()
        #expect(inner.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
    }
}
