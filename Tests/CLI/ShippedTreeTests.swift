import DecisionTree
import Foundation
import TestSupport
import Testing

@Suite struct ShippedTreeTests {
    /// The folder holding the shipped tree's source document, `<package root>/../shared/seed`,
    /// which not every machine has; the tests that need it run only where it exists.
    static let seed = CLI.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seed").path
    static var seedExists: Bool {
        FileManager.default.fileExists(atPath: (seed as NSString).appendingPathComponent("spine-numbness-referral.txt"))
    }

    @Test func loadsWithoutDiagnostics() throws {
        let result = try TreeLoader.load(contentsOf: Fixtures.shippedTreePath)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.summary))")
        let tree = try #require(result.tree)
        #expect(tree.id == "back-numbness")
        #expect(tree.disclaimer?.contains("not medical advice") == true)
        #expect(tree.source?.file == "spine-numbness-referral.txt")
        #expect(tree.source?.sha256?.count == 64)
    }

    @Test func everyNodeCitesTheSource() throws {
        let tree = try Fixtures.shippedTree()
        for node in tree.nodes {
            #expect(node.cite?.isEmpty == false, "node \(node.id) has no cite")
        }
    }

    @Test(.enabled(if: ShippedTreeTests.seedExists)) func everyCiteOccursInTheSourceAndTheDigestMatches() throws {
        let check = CitationCheck(sourceFolders: [Self.seed], requireCites: true)
        let result = try TreeLoader.load(contentsOf: Fixtures.shippedTreePath, citations: check)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.summary))")
        let cli = try CLI.run(["validate", "--strict", "--sources", Self.seed, "Trees/"])
        #expect(cli.status == 0, "\(cli.stdout)")
        // The Russian draft beside the tree is noted as unreviewed; notes never fail --strict.
        #expect(cli.stdout.hasPrefix("Trees/back-numbness.ru.po:"), "\(cli.stdout)")
        #expect(cli.stdout.contains("[translation-unreviewed]"))
        #expect(cli.stdout.hasSuffix("4 files checked: 0 errors, 0 warnings, 1 note\n"), "\(cli.stdout)")
    }

    @Test(.enabled(if: ShippedTreeTests.seedExists)) func changingOneWordOfACiteFailsAtThatCite() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let text = try String(contentsOfFile: Fixtures.shippedTreePath, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        // The neurologist-by-cause node's cite, one word changed: scoliosis -> lordosis.
        let changed = try #require(lines.firstIndex { $0.contains("Osteochondrosis, scoliosis,") })
        lines[changed] = lines[changed].replacingOccurrences(of: "Osteochondrosis, scoliosis,", with: "Osteochondrosis, lordosis,")
        let citeLine = try #require(lines[..<changed].lastIndex { $0.hasPrefix("    cite:") }) + 1
        let copy = try scratch.write("back-numbness.yaml", lines.joined(separator: "\n"))
        let result = try CLI.run(["validate", "--strict", "--sources", Self.seed, copy])
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "\(copy):\(citeLine):11: error: part 2 of 2 of the cite does not occur in 'spine-numbness-referral.txt'"),
            "\(result.stdout)")
        #expect(result.stdout.contains("but not \"lordosis,\"; the closest passage is at line 42:"), "\(result.stdout)")
        #expect(result.stdout.contains("[cite-not-in-source]"))
        #expect(result.stdout.hasSuffix("1 file checked: 1 error, 0 warnings\n"))
    }

    @Test func withoutTheSourceTheTreeStillValidatesWithANote() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let copy = try scratch.write("back-numbness.yaml", try String(contentsOfFile: Fixtures.shippedTreePath, encoding: .utf8))
        // Without its hazard log, --strict counts every inference as unreviewed.
        let alone = try CLI.run(["validate", "--strict", copy], environment: ["DTREE_SOURCES": ""])
        #expect(alone.status == 1)
        #expect(alone.stdout.contains("node 'urologist' states an inference that no hazard names"), "\(alone.stdout)")
        for name in ["back-numbness.tests.yaml", "back-numbness.hazards.yaml"] {
            try scratch.write(name, try String(contentsOf: CLI.packageRoot.appendingPathComponent("Trees/" + name), encoding: .utf8))
        }
        let result = try CLI.run(["validate", "--strict", copy], environment: ["DTREE_SOURCES": ""])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("note: source 'spine-numbness-referral.txt' was not found"))
    }

    /// Issue 9: pointing the single-episode outcome's way in past the injury question must
    /// break an invariant of the shipped scenario file.
    @Test func skippingTheInjuryQuestionBreaksAnInvariant() throws {
        let result = try Fixtures.testMutatedShippedTree(replacing: "    none: injury\n", with: "    none: how_often\n")
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL invariant: every way to \"do not worry\" has ruled out an injury"), "\(result.stdout)")
        #expect(result.stdout.contains("counterexample: red_flags (none) -> how_often (once) -> visited_once"))
    }

    /// Issue 20, finding 1: skipping the injury question after a warning sign breaks the
    /// invariant that verifies HAZ-001, and the cases that walk both referrals.
    @Test func skippingTheInjuryQuestionAfterAWarningSignBreaksHAZ001sInvariant() throws {
        let result = try Fixtures.testMutatedShippedTree(replacing: "    any: injury_with_sign\n", with: "    any: neurologist_now\n")
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL invariant: every path asks injury\n"), "\(result.stdout)")
        #expect(result.stdout.contains("counterexample: red_flags (any) -> neurologist_now\n"))
        #expect(result.stdout.contains("FAIL a warning sign with an injury goes to a neurologist and then a traumatologist"))
    }

    /// Issue 20, finding 8: each mutation of the logic the review listed breaks a case or an
    /// invariant of the shipped scenario file.
    @Test(arguments: [
        (
            "    refer: traumatologist\n", "    refer: traumatologist\n    urgency: emergency\n",
            "FAIL invariant: an injury leads to a traumatologist or surgeon, with no urgency the text does not state"
        ),
        (
            "      not sure: {to: neurologist_now, label: \"I am not sure\"}",
            "      not sure: {to: visited_once, label: \"I am not sure\"}",
            "FAIL invariant: every way to \"do not worry\" is numbness that came once and has gone"
        ),
        (
            "      again: {to: neurologist_now,", "      again: {to: muscle_spasm,",
            "FAIL invariant: a possible muscle spasm comes only after the examination excluded serious pathologies"
        ),
        ("      - Tingling sensations\n", "", "FAIL tingling sensations go to a neurologist as soon as possible"),
        (
            "      no: doctor_signs\n", "      no: how_often\n",
            "FAIL invariant: every way to \"do not worry\" has ruled out night numbness and the shoulder-blade symptoms"
        ),
    ])
    func aMutationOfTheLogicBreaksATest(old: String, new: String, failure: String) throws {
        let result = try Fixtures.testMutatedShippedTree(replacing: old, with: new)
        #expect(result.status == 1)
        #expect(result.stdout.contains(failure), "\(result.stdout)")
    }

    /// Issue 20, findings 7 and 8: what no path carries (the text's words for the urgency, the
    /// "first bell" sentence, the safety-net line on every end) no case or invariant can
    /// check, so these do.
    @Test func theWordsNoPathCarriesAreKept() throws {
        let tree = try Fixtures.shippedTree()
        #expect(tree.urgencyWords[.urgent] == "as soon as possible")
        let node = { (id: String) in tree.nodes.first { $0.id == id } }
        #expect(node("neurologist_now")?.advice?.contains("visit a neurologist as soon as possible") == true)
        #expect(
            node("visited_once")?.advice?.contains(
                "However, these sensations can be the first bell signaling the development of serious diseases, so the best decision would be to contact a specialist."
            ) == true)
        #expect(node("muscle_spasm")?.advice?.contains("after the examination") == true)
        #expect(node("red_flags")?.items.last == "Active urination (any change in passing urine)")
        for end in tree.nodes where end.isTerminal {
            #expect(end.inference?.contains("Safety net: if the numbness or pain gets much worse") == true, "\(end.id)")
        }
        // Only "do not worry" reassures.
        #expect(tree.nodes.filter(\.reassures).map(\.id) == ["visited_once"])
        // The text is a patient leaflet: no recommendation is graded.
        #expect(tree.nodes.allSatisfy { $0.evidence == nil })
    }
}
