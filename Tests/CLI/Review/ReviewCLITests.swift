import DecisionTree
import Foundation
import TestSupport
import Testing

/// `dtree diff`, `dtree hash`, `dtree approve` and `dtree validate`'s review checks, end to end.
@Suite struct ReviewCLITests {
    private let referral = ReviewFixtures.path("referral.yaml")

    /// A scratch folder holding `referral.yaml` (the fixture's text, or `text`).
    private func folder(_ text: String? = nil) throws -> (ScratchFolder, String) {
        let scratch = try ScratchFolder()
        let path = try scratch.write("referral.yaml", try text ?? ReviewFixtures.referralText())
        return (scratch, path)
    }

    private func git(_ arguments: [String], in folder: URL) throws { try TestGit.run(arguments, in: folder) }

    @Test func hashPrintsTheSameDigestForYAMLAndJSON() throws {
        let yaml = try CLI.run(["hash", referral])
        let json = try CLI.run(["hash", ReviewFixtures.path("referral.json")])
        #expect(yaml.status == 0)
        #expect(yaml.stdout.count == 65 && yaml.stdout.hasSuffix("\n"))
        #expect(yaml.stdout == json.stdout)
    }

    @Test func diffExitsZeroForTheSameModelAndOneWhenTheyDiffer() throws {
        let same = try CLI.run(["diff", referral, ReviewFixtures.path("referral.json")])
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stdout.hasSuffix("the models are the same\n"))
        let (scratch, changed) = try folder(try ReviewFixtures.edited("any: neuro_now ", "any: trauma "))
        defer { scratch.cleanup() }
        let result = try CLI.run(["diff", referral, changed])
        #expect(result.status == 1)
        #expect(result.stdout.contains("  retargeted signs=any: neuro_now -> trauma  (OLD line 9, NEW line 9)\n"))
        #expect(
            result.stdout.contains(
                "outcomes that changed:\n  neurologist (urgent) -> traumatologist (urgency not stated)\n    with signs=Weak legs\n"))
        #expect(result.stdout.contains("  OLD: no sign-off\n  NEW: no sign-off\n"))
    }

    @Test func diffFormatsGitHubAndJSON() throws {
        let (scratch, changed) = try folder(try ReviewFixtures.edited("any: neuro_now ", "any: trauma "))
        defer { scratch.cleanup() }
        let github = try CLI.run(["diff", referral, changed, "--format", "github"])
        #expect(github.status == 1)
        let lines = github.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("::notice file=\(changed),line=6::node 'signs' changed: targets") })
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "::warning file=\(changed),line=21::outcome changed: neurologist (urgent) -> traumatologist (urgency not stated), with signs=Weak legs"
                )
            })
        let json = try CLI.run(["diff", referral, changed, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["same"] as? Bool == false)
        let outcomes = try #require(object["outcomes"] as? [[String: Any]])
        #expect(outcomes.first?["new"] as? String == "traumatologist (urgency not stated)")
    }

    @Test func diffOfAnInvalidOrMissingTreeExitsTwoWithItsDiagnostics() throws {
        let (scratch, broken) = try folder(
            "tree: referral\ntitle: T\nstart: a\nnodes:\n  a:\n    question: Q?\n    answers: {yes: b, no: a}\n")
        defer { scratch.cleanup() }
        let invalid = try CLI.run(["diff", referral, broken])
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains("error: 'b' names no node"))
        #expect(invalid.stderr.contains("not a valid tree; nothing compared"))
        let missing = try CLI.run(["diff", referral, scratch.url.appendingPathComponent("nope.yaml").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read file: no such file"))
        let neither = try CLI.run(["diff", "Makefile", "README.md"])
        #expect(neither.status == 2)
        #expect(neither.stderr.contains("Makefile: not a valid tree; nothing compared"))
        #expect(neither.stderr.contains("README.md: not a valid tree; nothing compared"))
        let usage = try CLI.run(["diff", referral])
        #expect(usage.status == 64)
    }

    @Test func diffReadsAGitRevision() throws {
        let (scratch, path) = try folder()
        defer { scratch.cleanup() }
        try git(["init", "-q"], in: scratch.url)
        try git(["add", "referral.yaml"], in: scratch.url)
        try git(["commit", "-q", "-m", "v1"], in: scratch.url)
        try ReviewFixtures.edited("See a neurologist today.", "See a neurologist within the hour.").write(
            toFile: path, atomically: true, encoding: .utf8)
        let byRev = try CLI.run(["diff", "--rev", "HEAD", "referral.yaml"], directory: scratch.url)
        #expect(byRev.status == 1, "\(byRev.stderr)")
        #expect(byRev.stdout.hasPrefix("OLD HEAD:referral.yaml"))
        #expect(byRev.stdout.contains("  changed  neuro_now: advice  (OLD line 11, NEW line 11)"))
        let bySpec = try CLI.run(["diff", "HEAD:" + path, path])
        #expect(bySpec.status == 1, "\(bySpec.stderr)")
        let noRevision = try CLI.run(["diff", "--rev", "no-such-rev", "referral.yaml"], directory: scratch.url)
        #expect(noRevision.status == 2)
        #expect(noRevision.stderr.hasPrefix("no-such-rev:referral.yaml: error: cannot read from git:"))
        let outside = try ScratchFolder()
        defer { outside.cleanup() }
        try outside.write("referral.yaml", try ReviewFixtures.referralText())
        let notARepository = try CLI.run(["diff", "--rev", "HEAD", "referral.yaml"], directory: outside.url)
        #expect(notARepository.status == 2)
        #expect(notARepository.stderr.contains("is not in a git repository"))
    }

    @Test func diffDrawsAPicture() throws {
        let (scratch, changed) = try folder(try ReviewFixtures.edited("any: neuro_now ", "any: trauma "))
        defer { scratch.cleanup() }
        let png = scratch.url.appendingPathComponent("diff.png").path
        let result = try CLI.run(["diff", referral, changed, "-o", png])
        #expect(result.status == 1, "\(result.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func approveKeepsCommentsAndRecordsTheHash() throws {
        let original = try ReviewFixtures.referralText() + "# a trailing comment\n"
        let (scratch, path) = try folder(original)
        defer { scratch.cleanup() }
        let first = try CLI.run(["approve", path, "--by", "Dr A. Example", "--role", "neurologist", "--date", "2026-11-20"])
        #expect(first.status == 0, "\(first.stderr)")
        let digest = try CLI.run(["hash", path]).stdout.trimmingCharacters(in: .newlines)
        let loaded = try #require(try TreeLoader.load(contentsOf: path).tree)
        let nodes = ContentHash.nodeDigestText(loaded)
        #expect(nodes.hasPrefix("signs=") && nodes.split(separator: " ").count == loaded.nodes.count)
        let afterFirst = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            afterFirst == original
                + "\nreview:\n  - by: Dr A. Example\n    role: neurologist\n    date: 2026-11-20\n    sha256: \(digest)\n    tests: none\n    nodes: \"\(nodes)\"\n"
        )
        let second = try CLI.run([
            "approve", path, "--by", "B", "--role", "clinical lead", "--note", "yes: checked", "--date", "2026-11-21",
        ])
        #expect(second.status == 0, "\(second.stderr)")
        let afterSecond = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            afterSecond == afterFirst
                + "  - by: B\n    role: clinical lead\n    date: 2026-11-21\n    sha256: \(digest)\n    note: \"yes: checked\"\n    tests: none\n    nodes: \"\(nodes)\"\n"
        )
        let tree = try #require(try TreeLoader.load(contentsOf: path).tree)
        #expect(tree.review.map(\.by) == ["Dr A. Example", "B"])
        #expect(ReviewCheck.status(of: tree) == .current(tree.review[1]))
    }

    @Test func approveRefusesABadDateAndAnInvalidTreeChangingNothing() throws {
        let bad =
            try ReviewFixtures.referralText()
            + "review:\n  - by: A\n    role: r\n    date: 2026-02-30\n    sha256: \(String(repeating: "0", count: 64))\n"
        let (scratch, path) = try folder(bad)
        defer { scratch.cleanup() }
        let invalid = try CLI.run(["approve", path, "--by", "A", "--role", "r"])
        #expect(invalid.status == 1)
        #expect(invalid.stderr.contains("referral.yaml:32:11: error: '2026-02-30' is not a date"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == bad)
        let usage = try CLI.run(["approve", referral, "--by", "A", "--role", "r", "--date", "26-11-2026"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("'26-11-2026' is not a date; give --date as YYYY-MM-DD"))
    }

    @Test func aStaleReviewWarnsAndStrictFails() throws {
        let (scratch, path) = try folder()
        defer { scratch.cleanup() }
        #expect(try CLI.run(["approve", path, "--by", "A", "--role", "neurologist"]).status == 0)
        #expect(try CLI.run(["validate", "--strict", path]).status == 0)
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(
            of: "See a neurologist today.", with: "See a neurologist now.")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let warned = try CLI.run(["validate", path])
        #expect(warned.status == 0)
        #expect(warned.stdout.contains("referral.yaml:31:5: warning: the latest sign-off (A, neurologist,"))
        #expect(warned.stdout.contains("[review-stale]"))
        // No git history, but the sign-off's node digests name the node that changed.
        #expect(
            warned.stdout.contains("; changed since (by the sign-off's node digests): neuro_now (changed) [review-stale]"),
            "\(warned.stdout)")
        let strict = try CLI.run(["validate", "--strict", path])
        #expect(strict.status == 1)
        let diff = try CLI.run(["diff", referral, path])
        #expect(diff.stdout.contains("  NEW: A, neurologist, "))
        #expect(diff.stdout.contains(": stale (approved "))
    }

    @Test func aStaleReviewNamesWhatChangedWhenGitHasTheApprovedVersion() throws {
        let (scratch, path) = try folder()
        defer { scratch.cleanup() }
        #expect(try CLI.run(["approve", path, "--by", "A", "--role", "neurologist"]).status == 0)
        try git(["init", "-q"], in: scratch.url)
        try git(["add", "referral.yaml"], in: scratch.url)
        try git(["commit", "-q", "-m", "approved"], in: scratch.url)
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "      yes: trauma", with: "      yes: rest")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let warned = try CLI.run(["validate", "referral.yaml"], directory: scratch.url)
        #expect(warned.stdout.contains("; changed since: injury (targets); 1 outcome pair changed, first "), "\(warned.stdout)")
    }

    @Test func requireReviewWarnsAboutATreeWithNoSignOff() throws {
        let plain = try CLI.run(["validate", "--strict", referral])
        #expect(plain.status == 0)
        let required = try CLI.run(["validate", "--require-review", referral])
        #expect(required.status == 0)
        #expect(required.stdout.contains("warning: the tree has no sign-off; a reviewer approves it with 'dtree approve"))
        #expect(required.stdout.contains("[review-missing]"))
        #expect(try CLI.run(["validate", "--strict", "--require-review", referral]).status == 1)
    }
}
