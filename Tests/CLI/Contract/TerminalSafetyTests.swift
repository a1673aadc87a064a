import DecisionTree
import Foundation
import TestSupport
import Testing

/// Control characters from input files never reach a terminal or a log raw: diagnostics, run
/// screens, batch messages and test output show them escaped (`\u{1B}`).
@Suite struct TerminalSafetyTests {
    /// A tree whose labels carry ESC sequences and a BEL (YAML's `\e` and `\a` escapes).
    static let hostile = #"""
        tree: hostile
        title: "Title \e]0;pwned\a"
        start: q
        nodes:
          q:
            question: "Clear \e[2J screen?"
            answers: {yes: done, no: other}
          done:
            outcome: "Done \e[31mred\e[0m"
          other:
            outcome: Other
        """#

    private func expectSafe(_ text: String, _ context: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(
            !text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 },
            "\(context): raw control characters in \(text.debugDescription)", sourceLocation: sourceLocation)
    }

    @Test func theHelperEscapesControlsOnly() {
        #expect(TerminalText.escaped("a\u{1B}[2Jb\u{7}c\rd\u{9B}e\u{7F}") == "a\\u{1B}[2Jb\\u{7}c\\u{D}d\\u{9B}e\\u{7F}")
        #expect(TerminalText.escaped("line\n\ttab é ✓") == "line\n\ttab é ✓")
        let once = TerminalText.escaped("\u{1B}")
        #expect(TerminalText.escaped(once) == once)
        // Bidirectional overrides and isolates reorder what a reader sees: shown escaped too;
        // right-to-left text itself is left alone.
        #expect(
            TerminalText.escaped("refer\u{202E}lanoitar\u{202C} \u{2066}x\u{2069}") == "refer\\u{202E}lanoitar\\u{202C} \\u{2066}x\\u{2069}"
        )
        #expect(TerminalText.escaped("שלום") == "שלום")
    }

    @Test func diagnosticsShowControlsEscapedWithTheCaretInPlace() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        // A raw ESC in the file (YAML refuses it) and an unknown target named with escapes.
        let raw = try scratch.write("raw.yaml", "tree: t\ntitle: \u{1B}[31mT\nstart: a\n")
        let named = try scratch.write("named.yaml", Self.hostile.replacingOccurrences(of: "no: other", with: "no: \"oth\\e[5mer\""))
        for format in ["text", "github", "json"] {
            let result = try CLI.run(["validate", "--format", format, raw, named])
            #expect(result.status == 1)
            expectSafe(result.stdout + result.stderr, format)
            if format != "json" { #expect(result.stdout.contains("\\u{1B}"), "\(format): \(result.stdout)") }
        }
        let text = try CLI.run(["validate", raw]).stdout
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let source = lines.firstIndex(where: { $0.hasPrefix("title: ") }), source + 1 < lines.count {
            #expect(lines[source] == "title: \\u{1B}[31mT")
            // The caret sits under the escape, where the raw ESC was.
            #expect(lines[source + 1] == "       ^", "\(text)")
        } else {
            Issue.record("no source line in \(text)")
        }
    }

    @Test func runScreensShowControlsEscaped() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let tree = try scratch.write("hostile.yaml", Self.hostile)
        let piped = try CLI.run(["run", tree], stdin: "yes\n")
        #expect(piped.status == 0, "\(piped.stderr)")
        expectSafe(piped.stdout + piped.stderr, "piped run")
        #expect(piped.stdout.contains("Done \\u{1B}[31mred\\u{1B}[0m"), "\(piped.stdout)")
        let wrong = try CLI.run(["run", tree], stdin: "\u{1B}[2J\n")
        #expect(wrong.status == 1)
        expectSafe(wrong.stdout + wrong.stderr, "a wrong piped answer")
        let stopped = try CLI.run(["run", tree], stdin: "")
        expectSafe(stopped.stdout + stopped.stderr, "stopped")
    }

    @Test func batchMessagesShowControlsEscaped() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let tree = try scratch.write("hostile.yaml", Self.hostile)
        let cases = "{\"q\":\"\\u001b]0;pwned\\u0007\"}\n{\"q\\u001b[2J\":\"yes\"}\n{\"q\":\"yes\"}\n"
        let result = try CLI.run(["run", tree, "--cases", "-"], stdin: cases)
        #expect(result.status == 1)
        expectSafe(result.stderr, "batch summary")
        #expect(result.stderr.contains("\\u{1B}"), "\(result.stderr)")
        // Standard output is JSON Lines: escaped by JSON itself.
        expectSafe(result.stdout, "batch output")
    }

    @Test func testOutputShowsControlsEscaped() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        try scratch.write("hostile.yaml", Self.hostile)
        let file = try scratch.write(
            "hostile.tests.yaml",
            #"""
            tree: hostile.yaml
            cases:
              - name: "red \e[31mflag\a"
                answers: {q: yes}
                expect: other
              - name: "unknown answer"
                answers: {q: "\e[2J"}
                expect: done
            """#)
        for format in ["text", "github"] {
            let result = try CLI.run(["test", "--format", format, file])
            #expect(result.status == 1)
            expectSafe(result.stdout + result.stderr, format)
            #expect(result.stdout.contains("red \\u{1B}[31mflag\\u{7}"), "\(format): \(result.stdout)")
        }
    }
}
