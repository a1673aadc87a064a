import Foundation
import TestSupport
import Testing

/// Number nodes through the built binary: `run` (typed and `--answer`), batches, scenario
/// cases and invariants, recording, render and Mermaid labels, the JSON model round trip and
/// the FHIR items, on `docs/examples/laptop.yaml` and a copy of it.
@Suite struct NumberCLITests {
    static let tree = "docs/examples/laptop.yaml"

    @Test func runTakesAValueWithItsUnitAndRefusesOthersNamingTheAllowedValues() throws {
        let ok = try CLI.run(["run", Self.tree, "--answer", "budget=950 EUR", "--answer", "battery=10.5"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("1. budget → 950 EUR") && ok.stdout.contains("2. battery → 10.5 hours"))
        #expect(ok.stdout.contains("(long_life)"))
        let range = try CLI.run(["run", Self.tree, "--answer", "budget=>= 1200", "--answer", "heavy_work=yes"])
        #expect(range.stdout.contains("budget → ≥ 1200 EUR"), "\(range.stdout)")
        for refused in ["budget=10001", "budget=-1", "budget=399.5", "budget=cheap", "budget=400 USD"] {
            let result = try CLI.run(["run", Self.tree, "--answer", refused])
            #expect(result.status == 64, "\(refused): \(result.stdout)")
            #expect(result.stderr.contains("valid: a whole number from 0 to 10000 (EUR)"), "\(refused): \(result.stderr)")
        }
        // Piped: a value with its unit is read; one out of bounds stops the run, naming the allowed values.
        let typed = try CLI.run(["run", Self.tree], stdin: "1300 eur\nyes\n")
        #expect(typed.status == 0, "\(typed.stderr)")
        #expect(typed.stdout.contains("1. budget → 1300 EUR") && typed.stdout.contains("(workstation)"), "\(typed.stdout)")
        let refused = try CLI.run(["run", Self.tree], stdin: "20000\n")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("'20000' is not an answer to 'budget'; valid: a whole number from 0 to 10000 (EUR)"))
    }

    @Test func batchesTakeJSONNumbersAndFailOnlyTheCaseOutOfBounds() throws {
        let cases = """
            {"budget": 399}
            {"budget": 400, "battery": 5.9}
            {"budget": 400, "battery": 6}
            {"budget": 10001}
            {"budget": 399.5}
            {"budget": "400 ..< 1200", "battery": "10.5 hours"}
            {"budget": 1200, "heavy_work": "no", "battery": 24.5}

            """
        let result = try CLI.run(["run", Self.tree, "--cases", "-"], stdin: cases)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(result.status == 1)
        #expect(lines.count == 7)
        #expect(lines[0] == #"{"case":1,"outcome":"refurbished"}"#)
        #expect(lines[1] == #"{"case":2,"outcome":"everyday"}"#)
        #expect(lines[2] == #"{"case":3,"outcome":"ultrabook"}"#)
        #expect(lines[3].contains(#""error":"'10001' is not an answer to 'budget'; valid: a whole number from 0 to 10000 (EUR)"#))
        #expect(lines[4].contains(#""error":"'399.5' is not an answer to 'budget'"#))
        #expect(lines[5] == #"{"case":6,"outcome":"long_life"}"#)
        #expect(lines[6].contains(#"'24.5' is not an answer to 'battery'; valid: a number from 0 to 24 (hours)"#))
    }

