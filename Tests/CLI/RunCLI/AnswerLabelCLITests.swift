import Foundation
import TestSupport
import Testing

/// A tree that gives an answer a label: scenario files, `--answer`, batches, records and FHIR
/// codes name the answer by its id, while the terminal, renders and exports show the label.
@Suite struct AnswerLabelCLITests {
    static let tree = Fixtures.labelledAnswers

    static let scenarios = """
        tree: t.yaml
        cases:
          - name: regular goes to a neurologist
            answers: {q: regular}
            expect: neuro
          - name: once needs nothing
            answers: {q: once}
            expect: calm
        invariants:
          - name: an injury always goes to a traumatologist
            after: q=yes
            expect: {refer: traumatologist}

        """

    func folder() throws -> (ScratchFolder, String) {
        let folder = try ScratchFolder()
        let path = try folder.write("t.yaml", Self.tree)
        try folder.write("t.tests.yaml", Self.scenarios)
        return (folder, path)
    }

    @Test func scenariosAnswerAndBatchNameTheId() throws {
        let (folder, path) = try folder()
        defer { folder.cleanup() }
        let test = try CLI.run(["test", folder.url.appendingPathComponent("t.tests.yaml").path])
        #expect(test.status == 0, "\(test.stdout)\(test.stderr)")
        #expect(test.stdout.contains("untested edges: q=yes") || test.stdout.contains("q=yes"))

        let answered = try CLI.run(["run", path, "--answer", "q=regular", "--json"])
        #expect(answered.status == 0)
        #expect(answered.stdout.contains(#""answer":"regular""#))

        let cases = try folder.write("cases.jsonl", "{\"q\": \"regular\"}\n{\"q\": \"REGULAR\"}\n{\"q\": 3}\n")
        let batch = try CLI.run(["run", path, "--cases", cases])
        #expect(
            batch.stdout == """
                {"case":1,"outcome":"neuro","refer":"neurologist","urgency":"urgent"}
                {"case":2,"outcome":"neuro","refer":"neurologist","urgency":"urgent"}
                {"case":3,"outcome":"calm"}

                """)

        let recorded = folder.url.appendingPathComponent("rec.tests.yaml").path
        _ = try CLI.run(["run", path, "--answer", "q=2", "--record", recorded])
        #expect(try String(contentsOfFile: recorded, encoding: .utf8).contains("q: regular"))
    }

    @Test func theTerminalAndTheExportsShowTheLabel() throws {
        let (folder, path) = try folder()
        defer { folder.cleanup() }
        // Typed by its label, shown by its label; the id is accepted as well.
        for typed in ["no - it occurs regularly", "regular", "2"] {
            let run = try CLI.run(["run", path], stdin: typed + "\n")
            #expect(run.status == 0)
            #expect(run.stdout.contains("1. q → No - it occurs regularly"), "\(run.stdout)")
        }
        let dot = try CLI.run(["export", "--format", "dot", path])
        #expect(dot.stdout.contains("label=<No - it occurs<BR ALIGN=\"CENTER\"/>regularly>"), "\(dot.stdout)")
        let mermaid = try CLI.run(["export", "--format", "mermaid", path])
        #expect(mermaid.stdout.contains(#"q -->|"No - it occurs regularly"| neuro"#))
        let fhir = try CLI.run(["export", "--format", "fhir", path])
        #expect(
            fhir.stdout.contains(
                """
                "code": "regular",
                """) && fhir.stdout.contains(#""display": "No - it occurs regularly""#))
        let json = try CLI.run(["export", "--format", "json", path])
        #expect(json.stdout.contains(#"{"label": "regular", "display": "No - it occurs regularly", "to": "neuro"}"#))
    }
}
