import DecisionTree
import Foundation
import TestSupport
import Testing

@Suite struct SessionRecorderTests {
    /// A scratch folder holding a copy of the clinic tree.
    private func folderWithClinic() throws -> ScratchFolder {
        let scratch = try ScratchFolder()
        try scratch.write("clinic.yaml", String(contentsOfFile: ScenarioFixtures.path("clinic.yaml"), encoding: .utf8))
        return scratch
    }

    private func walk(_ scratch: ScratchFolder, _ answers: [String]) throws -> Walk {
        let result = try TreeLoader.load(contentsOf: scratch.url.appendingPathComponent("clinic.yaml").path)
        var walk = try Walk(tree: try #require(result.tree))
        for answer in answers { try walk.answer(answer) }
        return walk
    }

    @Test func createsAMissingFileThenTestPasses() throws {
        let scratch = try folderWithClinic()
        defer { scratch.cleanup() }
        let file = scratch.url.appendingPathComponent("clinic.tests.yaml").path
        let session = try walk(scratch, ["yes", "1,2"])
        let name = try SessionRecorder.append(walk: session, name: SessionRecorder.defaultName(for: session), to: file)
        #expect(name == "recorded: fever=yes, rash=Rash, Stiff neck -> er")
        #expect(
            try String(contentsOfFile: file, encoding: .utf8) == """
                tree: clinic.yaml
                cases:
                  - name: "recorded: fever=yes, rash=Rash, Stiff neck -> er"
                    answers:
                      fever: "yes"
                      rash: [Rash, Stiff neck]
                    expect: er

                """)
        let result = try CLI.run(["test", file])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").last == "1 passed, 0 failed")
    }

    @Test func appendsBeforeInvariantsKeepingEveryByte() throws {
        let scratch = try folderWithClinic()
        defer { scratch.cleanup() }
        let head = """
            # Clinic scenarios. Keep this comment.
            tree: clinic.yaml   # the tree beside us
            cases:
              # the first case
              - name: no fever
                answers: {fever: no}   # inline comment
                expect: home


            """
        let tail = """
            # Invariants below: this comment belongs to them.
            invariants:
              - name: er only after rash=any
                reaching: er
                through: rash=any

            """
        let file = try scratch.write("clinic.tests.yaml", head + tail)
        try SessionRecorder.append(walk: try walk(scratch, ["yes", "none", "nothing"]), name: "GP found nothing", to: file)
        try SessionRecorder.append(walk: try walk(scratch, ["yes", "none", "infection"]), name: "GP found nothing", to: file)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        // A checklist answered "none" is recorded as the empty list: checklist answers are always lists.
        let added = """
              - name: GP found nothing
                answers:
                  fever: "yes"
                  rash: []
                  gp_finding: nothing
                expect: home
              - name: "GP found nothing (2)"
                answers:
                  fever: "yes"
                  rash: []
                  gp_finding: infection
                expect: antibiotics

            """
        // The new cases go after the last case; the blank line and the comment before
        // `invariants:` stay with it.
        #expect(text == head.dropLast() + added + "\n" + tail)
        #expect(text.hasPrefix(String(head.dropLast())))
        #expect(text.hasSuffix("\n" + tail))
        let result = try CLI.run(["test", file])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").last == "4 passed, 0 failed")
    }

    @Test func appendsToAFileWithoutCasesAndKeepsCRLF() throws {
        let scratch = try folderWithClinic()
        defer { scratch.cleanup() }
        let file = try scratch.write("clinic.tests.yaml", "tree: clinic.yaml\r\n# no cases yet\r\n")
        try SessionRecorder.append(walk: try walk(scratch, ["no"]), name: "no fever", to: file)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(
            text
                == "tree: clinic.yaml\r\n# no cases yet\r\ncases:\r\n  - name: no fever\r\n    answers:\r\n      fever: \"no\"\r\n    expect: home\r\n"
        )
    }

    @Test func quotesLabelsSoTheyReadBackUnchanged() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let labels = ["no", "a: b #c", "Да", "- dash", "[x], {y}", "say \"hi\"\\", "100", "null"]
        var tree = "tree: quoting\ntitle: Quoting\nstart: q\nnodes:\n  q:\n    question: Which?\n    answers:\n"
        for (index, label) in labels.enumerated() {
            let escaped = label.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            tree += "      \"\(escaped)\": o\(index)\n"
        }
        for index in labels.indices { tree += "  o\(index):\n    outcome: Outcome \(index)\n" }
        let treePath = try scratch.write("quoting.yaml", tree)
        let loaded = try #require(try TreeLoader.load(contentsOf: treePath).tree)
        let file = scratch.url.appendingPathComponent("quoting.tests.yaml").path
        for (index, label) in labels.enumerated() {
            var session = try Walk(tree: loaded)
            try session.take(.choice(index))
            try SessionRecorder.append(walk: session, name: "pick \(label)", to: file)
        }
        let scenarios = try ScenarioLoader.load(contentsOf: file)
        #expect(scenarios.diagnostics.isEmpty, "\(scenarios.diagnostics.map(\.summary))")
        #expect(scenarios.cases.map(\.name) == labels.map { "pick \($0)" })
        let results = ScenarioSuite.run(scenarios).report.tests
        #expect(results.count == labels.count && results.allSatisfy { $0.passed })
    }

    @Test func refusesUnfinishedSessionsAndOtherTrees() throws {
        let scratch = try folderWithClinic()
        defer { scratch.cleanup() }
        let file = scratch.url.appendingPathComponent("clinic.tests.yaml").path
        #expect(throws: SessionRecorder.RecordError.self) {
            try SessionRecorder.append(walk: try walk(scratch, ["yes"]), name: "unfinished", to: file)
        }
        #expect(!FileManager.default.fileExists(atPath: file))
        try scratch.write("clinic.tests.yaml", "tree: other.yaml\ncases:\n")
        #expect(throws: SessionRecorder.RecordError.self) {
            try SessionRecorder.append(walk: try walk(scratch, ["no"]), name: "other", to: file)
        }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "tree: other.yaml\ncases:\n")
    }
}
