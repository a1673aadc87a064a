@testable import DecisionTree
import Foundation
import TestSupport
import Testing

/// The FHIR export's own guarantees: byte-identical output, hostile text escaped for JSON,
/// FHIRPath and markdown, the documented priority mapping and format choice. Its behaviour is
/// proved by round trip through fhir.resources and fhirpathpy in Tests/fhir.
@Suite struct FHIRExportTests {
    @Test func twoExportsOfATreeAreByteIdentical() throws {
        let tree = try Fixtures.shippedTree()
        let text = FHIRExport.text(tree)
        #expect(FHIRExport.text(try Fixtures.shippedTree()) == text)
        // The same tree read back from its normalized model exports the same bytes.
        let again = try #require(TreeLoader.load(text: JSONExport.text(tree), path: "model.json").tree)
        #expect(FHIRExport.text(again) == text)
        #expect(!text.contains("urn:uuid") && !text.contains("\"date\""))
    }

    @Test func aCurrentSignOffMakesTheResourcesActiveWithItsDateAndReviewer() throws {
        let signed = try #require(
            TreeLoader.load(contentsOf: CLI.packageRoot.appendingPathComponent("docs/examples/back-numbness-v1.yaml").path).tree)
        #expect(signed.currentSignOff != nil)
        let resources = try Self.resources(FHIRExport.text(signed))
        for resource in resources {
            #expect(resource["status"] as? String == "active")
            #expect(resource["approvalDate"] as? String == "2026-11-20")
        }
        let plan = try #require(resources.first { $0["resourceType"] as? String == "PlanDefinition" })
        #expect((plan["reviewer"] as? [[String: Any]])?.first?["name"] as? String == "Dr A. Example, neurologist")
        #expect(resources.first?["reviewer"] == nil)  // a Questionnaire has no reviewer in R4
        // Version 2 keeps version 1's sign-off, which no longer matches: draft, no approval.
        let stale = try #require(
            TreeLoader.load(contentsOf: CLI.packageRoot.appendingPathComponent("docs/examples/back-numbness-v2.yaml").path).tree)
        #expect(stale.currentSignOff == nil && !stale.review.isEmpty)
        for resource in try Self.resources(FHIRExport.text(stale)) {
            #expect(resource["status"] as? String == "draft")
            #expect(resource["approvalDate"] == nil && resource["reviewer"] == nil)
        }
    }

    static func resources(_ text: String) throws -> [[String: Any]] {
        let bundle = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let entries = try #require(bundle["entry"] as? [[String: Any]])
        return entries.compactMap { $0["resource"] as? [String: Any] }
    }

    @Test func theCLIWritesTheSameBytesTwice() throws {
        let first = try CLI.run(["export", Fixtures.shippedTreePath, "--format", "fhir"])
        let second = try CLI.run(["export", Fixtures.shippedTreePath, "--format", "fhir", "-o", "-"])
        #expect(first.status == 0 && second.status == 0)
        #expect(first.stdout == second.stdout && first.stdout.hasPrefix("{\n  \"resourceType\": \"Bundle\""))
    }

    @Test func hostileTextStaysTextInJSONFHIRPathAndMarkdown() throws {
        let tree = try Fixtures.tree(
            """
            tree: hostile-fhir
            title: '</script><b>Title</b>'
            start: q
            nodes:
              q:
                question: "Who's <i>there</i>?"
                answers:
                  "it's": done
                  'back\\slash \\''' : done
                  "two\\nlines": done
                cite: '<a href="javascript:alert(1)">[x](javascript:alert(2))</a> & *bold*'
              done:
                outcome: Done
                cite: '<img src=x onerror=alert(3)>'
            """)
        let text = FHIRExport.text(tree)
        #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"), "markup is \\u-escaped in the JSON")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let entries = try #require(json["entry"] as? [[String: Any]])
        let plan = try #require(entries[1]["resource"] as? [String: Any])
        let action = try #require((plan["action"] as? [[String: Any]])?.first)
        let condition = try #require(
            ((action["condition"] as? [[String: Any]])?.first?["expression"] as? [String: Any])?["expression"] as? String)
        // Every answer label is one FHIRPath literal with its quote and backslash escaped.
        #expect(condition.contains(#"code = 'it\'s'"#), "\(condition)")
        #expect(condition.contains(#"code = 'back\\slash \\\''"#), "\(condition)")
        #expect(condition.contains("code = 'two lines'"), "a code is one line: \(condition)")
        // A cite in a markdown field renders as its literal text: no tag or link survives.
        let citation = try #require(((action["documentation"] as? [[String: Any]])?.first)?["citation"] as? String)
        #expect(citation == #"\<img src=x onerror=alert(3)\>"#)
        #expect(FHIRText.markdown("[x](javascript:y) <b>&") == #"\[x\](javascript:y) \<b\>\&"#)
    }

    @Test func literalsCodesAndIdsAreWellFormed() {
        #expect(FHIRText.literal("a'b\\c\nd\te") == #"'a\'b\\c\nd\te'"#)
        #expect(FHIRText.literal("да\u{1}") == #"'да\u0001'"#)
        #expect(FHIRText.code("  two \n\t words ") == "two words")
        #expect(FHIRText.string("bell\u{7}ring\u{FFFE}") == "bell ring ")
        #expect(FHIRText.id("back-numbness") == "back-numbness")
        #expect(FHIRText.id("O'Brien clinic") == "O-Brien-clinic")
        #expect(FHIRText.id(String(repeating: "x", count: 100))?.count == 64)
        #expect(FHIRText.id("___") == nil)
        #expect(FHIRText.computableName("back-numbness") == "BackNumbness")
        #expect(FHIRText.computableName("2-step") == "Tree2Step")
    }

    @Test func urgencyMapsToRequestPriorityInOrder() {
        #expect(Urgency.allCases.map(FHIRExport.priority(of:)) == ["routine", "urgent", "asap", "stat"])
    }

    @Test func conditionsNameTheirPredecessorsInTopologicalOrder() throws {
        let tree = try Fixtures.tree(Fixtures.small)
        let conditions = FHIRConditions(tree: tree)
        // q is the start; c, r are non-terminal; done joins three edges.
        #expect(conditions.expressions[0] == "true")
        #expect(conditions.variables.map(\.name) == ["reach2", "reach3"])
        let done = try #require(conditions.expressions[3])
        #expect(done.components(separatedBy: ") or (").count == 3, "\(done)")
        #expect(done.contains("(%reach3)"), "a refer step's next needs no answer: \(done)")
        #expect(!done.contains("%reach1"), "the start is always reached")
    }

    @Test func aNodeNoWalkReachesIsLeftOut() throws {
        let tree = try Fixtures.tree(
            Fixtures.small + """

                  lost:
                    question: Never asked?
                    answers: {yes: done, no: done}
                """)
        let conditions = FHIRConditions(tree: tree)
        #expect(conditions.expressions[4] == nil)
        #expect(!FHIRExport.text(tree).contains("lost"))
    }

    @Test func theFormatComesFromADoubleExtension() {
        #expect(ExportFormat(path: "tree.fhir.json") == .fhir)
        #expect(ExportFormat(path: "OUT/TREE.FHIR.JSON") == .fhir)
        #expect(ExportFormat(path: "tree.json") == .json)
    }
}
