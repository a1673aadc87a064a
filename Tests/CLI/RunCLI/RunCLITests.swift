import Foundation
import TestSupport
import Testing

/// `dtree run` end to end, through the built binary, with piped standard input.
@Suite struct RunCLITests {
    let tree = Fixtures.engineTreePath

    @Test func pipedAnswersReachAnOutcomeWithoutDecoration() throws {
        let result = try CLI.run(["run", tree], stdin: "none\nyes\nno\novaries\n")
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(
            result.stdout == """
                First: Refer to: therapist: See a therapist first. The therapist studies the symptoms and refers you on to a narrower specialist by the cause.
                Refer to: gynecologist  (gynecologist)
                Advice:  The therapist refers you to a gynecologist for an ovarian cause.
                Path:
                  1. red_flags → none
                  2. recurring → yes
                  3. injury → no
                  4. therapist → then  (refer to therapist)
                  5. therapist_finding → ovaries
                  6. gynecologist
                Note: Decision support for clinical review, not medical advice. It follows one patient-information text and has not been clinically validated.

                """)
        #expect(!result.stdout.contains("> ") && !result.stdout.contains("Numb back"))
    }

    @Test func pipedChecklistNumbersAndAnOutcomeNode() throws {
        let urgent = try CLI.run(["run", tree], stdin: "3, 5\n")
        #expect(urgent.status == 0)
        #expect(urgent.stdout.hasPrefix("Refer to: neurologist  (neurologist_now)\nUrgency: urgent\n"))
        #expect(urgent.stdout.contains("  1. red_flags → Tingling, Active urination\n  2. neurologist_now\n"))
        let calm = try CLI.run(["run", tree], stdin: "0\r\nNO\r\n")
        #expect(calm.status == 0)
        #expect(calm.stdout.hasPrefix("Outcome: A single episode - no cause for worry now  (self_care)\nAdvice:  Numbness after"))
        #expect(!calm.stdout.contains("Urgency:"))
    }

