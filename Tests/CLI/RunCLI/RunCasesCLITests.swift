import Foundation
import TestSupport
import Testing

/// `dtree run --cases` end to end.
@Suite struct RunCasesCLITests {
    let tree = Fixtures.engineTreePath

    static let cases = """
        {"red_flags": "none", "recurring": "no"}
        {"red_flags": [3, 5]}
        {"red_flags": "none", "recurring": "yes", "injury": "no", "therapist_finding": 1}
        {"red_flags": "none", "recurring": "yes"
        {"red_flags": "none", "recurring": "yes"}

        {"red_flags": 0, "recurring": "no"}

        """

    @Test func oneLinePerCaseBadLinesNamedAndCountsOnStandardError() throws {
        let folder = try ScratchFolder()
        defer { folder.cleanup() }
        let path = try folder.write("cases.jsonl", Self.cases)
        let result = try CLI.run(["run", tree, "--cases", path])
        #expect(result.status == 1)
        #expect(
            result.stdout == """
                {"case":1,"outcome":"self_care"}
                {"case":2,"outcome":"neurologist_now","refer":"neurologist","urgency":"urgent"}
                {"case":3,"referrals":[{"node":"therapist","refer":"therapist","advice":"See a therapist first. The therapist studies the symptoms and refers you on to a narrower specialist by the cause."},{"node":"urologist","refer":"urologist","advice":"The therapist refers you to a urologist for a kidney or prostate cause."}],"outcome":"urologist","refer":"urologist"}
                {"case":4,"error":"invalid JSON at column 41: expected ',' or '}'"}
                {"case":5,"error":"stopped at injury: no answer"}
                {"case":7,"outcome":"self_care"}

                """)
        #expect(
            result.stderr == """
                \(path):4: invalid JSON at column 41: expected ',' or '}'
                \(path):5: stopped at injury: no answer
                6 cases: 4 reached an outcome, 2 failed
                  neurologist_now  1
                  self_care        2
                  urologist        1
                  (error)          2

                """)
        for line in result.stdout.split(separator: "\n") {
            #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
        }
    }

    @Test func casesFromStandardInputAllGoodExit0() throws {
        let result = try CLI.run(
            ["run", tree, "--cases", "-"],
            stdin: "{\"red_flags\":\"Tingling\"}\n{\"red_flags\":[],\"recurring\":\"yes\",\"injury\":\"yes\"}")
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                {"case":1,"outcome":"neurologist_now","refer":"neurologist","urgency":"urgent"}
                {"case":2,"outcome":"trauma","refer":"traumatologist"}

                """)
        #expect(result.stderr.hasPrefix("2 cases: 2 reached an outcome, 0 failed\n"))
    }

    @Test func casesStartFromAnotherNode() throws {
        let result = try CLI.run(
            ["run", tree, "--from", "therapist_finding", "--cases", "-"], stdin: "{\"therapist_finding\": \"ovaries\"}\n")
        #expect(result.status == 0)
        #expect(result.stdout == #"{"case":1,"outcome":"gynecologist","refer":"gynecologist"}"# + "\n")
    }

    @Test func aManyCaseFileStreamsThrough() throws {
        let folder = try ScratchFolder()
        defer { folder.cleanup() }
        let line = #"{"red_flags": "none", "recurring": "yes", "injury": "no", "therapist_finding": "no serious cause"}"#
        let count = 20_000
        let path = try folder.write("many.jsonl", String(repeating: line + "\n", count: count))
        let result = try CLI.run(["run", tree, "--cases", path])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == count)
        #expect(
            lines.last
                == #"{"case":20000,"referrals":[{"node":"therapist","refer":"therapist","advice":"See a therapist first. The therapist studies the symptoms and refers you on to a narrower specialist by the cause."}],"outcome":"muscle_spasm"}"#
        )
        #expect(result.stderr.contains("muscle_spasm  20000"))
    }

    @Test func unreadableCasesAndConflictingFlags() throws {
        let missing = try CLI.run(["run", tree, "--cases", "/nonexistent/cases.jsonl"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/cases.jsonl: error: cannot read file"))
        let conflict = try CLI.run(["run", tree, "--cases", "-", "--json"], stdin: "")
        #expect(conflict.status != 0)
        #expect(conflict.stderr.contains("--cases cannot be combined with --answer or --json"))
    }
}
