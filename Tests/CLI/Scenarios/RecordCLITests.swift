import Foundation
import TestSupport
import Testing

/// `dtree run --record` through the binary, then `dtree test` on what it wrote.
@Suite struct RecordCLITests {
    @Test func recordedSessionPassesAndKeepsComments() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let tree = try String(contentsOfFile: Fixtures.engineTreePath, encoding: .utf8)
        let treePath = try scratch.write("back-numbness.yaml", tree)
        let tests = try scratch.write(
            "back-numbness.tests.yaml",
            "# Reviewed by the clinical lead.\ntree: back-numbness.yaml\ncases:\n  # the first case\n  - name: one episode\n    answers: {red_flags: none, recurring: no}\n    expect: self_care\n"
        )
        let run = try CLI.run(["run", treePath, "--record", tests], stdin: "none\nyes\nno\novaries\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("recorded case"))
        let text = try String(contentsOfFile: tests, encoding: .utf8)
        #expect(text.hasPrefix("# Reviewed by the clinical lead.\ntree: back-numbness.yaml\ncases:\n  # the first case\n"))
        #expect(text.contains("gynecologist"))
        let test = try CLI.run(["test", tests])
        #expect(test.status == 0, "\(test.stdout)")
        #expect(test.stdout.hasSuffix("2 passed, 0 failed\n"), "\(test.stdout)")
    }

    @Test func unfinishedSessionRecordsNothing() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let tests = scratch.url.appendingPathComponent("new.tests.yaml").path
        let run = try CLI.run(["run", Fixtures.engineTreePath, "--record", tests], stdin: "none\n")
        #expect(run.status == 1)
        #expect(!FileManager.default.fileExists(atPath: tests))
    }
}

/// `run --record` into scenario files written with every line break libyaml knows (issue 25,
/// fault 4: CR-only text crashed the appender).
@Suite struct RecordLineBreakTests {
    @Test(arguments: ["\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}", "mixed"]) func recordsIntoAnyLineBreaks(_ lineBreak: String) throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let tree = try String(contentsOfFile: Fixtures.engineTreePath, encoding: .utf8)
        let treePath = try scratch.write("back-numbness.yaml", tree)
        let lines = [
            "tree: back-numbness.yaml", "cases:", "  - name: one episode", "    answers: {red_flags: none, recurring: no}",
            "    expect: self_care", "# after", "",
        ]
        let text =
            lineBreak == "mixed"
            ? zip(lines, ["\r", "\n", "\r\n", "\r", "\n", "\r", ""]).map { $0 + $1 }.joined()
            : lines.joined(separator: lineBreak)
        let tests = try scratch.write("back-numbness.tests.yaml", text)
        let run = try CLI.run(["run", treePath, "--record", tests], stdin: "none\nyes\nno\novaries\n")
        #expect(run.status == 0, "\(run.stderr)")
        let test = try CLI.run(["test", tests])
        #expect(test.stdout.hasSuffix("2 passed, 0 failed\n"), "\(test.stdout)")
    }
}
