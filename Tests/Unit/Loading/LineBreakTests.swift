@testable import DecisionTree
import Foundation
import TestSupport
import Testing

/// Editing a YAML file's text (approve, record) cuts its lines where libyaml does: LF, CRLF, CR,
/// NEL, LS and PS, and mixtures of them (issue 25, fault 4: CR-only text crashed the appender).
@Suite struct LineBreakTests {
    /// Every line break libyaml knows, and two mixtures.
    static let variants: [(name: String, apply: @Sendable (String) -> String)] = [
        ("LF", { $0 }),
        ("CRLF", { $0.replacingOccurrences(of: "\n", with: "\r\n") }),
        ("CR", { $0.replacingOccurrences(of: "\n", with: "\r") }),
        ("NEL", { $0.replacingOccurrences(of: "\n", with: "\u{85}") }),
        ("LS", { $0.replacingOccurrences(of: "\n", with: "\u{2028}") }),
        ("PS", { $0.replacingOccurrences(of: "\n", with: "\u{2029}") }),
        ("mixed", { mixed($0, ["\n", "\r", "\r\n"]) }),
        ("mixed-unicode", { mixed($0, ["\u{2028}", "\n", "\u{85}", "\r"]) }),
    ]

    /// The text with its line breaks taken in turn from `breaks`.
    static func mixed(_ text: String, _ breaks: [String]) -> String {
        var out = "", index = 0
        for character in text {
            if character == "\n" {
                out += breaks[index % breaks.count]
                index += 1
            } else {
                out.append(character)
            }
        }
        return out
    }

    private func signOff(_ tree: Tree, by: String) -> SignOff {
        SignOff(by: by, role: "lead", date: "2026-11-26", sha256: ContentHash.of(tree), note: nil)
    }

    @Test(arguments: variants.indices) func approveAppendsUnderEveryLineBreak(_ index: Int) throws {
        let (name, apply) = Self.variants[index]
        let body = try ReviewFixtures.referralText()
        let split = try #require(body.range(of: "nodes:\n"))
        let withList =
            body[..<split.lowerBound]
            + "review:\n  - by: A\n    role: r\n    date: 2026-11-20\n    sha256: \(String(repeating: "0", count: 64))\n\n"
            + body[split.lowerBound...]
        for original in [body, String(withList)] {
            let text = apply(original)
            let tree = try Fixtures.tree(text)
            let first = try Approval.appending(signOff(tree, by: "B"), to: text, path: "t.yaml", tree: tree)
            let second = try Approval.appending(signOff(tree, by: "C"), to: first, path: "t.yaml", tree: try Fixtures.tree(first))
            let reloaded = try Fixtures.tree(second)
            #expect(reloaded.review.map(\.by).suffix(2) == ["B", "C"], "\(name)")
            #expect(reloaded.review.count == tree.review.count + 2, "\(name)")
            // Every byte of the original stays, in order.
            #expect(Self.isSubsequence(text, of: second), "\(name)")
        }
    }

    @Test func anAnchoredListIsAppendedTo() throws {
        let body = try ReviewFixtures.referralText()
        let split = try #require(body.range(of: "nodes:\n"))
        let text =
            body[..<split.lowerBound]
            + "review: &signed\n  # first\n  - by: A\n    role: r\n    date: 2026-11-20\n    sha256: \(String(repeating: "0", count: 64))\n"
            + body[split.lowerBound...]
        let tree = try Fixtures.tree(String(text))
        let updated = try Approval.appending(signOff(tree, by: "B"), to: String(text), path: "t.yaml", tree: tree)
        #expect(try Fixtures.tree(updated).review.map(\.by) == ["A", "B"])
        #expect(updated.contains("    sha256: \(String(repeating: "0", count: 64))\n  - by: B\n"))
    }

    @Test func linesAreCutAsLibyamlCutsThem() {
        let (lines, breaks) = YAMLListAppender.lines(of: "a\rb\r\nc\u{85}d\u{2028}e\u{2029}f\ng")
        #expect(lines == ["a", "b", "c", "d", "e", "f", "g"])
        #expect(breaks == ["\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}", "\n", ""])
    }

    private static func isSubsequence(_ small: String, of large: String) -> Bool {
        var iterator = large.unicodeScalars.makeIterator()
        for scalar in small.unicodeScalars {
            var found = false
            while let next = iterator.next() {
                if next == scalar {
                    found = true
                    break
                }
            }
            if !found { return false }
        }
        return true
    }
}