    @Test func answersRunningOutStopWithTheNode() throws {
        let result = try CLI.run(["run", tree], stdin: "none\nyes\n")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "stopped at injury: no answer\n")
        let empty = try CLI.run(["run", tree], stdin: "")
        #expect(empty.status == 1)
        #expect(empty.stderr == "stopped at red_flags: no answer\n")
    }

    @Test func anInvalidPipedAnswerNamesTheNodeAndTheValidAnswers() throws {
        let result = try CLI.run(["run", tree], stdin: "none\nmaybe\nno\n")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: line 2: 'maybe' is not an answer to 'recurring'; valid: yes, no (or a number 1-2)\n")
        let checklist = try CLI.run(["run", tree], stdin: "b\n")
        #expect(checklist.status == 1)
        #expect(checklist.stderr.contains("'b' is not an answer to 'red_flags'; valid: Numbness comes back regularly"))
    }

    @Test func presetAnswersAnswerTheirNodes() throws {
        let all = try CLI.run(["run", tree, "--answer", "red_flags=none", "--answer", "recurring=2"], stdin: "")
        #expect(all.status == 0)
        #expect(all.stdout.contains("(self_care)"))
        let mixed = try CLI.run(["run", tree, "--answer", "injury=no", "--answer", "red_flags=0"], stdin: "yes\nno serious cause\n")
        #expect(mixed.status == 0)
        #expect(mixed.stdout.contains("  5. therapist_finding → no serious cause\n  6. muscle_spasm\n"))
        let checklist = try CLI.run(["run", tree, "--answer", "red_flags=tingling, 2"], stdin: "")
        #expect(checklist.stdout.contains("red_flags → Pain increases with movement, Tingling"))
    }

    /// Every bad `--answer` or `--from` is a usage error (exit 64) in the same words as `dtree render`,
    /// followed by the command's usage line.
    @Test(arguments: [
        (["--answer", "recuring=yes"], "the tree has no node 'recuring' (did you mean 'recurring'?)"),
        (["--answer", "recurring"], "'recurring' is not NODE=ANSWER"),
        (["--answer", "recurring=maybe"], "'maybe' is not an answer to 'recurring'; valid: yes, no"),
        (["--answer", "injury=yes", "--answer", "injury=no"], "'injury' is answered more than once"),
        (["--from", "therapist_findin"], "--from: the tree has no node 'therapist_findin' (did you mean 'therapist_finding'?)"),
    ])
    func badFlagsAreRefused(arguments: [String], message: String) throws {
        let result = try CLI.run(["run", tree] + arguments, stdin: "none\nyes\nyes\n")
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: \(message)\nUsage: dtree run "), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("\n  See 'dtree run --help' for more information.\n"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 3, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func fromStartsAnywhere() throws {
        let result = try CLI.run(["run", tree, "--from", "therapist_finding"], stdin: "4\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Path:\n  1. therapist_finding → no serious cause\n  2. muscle_spasm\n"))
        let fromRefer = try CLI.run(["run", tree, "--from", "therapist"], stdin: "kidney or prostate\n")
        #expect(
            fromRefer.stdout.contains(
                "  1. therapist → then  (refer to therapist)\n  2. therapist_finding → kidney or prostate\n  3. urologist\n"))
    }

    @Test func jsonPrintsTheTrace() throws {
        let result = try CLI.run(["run", tree, "--json"], stdin: "none\nyes\nno\n3\n")
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasSuffix("}\n") && result.stdout.split(separator: "\n").count == 1)
        let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["tree"] as? String == "back-numbness")
        let steps = try #require(object["steps"] as? [[String: Any]])
        #expect(steps.map { $0["node"] as? String } == ["red_flags", "recurring", "injury", "therapist", "therapist_finding"])
        #expect(steps.map { $0["kind"] as? String } == ["checklist", "question", "question", "refer", "question"])
        #expect((steps[0]["answer"] as? [String]) == [])
        #expect(steps[3]["answer"] == nil)
        #expect(steps[4]["answer"] as? String == "nerves or spine")
        let outcome = try #require(object["outcome"] as? [String: Any])
        #expect(outcome["node"] as? String == "neurologist")
        #expect(outcome["kind"] as? String == "refer")
        #expect(outcome["refer"] as? String == "neurologist")
        #expect(outcome["urgency"] == nil, "the tree states no urgency: absent, never routine")
        #expect(outcome["text"] == nil)
        let referrals = try #require(object["referrals"] as? [[String: Any]])
        #expect(referrals.map { $0["node"] as? String } == ["therapist", "neurologist"])
        #expect(referrals.allSatisfy { $0["urgency"] == nil && $0["advice"] != nil })
        #expect((outcome["advice"] as? String)?.hasPrefix("The therapist refers you") == true)
        #expect(result.stdout.hasPrefix(#"{"tree":"back-numbness","steps":[{"node":"red_flags","kind":"checklist","answer":[]},"#))
    }

    @Test func jsonOfAStoppedWalkSaysWhere() throws {
        let result = try CLI.run(["run", tree, "--json", "--answer", "red_flags=none"], stdin: "")
        #expect(result.status == 1)
        #expect(
            result.stdout
                == #"{"tree":"back-numbness","steps":[{"node":"red_flags","kind":"checklist","answer":[]}],"referrals":[],"stopped":"recurring"}"#
                + "\n")
        #expect(result.stderr == "stopped at recurring: no answer\n")
    }

    @Test func unicodeLabelsMatchWhateverTheCase() throws {
        let folder = try ScratchFolder()
        defer { folder.cleanup() }
        let path = try folder.write(
            "ru.yaml",
            """
            tree: ru
            title: Проверка
            start: q
            nodes:
              q:
                question: Болит?
                answers: {Да: yes_end, Нет: no_end}
              yes_end: {outcome: Да}
              no_end: {outcome: Нет}
            """)
        let result = try CLI.run(["run", path], stdin: "да\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("  1. q → Да\n  2. yes_end\n"))
    }

    @Test func anInvalidTreePrintsDiagnosticsAndExits1() throws {
        let folder = try ScratchFolder()
        defer { folder.cleanup() }
        let path = try folder.write("bad.yaml", "tree: bad\ntitle: B\nstart: nowhere\nnodes:\n  a: {outcome: A}\n")
        let result = try CLI.run(["run", path], stdin: "")
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.yaml:"))
        #expect(result.stderr.contains("error"))
        #expect(result.stdout.isEmpty)
        let missing = try CLI.run(["run", folder.url.appendingPathComponent("none.yaml").path], stdin: "")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read file"))
    }
}
