import TestSupport
@testable import DecisionTree
import Foundation
import Testing
#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct TestCommandTests {
    private func lastLine(_ text: String) -> String? {
        text.split(separator: "\n").last.map(String.init)
    }

    @Test func shippedScenariosPassAtFullCoverage() throws {
        let result = try CLI.run(["test", "--min-coverage", "100", "Trees/"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("coverage of Trees/back-numbness.yaml: outcomes 9/9 (100%), edges 21/21 (100%)"))
        // 44 cases and invariants, the tree's coverage counted as one more passed test, and the
        // 8 hazards of its hazard log, each verified by the tests it names.
        #expect(lastLine(result.stdout) == "53 passed, 0 failed")
    }

    @Test func pointingAWarningSignAtTheTherapistBreaksTheInvariant() throws {
        let result = try Fixtures.testMutatedShippedTree(replacing: "    any: injury_with_sign\n", with: "    any: therapist\n")
        #expect(result.status == 1)
        #expect(
            result.stdout.contains("FAIL invariant: a warning sign leads only to a neurologist or, after an injury, on to a traumatologist")
        )
        #expect(
            result.stdout.contains(
                "counterexample: red_flags (any) -> therapist (next) -> therapist_finding (kidney or prostate) -> urologist"))
        // The scenario file's own min-coverage counts the (full) coverage as one more passed test.
        #expect(lastLine(result.stdout) == "36 passed, 9 failed")
    }

    @Test func minimumCoverageFailsAPartialSuiteAndListsUntestedOutcomes() throws {
        let partial = ScenarioFixtures.path("partial")
        let ok = try CLI.run(["test", "--min-coverage", "33", partial])
        #expect(ok.status == 0, "\(ok.stdout)\(ok.stderr)")
        #expect(lastLine(ok.stdout) == "3 passed, 0 failed")
        let result = try CLI.run(["test", "--min-coverage", "50", partial])
        #expect(result.status == 1)
        #expect(result.stdout.contains("outcomes 1/3 (33.3%), edges 5/7 (71.4%)"))
        #expect(result.stdout.contains("  untested outcome: er ("))
        #expect(result.stdout.contains("clinic.yaml:27)"))
        #expect(result.stdout.contains("outcome coverage 33.3% is below the minimum of 50% (--min-coverage) [coverage-below-minimum]"))
        // Both cases pass; the coverage below the minimum counts as the one failed test.
        #expect(lastLine(result.stdout) == "2 passed, 1 failed")
    }

    @Test func aScenarioFilesOwnMinimumCoverageFailsTheRun() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let partial = ScenarioFixtures.path("partial/clinic.tests.yaml")
        let folder = (partial as NSString).deletingLastPathComponent
        var text = try String(contentsOfFile: partial, encoding: .utf8)
        let treeLine = try #require(text.split(separator: "\n").first { $0.hasPrefix("tree: ") })
        let treeName = String(treeLine.dropFirst("tree: ".count))
        text = text.replacingOccurrences(of: String(treeLine), with: "tree: \(folder)/\(treeName)\nmin-coverage: 50")
        let path = try scratch.write("partial.tests.yaml", text)
        let result = try CLI.run(["test", path])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(
            result.stdout.contains(
                "outcome coverage 33.3% is below the minimum of 50% (min-coverage in \(path)) [coverage-below-minimum]"),
            "\(result.stdout)")
        #expect(lastLine(result.stdout) == "2 passed, 1 failed")
        // --min-coverage above the file's minimum is the one that applies.
        let stricter = try CLI.run(["test", "--min-coverage", "60", path])
        #expect(stricter.stdout.contains("below the minimum of 60% (--min-coverage)"))
        // A value that is no percentage is located at the value.
        let bad = try scratch.write("bad.tests.yaml", text.replacingOccurrences(of: "min-coverage: 50", with: "min-coverage: most"))
        let refused = try CLI.run(["test", bad])
        #expect(refused.status == 1)
        #expect(
            refused.stdout.contains(
                "bad.tests.yaml:3:15: error: 'min-coverage' must be a percentage from 0 to 100, not 'most' [wrong-type]"),
            "\(refused.stdout)")
    }

    @Test func githubFormatAnnotatesFailures() throws {
        let result = try CLI.run(["test", "--format", "github", ScenarioFixtures.path("failing")])
        #expect(result.status == 1)
        let annotations = result.stdout.split(separator: "\n").filter { $0.hasPrefix("::error ") }
        #expect(annotations.count == 2)
        #expect(
            annotations.first?.contains(
                ",line=6,col=5::case 'an infection found by the GP means rest at home' failed: diverged: at gp_finding") == true)
        #expect(annotations.first?.contains("%0Apath:     fever (yes)") == true)
        #expect(lastLine(result.stdout) == "2 passed, 2 failed")
    }

    @Test func jsonFormatIsOneDocument() throws {
        let result = try CLI.run(["test", "--format", "json", ScenarioFixtures.path("failing")])
        #expect(result.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["passed"] as? Int == 2)
        #expect(object?["failed"] as? Int == 2)
        #expect(lastLine(result.stderr) == "2 passed, 2 failed")
    }

    @Test func junitReportParsesAsXMLWithTheRightCounts() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let report = scratch.url.appendingPathComponent("junit.xml").path
        let result = try CLI.run(["test", "--junit", report, ScenarioFixtures.path("failing"), ScenarioFixtures.path("partial")])
        #expect(result.status == 1)
        let document = try XMLDocument(contentsOf: URL(fileURLWithPath: report), options: [])
        let root = try #require(document.rootElement())
        #expect(root.name == "testsuites")
        #expect(root.attribute(forName: "tests")?.stringValue == "6")
        #expect(root.attribute(forName: "failures")?.stringValue == "2")
        let suites = root.elements(forName: "testsuite")
        #expect(suites.count == 2)
        #expect(suites.map { $0.elements(forName: "testcase").count } == [4, 2])
        #expect(suites.map { $0.attribute(forName: "failures")?.stringValue } == ["2", "0"])
        let failures = try document.nodes(forXPath: "//testcase/failure")
        #expect(failures.count == 2)
        let first = try #require(failures.first as? XMLElement)
        #expect(first.attribute(forName: "message")?.stringValue?.contains("only 'nothing' can still reach home") == true)
        #expect(first.stringValue?.contains("path:     fever (yes) -> rash (none)") == true)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path)
        #expect(leftovers == ["junit.xml"])
    }

    /// JUnit text goes through the one markup escaper (XMLText): a character XML cannot hold
    /// becomes a space, as everywhere untrusted text enters markup.
    @Test func junitEscapesNamesAndDropsCharactersXMLCannotHold() throws {
        let name = "a <b> & \"c\" 'd'\u{1}\nline"
        let suite = TestSuiteReport(
            file: "x&y.tests.yaml", tree: nil,
            tests: [
                TestCaseReport(
                    name: name, kind: .scenario, file: "x&y.tests.yaml", line: 3, column: 5, passed: false,
                    details: ["diverged: <here> & ]]> there\u{B}"], path: nil, time: 0)
            ], error: nil, diagnostics: [], time: 0)
        let xml = JUnitWriter.xml([suite])
        let document = try XMLDocument(xmlString: xml, options: [])
        let testcase = try #require(try document.nodes(forXPath: "//testcase").first as? XMLElement)
        #expect(testcase.attribute(forName: "name")?.stringValue == "a <b> & \"c\" 'd' \nline")
        let failure = try #require(testcase.elements(forName: "failure").first)
        #expect(failure.stringValue?.contains("diverged: <here> & ]]> there ") == true)
    }

    @Test func fileErrorsAreLocatedAndCountAsFailures() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        try scratch.write("clinic.yaml", String(contentsOfFile: ScenarioFixtures.path("clinic.yaml"), encoding: .utf8))
        try scratch.write(
            "clinic.tests.yaml",
            """
            tree: clinic.yaml
            cases:
              - name: typo
                answers: {fever: yes, rahs: none}
                expect: home
              - name: fine
                answers: {fever: no}
                expect: home
            """)
        let result = try CLI.run(["test", scratch.url.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("clinic.tests.yaml:4:27: error: the tree has no node 'rahs' (did you mean 'rash'?) [unknown-node]"))
        #expect(lastLine(result.stdout) == "1 passed, 1 failed")
        let validate = try CLI.run(["validate", scratch.url.path])
        #expect(validate.status == 1)
        #expect(validate.stdout.contains("[unknown-node]"))
        #expect(lastLine(validate.stdout) == "2 files checked: 1 error, 0 warnings")
    }

    @Test func aFolderWithoutScenarioFilesFails() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let result = try CLI.run(["test", scratch.url.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no scenario files"))
        #expect(lastLine(result.stdout) == "0 passed, 1 failed")
    }
}
