import Foundation
import TestSupport
import Testing

/// `review --against` reads OLD as `diff` does: a file, or REV:PATH from git.
@Suite struct ReviewAgainstRevisionTests {
    private func git(_ arguments: [String], in folder: URL) throws { try TestGit.run(arguments, in: folder) }

    @Test func againstAcceptsRevColonPath() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let root = CLI.packageRoot
        let v1 = try String(contentsOf: root.appendingPathComponent("docs/examples/back-numbness-v1.yaml"), encoding: .utf8)
        let v2 = try String(contentsOf: root.appendingPathComponent("docs/examples/back-numbness-v2.yaml"), encoding: .utf8)
        try scratch.write("tree.yaml", v1)
        try git(["init", "-q"], in: scratch.url)
        try git(["add", "tree.yaml"], in: scratch.url)
        try git(["commit", "-q", "-m", "v1"], in: scratch.url)
        try scratch.write("tree.yaml", v2)
        let fromGit = try CLI.run(["review", "tree.yaml", "--against", "HEAD:tree.yaml"], directory: scratch.url)
        #expect(fromGit.status == 0, "\(fromGit.stderr)")
        try scratch.write("old.yaml", v1)
        let fromFile = try CLI.run(["review", "tree.yaml", "--against", "old.yaml"], directory: scratch.url)
        #expect(fromFile.status == 0)
        #expect(fromGit.stdout.contains("trauma_soon"))
        let missing = try CLI.run(["review", "tree.yaml", "--against", "HEAD:nope.yaml"], directory: scratch.url)
        #expect(missing.status == 2)
        #expect(missing.stdout.isEmpty)
    }

    @Test func fhirActivityDefinitionTitleUsesTheDisplayName() throws {
        let export = try CLI.run(["export", "--format", "fhir", "Trees/back-numbness.yaml"])
        #expect(export.status == 0)
        // The shipped tree declares `therapist: Therapist`: the title is the name a person reads.
        #expect(export.stdout.contains(#""Referral to Therapist""#))
        #expect(!export.stdout.contains(#""Referral to therapist""#))
    }
}
