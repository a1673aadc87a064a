import DecisionTree
import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `dtree validate`, `test` and `safety` on the ward fixture's hazard log, and on mutated copies.
@Suite struct HazardCLITests {
    /// A copy of the ward fixture (tree, scenario file, hazard log) in a scratch folder, with
    /// `old` replaced by `new` in the file `name`; throws when `old` does not occur.
    private func ward(mutating name: String? = nil, replacing old: String = "", with new: String = "") throws -> ScratchFolder {
        let scratch = try ScratchFolder()
        for file in ["ward.yaml", "ward.tests.yaml", "ward.hazards.yaml"] {
            var text = try String(contentsOfFile: HazardFixtures.path(file), encoding: .utf8)
            if file == name {
                let mutated = text.replacingOccurrences(of: old, with: new)
                guard mutated != text else { throw Fixtures.FixtureError(message: "\(file) has no '\(old)'") }
                text = mutated
            }
            try scratch.write(file, text)
        }
        return scratch
    }

    /// The mutation issue 20 names: a warning sign goes straight on, the injury never asked.
    private func injurySkipped() throws -> ScratchFolder {
        try ward(mutating: "ward.yaml", replacing: "any: flag_injury", with: "any: neuro")
    }

    @Test func validateChecksTheHazardFileBesideATreeAndInAFolder() throws {
        let named = try CLI.run(["validate", HazardFixtures.path("ward.yaml")])
        #expect(named.status == 0, "\(named.stdout)\(named.stderr)")
        #expect(named.stdout.contains("2 files checked: 0 errors, 0 warnings"))
        let folder = try CLI.run(["validate", HazardFixtures.folder.path])
        #expect(folder.stdout.contains("3 files checked: 0 errors, 0 warnings"), "\(folder.stdout)")
        // A hazard file is never read as a tree, though it has a top-level 'tree:' key.
        let tested = try CLI.run(["test", HazardFixtures.folder.path])
        #expect(!tested.stdout.contains("ward.hazards.yaml: no scenario file"))
        #expect(tested.status == 0, "\(tested.stdout)\(tested.stderr)")
    }

    @Test func anOpenHazardWithHighResidualRiskFailsOnlyUnderStrict() throws {
        let scratch = try ward(
            mutating: "ward.hazards.yaml", replacing: "residual: {severity: considerable, likelihood: very low}",
            with: "residual: {severity: catastrophic, likelihood: high}")
        defer { scratch.cleanup() }
        let tree = scratch.url.appendingPathComponent("ward.yaml").path
        let plain = try CLI.run(["validate", tree])
        #expect(plain.status == 0)
        #expect(plain.stdout.contains("[hazard-risk-high]"))
        let strict = try CLI.run(["validate", "--strict", tree])
        #expect(strict.status == 1)
    }

    /// Issue 20 §2: `--strict` counts the inferences no hazard names and no current sign-off
    /// notes (`inference-unreviewed`, at the node); plain validate does not report them.
    @Test func strictCountsEveryInferenceNoHazardOrSignOffNoteReviews() throws {
        // `rest` is named by HAZ-002; `trauma` by no hazard.
        let scratch = try ward(
            mutating: "ward.yaml", replacing: "  rest:\n    outcome: Rest at home\n",
            with: "  rest:\n    outcome: Rest at home\n    inference: Rest is the tree's reading.\n")
        defer { scratch.cleanup() }
        let tree = scratch.url.appendingPathComponent("ward.yaml").path
        // (The fixture cites nothing, so --strict fails on missing-cite; only the rule is counted.)
        let reviewed = try CLI.run(["validate", "--strict", tree])
        #expect(reviewed.stdout.contains("[missing-cite]"), "\(reviewed.stdout)\(reviewed.stderr)")
        #expect(!reviewed.stdout.contains("inference-unreviewed"))

        var text = try String(contentsOfFile: tree, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "  trauma:\n    refer: traumatologist\n",
            with: "  trauma:\n    refer: traumatologist\n    inference: The tree's own pairing.\n")
        try scratch.write("ward.yaml", text)
        let plain = try CLI.run(["validate", tree])
        #expect(plain.status == 0)
        #expect(!plain.stdout.contains("inference-unreviewed"), "\(plain.stdout)")
        let strict = try CLI.run(["validate", "--strict", tree])
        #expect(strict.status == 1)
        let line = try #require(text.components(separatedBy: "\n").firstIndex(of: "  trauma:")) + 1
        #expect(
            strict.stdout.contains(
                "ward.yaml:\(line):3: warning: node 'trauma' states an inference that no hazard names and no current sign-off notes: review it in a hazard of "
            ), "\(strict.stdout)")
        #expect(strict.stdout.contains("[inference-unreviewed]"))
        #expect(!strict.stdout.contains("node 'rest' states an inference"))

