@testable import DecisionTree
import Foundation
import TestSupport
import Testing
import TreeGenerator

/// `dtree diff` of two trees with no node id in common is bounded in time and memory, and says
/// where it stopped (issue 25, fault 6: 76 KB + 105 KB took 2.3 GB and 14 s, larger ones 20 GB).
@Suite struct BoundedDiffTests {
    @Test func theWalkInStepStopsAtItsBoundsAndSaysSo() throws {
        let old = try Fixtures.tree(TreeGenerator.wide(200))
        let new = try Fixtures.tree(
            TreeGenerator.wide(300).replacingOccurrences(of: "  n", with: "  m").replacingOccurrences(of: ": n", with: ": m"))
        let bounded = BehaviourDiff(old: old, new: new, maximumStates: 500, maximumListed: 1_000)
        #expect(!bounded.complete)
        #expect(bounded.statesVisited == 500)
        let listed = BehaviourDiff(old: old, new: new, maximumStates: 1_000_000, maximumListed: 7)
        #expect(!listed.complete)
        #expect(listed.outcomes.count == 7)
        #expect(BehaviourDiff(old: old, new: old).complete)
    }

    @Test func endsThatSayTheSamePairOnce() throws {
        // Every outcome says "Done" and every referral is the same: the pairs are about
        // |OLD| + 2 × |NEW| (one per kind of end), not |OLD| × |NEW|.
        func sameEnds(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix("    outcome: ") ? "    outcome: Done" : line.hasPrefix("    urgency: ") ? "    urgency: soon" : String(line)
            }.joined(separator: "\n")
        }
        let old = try Fixtures.tree(sameEnds(TreeGenerator.wide(1_500)))
        let new = try Fixtures.tree(
            sameEnds(TreeGenerator.wide(2_000).replacingOccurrences(of: "  n", with: "  m").replacingOccurrences(of: ": n", with: ": m")))
        let result = BehaviourDiff(old: old, new: new)
        #expect(result.complete)
        #expect(result.statesVisited <= old.nodes.count + 2 * new.nodes.count, "\(result.statesVisited)")
        #expect(result.outcomes.count == 2)
    }

    @Test func treesWithNoIdInCommonDiffQuickly() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let old = try scratch.write("old.yaml", TreeGenerator.wide(1_500))
        let new = try scratch.write(
            "new.yaml", TreeGenerator.wide(2_000).replacingOccurrences(of: "  n", with: "  m").replacingOccurrences(of: ": n", with: ": m"))
        let started = Date()
        let text = try CLI.run(["diff", old, new], timeout: 120)
        #expect(text.status == 1, "\(text.stderr)")
        #expect(text.stdout.contains("the behaviour comparison stopped after "), "\(text.stdout.suffix(2_000))")
        #expect(text.stdout.contains("the changes listed are the first found, not all"))
        let json = try CLI.run(["diff", old, new, "--format", "json"], timeout: 120)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["behaviourComplete"] as? Bool == false)
        #expect((object["outcomes"] as? [Any])?.count == BehaviourDiff.maximumListed)
        // Unbounded, this pair took over 300 s and 1.5 GB in a debug build.
        #expect(Date().timeIntervalSince(started) < 60)
    }
}
