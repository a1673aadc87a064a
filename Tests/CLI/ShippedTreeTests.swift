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
        #expect(cli.stdout.hasSuffix("3 files checked: 0 errors, 0 warnings, 1 note\n"), "\(cli.stdout)")
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
        let result = try CLI.run(["validate", "--strict", copy], environment: ["DTREE_SOURCES": ""])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("note: source 'spine-numbness-referral.txt' was not found"))
    }

    /// Issue 9: pointing the single-episode outcome's way in past the injury question must
    /// break an invariant of the shipped scenario file.
    @Test func skippingTheInjuryQuestionBreaksAnInvariant() throws {
        let result = try Fixtures.testMutatedShippedTree(replacing: "    none: injury\n", with: "    none: once\n")
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL invariant: every way to \"do not worry\" has ruled out an injury"), "\(result.stdout)")
        #expect(result.stdout.contains("counterexample: red_flags (none) -> once (yes) -> visited_once"))
    }
}
