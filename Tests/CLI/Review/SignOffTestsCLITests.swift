import DecisionTree
import Foundation
import TestSupport
import Testing

/// A sign-off means the tests passed: `dtree approve` runs the tree's scenario file first and
/// records what it saw; `validate --require-review` reports a sign-off whose tests no longer pass.
@Suite struct SignOffTestsCLITests {
    /// A scratch copy of the shipped tree (with `old` replaced by `new`) and its scenario file.
    private func shippedCopy(
        replacing old: String? = nil, with new: String = "", withHazardLog: Bool = false
    ) throws -> (ScratchFolder, String) {
        var tree = try String(contentsOfFile: Fixtures.shippedTreePath, encoding: .utf8)
        if let old {
            let mutated = tree.replacingOccurrences(of: old, with: new)
            guard mutated != tree else { throw Fixtures.FixtureError(message: "no '\(old)' in the shipped tree") }
            tree = mutated
        }
        let scratch = try ScratchFolder()
        let path = try scratch.write("back-numbness.yaml", tree)
        let tests = CLI.packageRoot.appendingPathComponent("Trees/back-numbness.tests.yaml")
        try scratch.write("back-numbness.tests.yaml", String(contentsOf: tests, encoding: .utf8))
        if withHazardLog {
            // Its hazard log reviews its inferences (validate --strict counts the unreviewed ones).
            let hazards = CLI.packageRoot.appendingPathComponent("Trees/back-numbness.hazards.yaml")
            try scratch.write("back-numbness.hazards.yaml", String(contentsOf: hazards, encoding: .utf8))
        }
        return (scratch, path)
    }

    @Test func approveRecordsTheTestsItSaw() throws {
        let (scratch, path) = try shippedCopy()
        defer { scratch.cleanup() }
        let result = try CLI.run(["approve", path, "--by", "A", "--role", "neurologist", "--date", "2026-12-01"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix(", tests: 44 passed, coverage 100% outcomes, 100% edges\n"), "\(result.stdout)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("    tests: \"44 passed, coverage 100% outcomes, 100% edges\"\n"))
        let tree = try #require(TreeLoader.load(text: text, path: path).tree)
        #expect(tree.review.last?.tests == "44 passed, coverage 100% outcomes, 100% edges")
    }

    @Test func approveRefusesATreeWhoseTestsFailAndLeavesTheFileAlone() throws {
        // A re-route: numbness that came again goes to the therapist.
        let (scratch, path) = try shippedCopy(replacing: "again: {to: neurologist_now,", with: "again: {to: therapist,")
        defer { scratch.cleanup() }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try CLI.run(["approve", path, "--by", "A", "--role", "neurologist"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("error: not approved: the tests of "))
        #expect(
            result.stderr.contains("case 'numbness that came more than once or stays goes to a neurologist as soon as possible' failed"),
            "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func approveRefusesCoverageBelowTheMinimum() throws {
        let (scratch, path) = try shippedCopy()
        defer { scratch.cleanup() }
        let tests = try scratch.write(
            "few.tests.yaml",
            "tree: back-numbness.yaml\ncases:\n  - name: one\n    answers: {red_flags: none, injury: yes}\n    expect: trauma\n")
        let refused = try CLI.run(["approve", path, "--by", "A", "--role", "r", "--tests", tests, "--min-coverage", "50"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("outcome coverage 11.1% is below the minimum of 50%"), "\(refused.stderr)")
        let approved = try CLI.run(["approve", path, "--by", "A", "--role", "r", "--tests", tests, "--date", "2026-12-01"])
        #expect(approved.status == 0, "\(approved.stderr)")
        #expect(approved.stdout.contains("tests: 1 passed, coverage 11.1% outcomes, "))
    }

    @Test func approveRefusesCoverageBelowTheScenarioFilesOwnMinimum() throws {
        let (scratch, path) = try shippedCopy()
        defer { scratch.cleanup() }
        let tests = try scratch.write(
            "few.tests.yaml",
            "tree: back-numbness.yaml\nmin-coverage: 50\ncases:\n  - name: one\n    answers: {red_flags: none, injury: yes}\n    expect: trauma\n"
        )
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let refused = try CLI.run(["approve", path, "--by", "A", "--role", "r", "--tests", tests])
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains("outcome coverage 11.1% is below the minimum of 50% (min-coverage in \(tests))"),
            "\(refused.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        // A lower --min-coverage does not lower the file's minimum: the higher applies.
        #expect(try CLI.run(["approve", path, "--by", "A", "--role", "r", "--tests", tests, "--min-coverage", "10"]).status == 1)
    }

    @Test func approveWithoutAScenarioFileRecordsNone() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = try scratch.write("referral.yaml", try ReviewFixtures.referralText())
        let result = try CLI.run(["approve", path, "--by", "A", "--role", "r", "--date", "2026-12-01"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix(", tests: none\n"))
    }

    @Test func validateRequireReviewReportsASignOffWhoseTestsNoLongerPass() throws {
        let (scratch, path) = try shippedCopy(withHazardLog: true)
        defer { scratch.cleanup() }
        #expect(try CLI.run(["approve", path, "--by", "A", "--role", "neurologist", "--date", "2026-12-01"]).status == 0)
        let clean = try CLI.run(["validate", "--strict", "--require-review", path])
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        // The tree is as approved, but its scenario file now expects something else.
        let testsPath = scratch.url.appendingPathComponent("back-numbness.tests.yaml").path
        let tests = try String(contentsOfFile: testsPath, encoding: .utf8)
        try scratch.write(
            "back-numbness.tests.yaml",
            tests.replacingOccurrences(
                of: "expect: {node: trauma, refer: traumatologist, urgency: none}", with: "expect: {refer: neurologist}"))
        let stale = try CLI.run(["validate", "--strict", "--require-review", path])
        // (52: the 44 cases and invariants, and the hazard log's 8 hazards.)
        #expect(stale.status == 1)
        #expect(
            stale.stdout.contains(
                "recorded 'tests: 52 passed, coverage 100% outcomes, 100% edges', but the tests no longer pass: case 'an injury goes to a traumatologist with no urgency the text does not state' failed"
            ), "\(stale.stdout)")
        // Without --require-review the scenario file is not run.
        #expect(try CLI.run(["validate", path]).status == 0)
    }
}