    @Test func scenarioCasesInvariantsAndCoverageNameRangesAndValues() throws {
        let result = try CLI.run(["test", "docs/examples/laptop.tests.yaml", "--min-coverage", "100"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("edges 8/8 (100%)"))
        let folder = try ScratchFolder()
        defer { folder.cleanup() }
        let tree = try String(contentsOfFile: CLI.packageRoot.appendingPathComponent(Self.tree).path, encoding: .utf8)
        try folder.write("laptop.yaml", tree)
        let scenarios = try folder.write(
            "laptop.tests.yaml",
            """
            tree: laptop.yaml
            cases:
              - name: a value at the boundary
                answers: {budget: 1200, heavy_work: yes}
                expect: workstation
              - name: a value just below
                answers: {budget: 1199, battery: 24}
                expect: everyday
            invariants:
              - name: a value names the range it falls in
                after: budget=100
                expect: {node: refurbished}
              - name: a range named wrongly
                after: budget=">= 1300"
                expect: {node: workstation}

            """)
        let run = try CLI.run(["test", scenarios])
        #expect(run.status == 1)
        #expect(run.stdout.contains("PASS a value at the boundary"))
        #expect(run.stdout.contains("FAIL a value just below"), "\(run.stdout)")
        #expect(run.stdout.contains("PASS invariant: a value names the range it falls in"))
        #expect(run.stdout.contains("'>= 1300' is not an answer to 'budget' (did you mean '>= 1200'?)"), "\(run.stdout)")
        #expect(run.stdout.contains("the case answered '24'; only '< 6' can still reach everyday"))
        // Coverage counts each range: the cases cross 4 of the 8 edges.
        #expect(run.stdout.contains("edges 4/8"), "\(run.stdout)")
        #expect(run.stdout.contains("untested edges: budget=< 400, heavy_work=no, battery=< 6, battery=6 ..< 10.5"))
    }

    @Test func recordingWritesTheValue() throws {
        let folder = try ScratchFolder()
        defer { folder.cleanup() }
        let tree = try String(contentsOfFile: CLI.packageRoot.appendingPathComponent(Self.tree).path, encoding: .utf8)
        let path = try folder.write("laptop.yaml", tree)
        let record = folder.url.appendingPathComponent("laptop.tests.yaml").path
        let result = try CLI.run(["run", path, "--record", record], stdin: "950 EUR\n7.25\n\n")
        #expect(result.status == 0, "\(result.stderr)")
        let written = try String(contentsOfFile: record, encoding: .utf8)
        #expect(written.contains("budget: 950\n") && written.contains("battery: 7.25\n"), "\(written)")
        let replay = try CLI.run(["test", record])
        #expect(replay.status == 0, "\(replay.stdout)")
    }

    @Test func rendersAndExportsLabelRangesWithTheirUnit() throws {
        let mermaid = try CLI.run(["export", Self.tree, "--format", "mermaid"])
        #expect(mermaid.stdout.contains(#"budget -->|"≥ 1200 EUR"| heavy_work"#), "\(mermaid.stdout)")
        #expect(mermaid.stdout.contains(#"battery -->|"6 to under 10.5 hours"| ultrabook"#))
        let dot = try CLI.run(["render", Self.tree, "--format", "dot", "-o", "-"])
        #expect(dot.stdout.contains("≥ 1200 EUR"), "\(dot.stderr)")
        let json = try CLI.run(["export", Self.tree, "--format", "json"])
        #expect(json.stdout.contains(#""unit":"EUR""#) || json.stdout.contains(#""unit": "EUR""#), "\(json.stdout)")
        // The JSON model reads back as the same tree.
        let folder = try ScratchFolder()
        defer { folder.cleanup() }
        let model = try folder.write("laptop.json", json.stdout)
        let again = try CLI.run(["export", model, "--format", "json"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == json.stdout)
        let fhir = try CLI.run(["export", Self.tree, "--format", "fhir"])
        #expect(fhir.stdout.contains(#""type": "integer""#) && fhir.stdout.contains(#""type": "decimal""#), "\(fhir.stdout.prefix(400))")
        #expect(fhir.stdout.contains("questionnaire-unit") && fhir.stdout.contains("maxValue"))
        #expect(fhir.stdout.contains(#"$this \u003e= 400 and $this \u003c 1200"#))
    }

    @Test func diffAndThePageShowTheValuesAMovedBoundaryReRoutes() throws {
        let folder = try ScratchFolder()
        defer { folder.cleanup() }
        let tree = try String(contentsOfFile: CLI.packageRoot.appendingPathComponent(Self.tree).path, encoding: .utf8)
        let old = try folder.write("old.yaml", tree)
        let new = try folder.write(
            "new.yaml",
            tree.replacingOccurrences(of: "\"400 ..< 1200\": battery", with: "\"400 ..< 1500\": battery")
                .replacingOccurrences(of: "\">= 1200\": heavy_work", with: "\">= 1500\": heavy_work"))
        let diff = try CLI.run(["diff", old, new])
        #expect(diff.status == 1)
        #expect(
            diff.stdout.contains(
                "  budget 1200 ..< 1500 EUR: heavy_work -> battery (was '>= 1200', now '400 ..< 1500'); at the ends budget=1200, budget=1499"
            ),
            "\(diff.stdout)")
        let page = folder.url.appendingPathComponent("page.html").path
        let review = try CLI.run(["review", new, "--against", old, "-o", page])
        #expect(review.status == 0, "\(review.stderr)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(
            html.contains("id=\"rerouted-values\"") && html.contains("budget 1200 ..&lt; 1500 EUR: heavy_work -&gt; battery"),
            "\(html.count)")
        let picture = folder.url.appendingPathComponent("diff.dot").path
        _ = try CLI.run(["diff", old, new, "-o", picture])
        let dot = try String(contentsOfFile: picture, encoding: .utf8)
        #expect(dot.contains("Re-routed: budget 1200 ..&lt; 1500 EUR"), "\(dot.prefix(300))")
    }
}
