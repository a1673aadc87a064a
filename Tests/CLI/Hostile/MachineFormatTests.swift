import DecisionTree
import Foundation
import TestSupport
import Testing

/// JSON and SARIF are JSON whatever the tree holds: the terminal escaper never touches them, and
/// what a terminal would act on (bidi overrides, C1 controls, DEL) is a JSON `\u` escape
/// (issue 25, fault 5).
@Suite struct MachineFormatTests {
    static let override = "\u{202E}"

    /// Parses `text` as JSON, or records why it is not.
    private func parse(_ text: String, _ what: String) -> Any? {
        do {
            return try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            Issue.record("\(what) is not JSON: \(error)\n\(text)")
            return nil
        }
    }

    private func check(_ output: String, _ what: String) {
        guard parse(output, what) != nil else { return }
        #expect(!output.contains(Self.override), "\(what) holds a raw U+202E")
        #expect(!output.contains("\u{85}") && !output.contains("\u{7F}"), "\(what) holds a raw control")
        #expect(output.contains("\\u202e"), "\(what): \(output)")
    }

    @Test func validateTestAndDiffWriteJSONThatParses() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let bad = try ReviewFixtures.edited("any: neuro_now ", "any: neuro\(Self.override)now ")
        let badPath = try scratch.write("bad.yaml", bad)
        for format in ["json", "sarif"] {
            let validated = try CLI.run(["validate", badPath, "--format", format])
            #expect(validated.status == 1)
            check(validated.stdout, "validate --format \(format)")
        }
        let treePath = try scratch.write("referral.yaml", try ReviewFixtures.referralText())
        let hostileName = "trick\(Self.override)ed\\u0085\\u007f"
        let tests = try scratch.write(
            "referral.tests.yaml", "tree: referral.yaml\ncases:\n  - name: \"\(hostileName)\"\n    answers: {}\n    expect: nowhere\n")
        for format in ["json", "sarif"] {
            let tested = try CLI.run(["test", tests, "--format", format])
            #expect(tested.status == 1, "\(tested.stdout)\(tested.stderr)")
            check(tested.stdout, "test --format \(format)")
        }
        let changed = try scratch.write(
            "changed.yaml", try ReviewFixtures.edited("outcome: Rest and watch", "outcome: Rest \(Self.override)and watch"))
        let diffed = try CLI.run(["diff", treePath, changed, "--format", "json"])
        #expect(diffed.status == 1)
        check(diffed.stdout, "diff --format json")
        // Text for a terminal is still escaped by the terminal escaper.
        let text = try CLI.run(["diff", treePath, changed])
        #expect(text.stdout.contains("\\u{202E}") && !text.stdout.contains(Self.override))
    }
}