        // A current sign-off whose note names the node reviews it; a stale one does not.
        let approved = try CLI.run([
            "approve", tree, "--by", "A. Example", "--role", "clinical lead", "--date", "2026-12-06", "--note",
            "inference on trauma checked against the text",
        ])
        #expect(approved.status == 0, "\(approved.stdout)\(approved.stderr)")
        let signed = try CLI.run(["validate", "--strict", tree])
        #expect(signed.stdout.contains("[missing-cite]"), "\(signed.stdout)")
        #expect(!signed.stdout.contains("inference-unreviewed"), "\(signed.stdout)")
        let edited = try String(contentsOfFile: tree, encoding: .utf8).replacingOccurrences(
            of: "Rest at home", with: "Rest at home now")
        try scratch.write("ward.yaml", edited)
        let stale = try CLI.run(["validate", "--strict", tree])
        #expect(stale.stdout.contains("node 'trauma' states an inference"), "\(stale.stdout)")
    }

    @Test func testReportsEachHazardInJSONJUnitAndSARIF() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let junit = scratch.url.appendingPathComponent("junit.xml").path
        let json = try CLI.run(["test", "--format", "json", "--junit", junit, HazardFixtures.path("ward.yaml")])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        let hazards = (files.first?["tests"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "hazard" }
        #expect(
            hazards.map { $0["name"] as? String } == [
                "HAZ-001 Injury missed after a warning sign", "HAZ-002 Reassured without the warning signs asked",
            ])
        #expect(hazards.allSatisfy { $0["file"] as? String == HazardFixtures.path("ward.hazards.yaml") })
        let document = try XMLDocument(contentsOf: URL(fileURLWithPath: junit), options: [])
        let names = try document.nodes(forXPath: "//testcase").compactMap { ($0 as? XMLElement)?.attribute(forName: "name")?.stringValue }
        #expect(names.contains("HAZ-001 Injury missed after a warning sign"))
    }

    @Test func aMutationBreaksTheHazardsInvariantInTestAndSafety() throws {
        let scratch = try injurySkipped()
        defer { scratch.cleanup() }
        let tree = scratch.url.appendingPathComponent("ward.yaml").path
        let text = try CLI.run(["test", tree])
        #expect(text.status == 1)
        #expect(text.stdout.contains("FAIL hazard: HAZ-001 Injury missed after a warning sign"))
        #expect(text.stdout.contains("failing: 'every path asks about an injury'"))
        let sarif = try CLI.run(["test", "--format", "sarif", tree])
        #expect(sarif.status == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let results = ((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        #expect(results.contains { $0["ruleId"] as? String == "hazard-unverified" })
        let validate = try CLI.run(["validate", tree])
        #expect(validate.status == 1)
        #expect(
            validate.stdout.contains(
                "hazard 'HAZ-001' is closed, but its controls are not all verified: failing: 'every path asks about an injury'"))
        let safety = try CLI.run(["safety", tree])
        #expect(safety.status == 1)
        #expect(safety.stdout.contains("### HAZ-001: Injury missed after a warning sign\n\n- Status: closed; NOT VERIFIED"))
        #expect(safety.stdout.contains("invariant 'every path asks about an injury' FAILS: counterexample:"))
        #expect(safety.stdout.contains("- HAZ-001 is not verified: 'every path asks about an injury' fails"))
    }

    /// Issue 20's check on the shipped tree itself: a copy whose warning signs skip the injury
    /// question fails HAZ-001's verifying invariant, and the safety report says HAZ-001 is not
    /// verified.
    @Test func theShippedTreeWithInjurySkippedAfterAWarningSignLeavesHAZ001Unverified() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        for name in ["back-numbness.yaml", "back-numbness.tests.yaml", "back-numbness.hazards.yaml"] {
            var text = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Trees/" + name), encoding: .utf8)
            if name == "back-numbness.yaml" {
                let mutated = text.replacingOccurrences(of: "    any: injury_with_sign\n", with: "    any: neurologist_now\n")
                #expect(mutated != text)
                text = mutated
            }
            try scratch.write(name, text)
        }
        let tree = scratch.url.appendingPathComponent("back-numbness.yaml").path
        let test = try CLI.run(["test", tree])
        #expect(test.status == 1)
        #expect(test.stdout.contains("FAIL invariant: every path asks injury"), "\(test.stdout)")
        #expect(test.stdout.contains("FAIL hazard: HAZ-001"), "\(test.stdout)")
        let safety = try CLI.run(["safety", tree])
        #expect(safety.status == 1)
        #expect(
            safety.stdout.contains("### HAZ-001: Injury missed after a warning sign\n\n- Status: closed; NOT VERIFIED"), "\(safety.stdout)")
        #expect(safety.stdout.contains("invariant 'every path asks injury' FAILS: counterexample:"), "\(safety.stdout)")
    }

    /// Issue 21 item 4: the safety case shows how strong the tests are, the mutation score and
    /// every surviving mutant with the answers that tell it apart, in Markdown and HTML.
    @Test func safetyShowsTheMutationScoreAndTheSurvivors() throws {
        let ward = try CLI.run(["safety", HazardFixtures.path("ward.yaml")])
        #expect(ward.stdout.contains("## Strength of the tests\n\n- Mutation score 69%: 29 of 42 single-edit mutants"), "\(ward.stdout)")
        #expect(ward.stdout.contains("- Surviving mutants: 13.\n"))
        #expect(
            ward.stdout.contains("- SURVIVED both: urgency routine (was urgent) (told apart by red\\_flags=Tingling, flag\\_injury=yes)"))
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let html = scratch.url.appendingPathComponent("ward.html").path
        #expect(try CLI.run(["safety", HazardFixtures.path("ward.yaml"), "-o", html]).status == 0)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("<h2 id=\"strength\">Strength of the tests</h2>"))
        #expect(page.contains("<li>SURVIVED both: urgency soon (was urgent) (told apart by red_flags=Tingling, flag_injury=yes)</li>"))
        let shipped = try CLI.run(["safety", "Trees/back-numbness.yaml"])
        #expect(shipped.stdout.contains("- Mutation score 100%: 346 of 346 single-edit mutants"), "\(shipped.stdout)")
        #expect(shipped.stdout.contains("- Surviving mutants: none.\n"))
    }

    @Test func safetyWritesMarkdownWithTheMatrixEvidenceAndSignOffBlock() throws {
        let result = try CLI.run(["safety", HazardFixtures.path("ward.yaml"), "-o", "-"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = result.stdout
        #expect(report.hasPrefix("# Clinical safety case report: Ward triage\n"))
        #expect(report.contains("| medium | 2 | 2 | 3 | 3: HAZ-001 (initial) | 4 |"))
        #expect(report.contains("| very low | 1 | 1 | 2: HAZ-002 (residual) | 2: HAZ-001 (residual) | 3 |"))
        #expect(report.contains("evidence: invariant 'every path asks about an injury' proved over all 4 paths"))
        #expect(report.contains("evidence: case 'a warning sign with an injury sees a traumatologist' passed"))
        #expect(report.contains("- HAZ-002 is open\n"))
        #expect(report.contains("| ____________________ | Clinical Safety Officer |"))
        let tree = try #require(try TreeLoader.load(contentsOf: HazardFixtures.path("ward.yaml")).tree)
        #expect(report.contains("Content hash (sha256): `\(ContentHash.of(tree))`"))
    }

    @Test func safetyWritesOneParsableHTMLPageWithUntrustedTextEscaped() throws {
        let scratch = try ward(
            mutating: "ward.hazards.yaml", replacing: "title: Injury missed after a warning sign",
            with: "title: \"<script>alert(1)</script> & co\"")
        defer { scratch.cleanup() }
        let output = scratch.url.appendingPathComponent("report.html").path
        let result = try CLI.run(["safety", scratch.url.appendingPathComponent("ward.yaml").path, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(!text.contains("<script"))
        #expect(!text.contains("src=") && !text.contains("href="))
        let document = try XMLDocument(data: Data(text.utf8), options: [])
        let headings = try document.nodes(forXPath: "//h3").map { $0.stringValue ?? "" }
        #expect(headings == ["HAZ-001: <script>alert(1)</script> & co", "HAZ-002: Reassured without the warning signs asked"])
        let cells = try document.nodes(forXPath: "//table[@id='risk-matrix']//td").count
        #expect(cells == 25)
        #expect(try document.nodes(forXPath: "//h2[@id='sign-off']").count == 1)
    }

    /// The PDF's text with every run of whitespace one space, so wrapped lines read on.
    private func pdfText(_ path: String) throws -> String {
        let text = try PDFText.of(try Data(contentsOf: URL(fileURLWithPath: path)))
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Issue 20: `dtree safety TREE -o report.pdf`, laid out in process through Graphviz, read back with pdftotext.
    @Test func safetyWritesTheShippedTreesReportAsAPDF() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let output = scratch.url.appendingPathComponent("report.pdf").path
        let result = try CLI.run(["safety", "Trees/back-numbness.yaml", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let pdf = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        // A4 wide (595 points): every block, the risk matrix included, fits the page.
        #expect(try PDFText.pageWidth(pdf).map { $0 <= 596 } == true)
        let text = try pdfText(output)
        #expect(text.contains("Clinical safety case report: Numb back - which doctor to see"), "\(text)")
        let log = try HazardLoader.load(contentsOf: "Trees/back-numbness.hazards.yaml")
        #expect(log.hazards.count >= 8)
        for hazard in log.hazards {
            #expect(text.contains("\(hazard.id): \(hazard.title)"), "\(hazard.id) is missing")
        }
        for word in ["Risk matrix", "likelihood \\ severity"] + HarmSeverity.allCases.map(\.word) + HarmLikelihood.allCases.map(\.word) {
            #expect(text.contains(word), "'\(word)' is missing")
        }
        #expect(text.contains("HAZ-001 (initial)") && text.contains("HAZ-001 (residual)"))
        #expect(text.contains("evidence: invariant 'every path asks injury' proved over all 14 paths"))
        #expect(text.contains("Mutation score 100%: 346 of 346 single-edit mutants"))
        #expect(text.contains("Clinical Safety Officer sign-off name role date signature Clinical Safety Officer"))
        #expect(text.contains("Content hash (sha256):"))
    }

    @Test func thePDFShowsHostileHazardTextAsText() throws {
        let scratch = try ward(
            mutating: "ward.hazards.yaml", replacing: "title: Injury missed after a warning sign",
            with: #"title: "<script>alert(1)</script> & \"co\" 'x' \a\e[31m \\N end""#)
        defer { scratch.cleanup() }
        let output = scratch.url.appendingPathComponent("report.pdf").path
        let result = try CLI.run(["safety", scratch.url.appendingPathComponent("ward.yaml").path, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try pdfText(output)
        #expect(text.contains(#"HAZ-001: <script>alert(1)</script> & "co" 'x' [31m \N end"#), "\(text)")
        #expect(!text.contains("\u{7}") && !text.contains("\u{1B}"))
        #expect(text.contains("SURVIVED both: urgency routine (was urgent)"))
    }

    @Test func safetyChoosesPDFByExtensionOrFormatAndRefusesUnknownFormats() throws {
        let piped = try CLI.run(["safety", HazardFixtures.path("ward.yaml"), "--format", "pdf"])
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.hasPrefix("%PDF-"))
        let odd = try CLI.run(["safety", HazardFixtures.path("ward.yaml"), "-o", "report.txt"])
        #expect(odd.status == 64)
        #expect(odd.stderr.contains("cannot tell the format from 'report.txt'; name it .md, .html or .pdf"))
        let unwritable = try CLI.run(["safety", HazardFixtures.path("ward.yaml"), "-o", "/no/such/folder/report.pdf"])
        #expect(unwritable.status == 2)
        #expect(!FileManager.default.fileExists(atPath: "/no/such/folder/report.pdf"))
    }

    @Test func safetyWithoutAHazardFileOrTreeSaysWhy() throws {
        let missing = try CLI.run(["safety", "no/such.yaml"])
        #expect(missing.status == 2)
        let none = try CLI.run(["safety", ScenarioFixtures.path("clinic.yaml")])
        #expect(none.status == 1)
        #expect(none.stderr.contains("no hazard file: a safety case needs the tree's hazard log"))
    }

    @Test func theReviewPageShowsOnEachNodeTheHazardsThatNameIt() throws {
        let scratch = try ward(
            mutating: "ward.hazards.yaml", replacing: "title: Reassured without the warning signs asked",
            with: "title: \"<b>Reassured</b> & co\"")
        defer { scratch.cleanup() }
        let output = scratch.url.appendingPathComponent("review.html").path
        let result = try CLI.run(["review", scratch.url.appendingPathComponent("ward.yaml").path, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try XMLDocument(data: try Data(contentsOf: URL(fileURLWithPath: output)), options: [])
        // The page is XHTML (a default namespace): elements are matched by local name.
        func descendants(_ element: XMLElement) -> [XMLElement] {
            var found: [XMLElement] = []
            var stack = [element]
            while let next = stack.popLast() {
                found.append(next)
                stack += (next.children ?? []).compactMap { $0 as? XMLElement }.reversed()
            }
            return found
        }
        func attribute(_ element: XMLElement, _ name: String) -> String? {
            (element.attributes ?? []).first { $0.name == name }?.stringValue
        }
        let all = descendants(try #require(document.rootElement()))
        let rows = all.filter { $0.localName == "tr" }
        func hazards(_ id: String) -> [String] {
            let row = rows.first { descendants($0).first { ($0.localName ?? $0.name) == "code" }?.stringValue == id }
            return row.map { descendants($0).filter { $0.localName == "div" && attribute($0, "class") == "hazard" } }?
                .map { $0.stringValue ?? "" } ?? []
        }
        #expect(hazards("red_flags") == ["Hazard HAZ-001: Injury missed after a warning sign (closed, residual risk 2)"])
        #expect(hazards("rest") == ["Hazard HAZ-002: <b>Reassured</b> & co (open, residual risk 2)"])
        #expect(hazards("trauma").isEmpty)
        // The node details the script shows carry the same line.
        let data = try #require(
            all.first { $0.localName == "script" && attribute($0, "id") == "dtree-page" }?.stringValue)
        #expect(data.contains("Hazard HAZ-001: Injury missed after a warning sign (closed, residual risk 2)"))
    }
}
