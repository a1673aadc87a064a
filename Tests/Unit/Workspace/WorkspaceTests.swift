// Tests/Unit/Workspace: the one check of a workspace (which files are trees and scenario files,
// each loaded once) and the one scenario run (suites, coverage by tree, untested trees).

import DecisionTree
import Foundation
import TestSupport
import Testing

@Suite struct WorkspaceTests {
    static let clinic = try! String(
        contentsOfFile: CLI.packageRoot.appendingPathComponent("Tests/Fixtures/scenarios/clinic.yaml").path, encoding: .utf8)

    @Test func aFolderIsSortedIntoTreesScenarioFilesAndOtherFiles() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let tree = try scratch.write("clinic.yaml", Self.clinic)
        let tests = try scratch.write(
            "clinic.tests.yaml", "tree: clinic.yaml\ncases:\n  - name: rest\n    answers: {fever: no}\n    expect: home\n")
        _ = try scratch.write("mkdocs.yml", "site_name: docs\n")
        _ = try scratch.write("notes.txt", "not looked at\n")
        let check = WorkspaceCheck(paths: [scratch.url.path, scratch.url.path + "/missing.yaml"], citations: nil, requireReview: false)
        // In the order found: a folder's files sorted by path.
        #expect(check.files.map(\.path) == [tests, tree])
        #expect(check.files.map(\.isScenario) == [true, false])
        #expect(check.files.allSatisfy { $0.diagnostics.filter { $0.severity == .error }.isEmpty })
        #expect(check.skipped == 1)
        #expect(check.unreadable.map(\.path) == [scratch.url.path + "/missing.yaml"])
    }

    /// Another tool's file is passed over in a folder even when it is broken YAML (the rule the
    /// language server applies to open documents); a broken tree is still reported.
    @Test func aBrokenOtherFileInAFolderIsPassedOverButABrokenTreeIsNot() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        _ = try scratch.write("mkdocs.yml", "site_name: [docs\n")
        let broken = try scratch.write("broken.yaml", "tree: broken\ntitle: [Broken\n")
        let check = WorkspaceCheck(paths: [scratch.url.path], citations: nil, requireReview: false)
        #expect(check.skipped == 1)
        #expect(check.files.map(\.path) == [broken])
        #expect(check.files.first?.diagnostics.first?.rule == .yamlSyntax)
    }

    /// A hazard log (`NAME.hazards.yaml`) names its tree with `tree:` as a scenario file does,
    /// yet a folder's check never reads it as a tree: it is checked as a hazard log.
    @Test func aHazardLogIsNotATree() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let tree = try scratch.write("clinic.yaml", Self.clinic)
        let log = try scratch.write("clinic.hazards.yaml", "tree: clinic.yaml\nhazards: []\n")
        #expect(TreeFiles.isHazardFile(log) && !TreeFiles.isTreeFile(log))
        let check = WorkspaceCheck(paths: [scratch.url.path], citations: nil, requireReview: false)
        #expect(check.files.map(\.path) == [tree, log])
        #expect(check.files.allSatisfy { $0.diagnostics.isEmpty })
    }

    @Test func aNamedNonTreeIsCheckedAndFails() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let other = try scratch.write("mkdocs.yml", "site_name: docs\n")
        let check = WorkspaceCheck(paths: [other], citations: nil, requireReview: false)
        #expect(check.skipped == 0)
        #expect(check.files.count == 1)
        #expect(check.files[0].diagnostics.contains { $0.severity == .error })
    }

    @Test func oneRunGivesSuitesCoverageByTreeAndUntestedTrees() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        _ = try scratch.write("clinic.yaml", Self.clinic)
        _ = try scratch.write("a.tests.yaml", "tree: clinic.yaml\ncases:\n  - name: rest\n    answers: {fever: no}\n    expect: home\n")
        _ = try scratch.write(
            "b.tests.yaml", "tree: clinic.yaml\ncases:\n  - name: rest again\n    answers: {fever: no}\n    expect: home\n")
        let untested = try scratch.write("other.yaml", Self.clinic.replacingOccurrences(of: "tree: clinic", with: "tree: other"))
        let run = ScenarioRun(paths: [scratch.url.path], citations: nil)
        #expect(run.suites.count == 2)
        #expect(run.suites.allSatisfy { $0.run.report.failures == 0 })
        // Both files test one tree: one coverage, counting both files' cases.
        #expect(run.coverage.count == 1)
        #expect(run.coverage.first?.reachedOutcomes.count == 1)
        #expect(run.untestedTrees == [untested])
        #expect(!run.foundNothing)
    }

    @Test func pathsWithNoScenarioFileFindNothing() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let run = ScenarioRun(paths: [scratch.url.path], citations: nil)
        #expect(run.foundNothing)
        #expect(run.events.isEmpty)
    }
}
