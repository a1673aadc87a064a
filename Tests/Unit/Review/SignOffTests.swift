import DecisionTree
import Foundation
import TestSupport
import Testing

@Suite struct SignOffTests {
    private let digest = String(repeating: "0123456789abcdef", count: 4)

    private func load(_ review: String) throws -> LoadResult {
        TreeLoader.load(text: try ReviewFixtures.referralText() + review, path: "referral.yaml")
    }

    @Test func signOffsAreReadInFileOrder() throws {
        let result = try load(
            "review:\n  - by: Dr A\n    role: neurologist\n    date: 2026-11-20\n    sha256: \(digest)\n  - by: \"B, clinical lead\"\n    role: lead\n    date: 2026-11-21\n    sha256: \(digest)\n    note: ok\n"
        )
        let tree = try #require(result.tree, "\(result.diagnostics.map(\.summary))")
        #expect(tree.review.map(\.by) == ["Dr A", "B, clinical lead"])
        #expect(tree.review.last?.note == "ok")
        #expect(tree.review.first?.location?.line == 30)
    }

    @Test func aMalformedDateIsALocatedError() throws {
        let result = try load("review:\n  - by: Dr A\n    role: neurologist\n    date: 20/11/2026\n    sha256: \(digest)\n")
        #expect(result.tree == nil)
        let error = try #require(result.diagnostics.first)
        #expect(error.rule == .invalidSignOff)
        #expect(error.location == SourceLocation(line: 32, column: 11))
        #expect(error.message.contains("YYYY-MM-DD"))
    }

    @Test func aMalformedHashIsALocatedError() throws {
        let result = try load("review:\n  - by: Dr A\n    role: neurologist\n    date: 2026-11-20\n    sha256: ABC123\n")
        #expect(result.tree == nil)
        let error = try #require(result.diagnostics.first)
        #expect(error.rule == .invalidSignOff)
        #expect(error.location == SourceLocation(line: 33, column: 13))
        #expect(error.message.contains("64 lowercase hex"))
    }

    @Test func aMissingFieldAndAnUnknownKeyAreReported() throws {
        let result = try load("review:\n  - by: Dr A\n    rol: neurologist\n    date: 2026-11-20\n    sha256: \(digest)\n")
        #expect(result.tree == nil)
        #expect(result.diagnostics.map(\.rule) == [.unknownKey])  // read as 'role', so nothing more
        let missing = try load("review:\n  - by: Dr A\n    date: 2026-11-20\n    sha256: \(digest)\n")
        #expect(missing.diagnostics.map(\.rule) == [.missingField])
        #expect(missing.diagnostics.first?.message == "a sign-off needs 'role'")
    }

    @Test func datesAreRealDays() {
        #expect(SignOff.isDate("2024-02-29"))
        #expect(!SignOff.isDate("2023-02-29"))
        #expect(!SignOff.isDate("2026-13-01"))
        #expect(!SignOff.isDate("2026-1-01"))
        #expect(!SignOff.isDate("２０２６-01-01"))
        #expect(SignOff.isDigest(digest))
        #expect(!SignOff.isDigest(digest.uppercased()))
    }

    @Test func nodeDigestsNameTheNodesChangedAddedAndRemoved() throws {
        let old = try #require(try load("").tree)
        let recorded = ContentHash.nodeDigests(old)
        #expect(recorded.count == old.nodes.count && recorded.allSatisfy { $0.digest.count == 8 })
        #expect(ReviewCheck.digestSummary(recorded, tree: old).hasPrefix("no node changed"))
        // A whitespace or comment edit changes no digest.
        let text = try ReviewFixtures.referralText()
        let reformatted = try #require(TreeLoader.load(text: "# comment\n" + text, path: "r.yaml").tree)
        #expect(ContentHash.nodeDigestText(reformatted) == ContentHash.nodeDigestText(old))
        let edited = try #require(
            TreeLoader.load(
                text: text.replacingOccurrences(of: "See a neurologist today.", with: "See a neurologist now.")
                    .replacingOccurrences(of: "  rest:", with: "  rest_up:").replacingOccurrences(of: ": rest\n", with: ": rest_up\n"),
                path: "r.yaml"
            ).tree)
        let summary = ReviewCheck.digestSummary(recorded, tree: edited)
        #expect(summary.contains("neuro_now (changed)"), "\(summary)")
        #expect(summary.contains("rest_up (added)") && summary.contains("rest (removed)"), "\(summary)")
        // The recorded text reads back.
        let signOff = SignOff(by: "A", role: "r", date: "2026-12-01", sha256: digest, nodes: ContentHash.nodeDigestText(old))
        #expect(signOff.nodeDigests.map(\.id) == old.nodes.map(\.id))
    }
}
