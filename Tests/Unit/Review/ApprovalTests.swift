@testable import DecisionTree
import Foundation
import TestSupport
import Testing

/// Appending a sign-off to a tree file's text: where it goes, and what is refused.
@Suite struct ApprovalTests {
    private let digestOfNothing = String(repeating: "0", count: 64)

    private func signOff(_ tree: Tree, by: String = "C", note: String? = nil) -> SignOff {
        SignOff(by: by, role: "lead", date: "2026-11-26", sha256: ContentHash.of(tree), note: note)
    }

    @Test func aSignOffGoesAfterTheLastOneBeforeTheNextKey() throws {
        let body = try ReviewFixtures.referralText()
        let split = try #require(body.range(of: "nodes:\n"))
        let text =
            body[..<split.lowerBound]
            + "review:   # sign-offs\n  - by: A\n    role: r\n    date: 2026-11-20\n    sha256: \(digestOfNothing)\n\n# the nodes\n"
            + body[split.lowerBound...]
        let tree = try Fixtures.tree(String(text))
        let updated = try Approval.appending(signOff(tree, note: "it's fine"), to: String(text), path: "referral.yaml", tree: tree)
        let expected = String(text).replacingOccurrences(
            of: "    sha256: \(digestOfNothing)\n",
            with:
                "    sha256: \(digestOfNothing)\n  - by: C\n    role: lead\n    date: 2026-11-26\n    sha256: \(ContentHash.of(tree))\n    note: \"it's fine\"\n"
        )
        #expect(updated == expected)
        let reloaded = try Fixtures.tree(updated)
        #expect(reloaded.review.map(\.by) == ["A", "C"])
    }

    @Test func crlfLineEndsAreKept() throws {
        let text = try ReviewFixtures.referralText().replacingOccurrences(of: "\n", with: "\r\n")
        let tree = try Fixtures.tree(text)
        let updated = try Approval.appending(signOff(tree), to: text, path: "referral.yaml", tree: tree)
        #expect(updated.hasPrefix(text))
        #expect(
            updated.hasSuffix(
                "\r\nreview:\r\n  - by: C\r\n    role: lead\r\n    date: 2026-11-26\r\n    sha256: \(ContentHash.of(tree))\r\n"))
    }

    @Test func aFlowListAndAJSONTreeAreRefused() throws {
        let flow = try ReviewFixtures.referralText() + "review: []\n"
        let tree = try Fixtures.tree(flow)
        #expect(throws: Approval.ApprovalError.self) { try Approval.appending(signOff(tree), to: flow, path: "referral.yaml", tree: tree) }
        let json = try String(contentsOfFile: ReviewFixtures.path("referral.json"), encoding: .utf8)
        let jsonTree = try Fixtures.tree(json)
        do {
            _ = try Approval.appending(signOff(jsonTree), to: json, path: "referral.json", tree: jsonTree)
            Issue.record("a JSON tree was edited")
        } catch {
            #expect(error.reason.contains("one JSON object"))
        }
    }

    @Test func namesThatLookLikeYAMLAreQuoted() throws {
        let text = try ReviewFixtures.referralText()
        let tree = try Fixtures.tree(text)
        let updated = try Approval.appending(signOff(tree, by: "yes: #1 - \"Dr\""), to: text, path: "referral.yaml", tree: tree)
        #expect(try Fixtures.tree(updated).review.last?.by == "yes: #1 - \"Dr\"")
    }
}
