import DecisionTreePage
import Foundation
import TestSupport
import Testing

/// `dtree review` keeps the one CLI contract.
@Suite struct ReviewPageCLITests {
    @Test func writesThePageToStandardOutputWithTheTestsBesideTheTree() throws {
        let result = try CLI.run(["review", "Trees/back-numbness.yaml", "-o", "-"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(result.stdout.contains("From back-numbness.tests.yaml."))
        #expect(result.stdout.hasSuffix("</html>\n"))
    }

    @Test func aFailingScenarioWritesThePageAndExitsOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dtree-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("page.html").path
        let result = try CLI.run([
            "review", "Tests/Fixtures/scenarios/clinic.yaml", "--tests", "Tests/Fixtures/scenarios/failing/clinic.tests.yaml", "-o", out,
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("failed; the page shows"))
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("✘ FAIL"))
    }

    @Test func unreadableTestsAndUnwritableOutputExitTwo() throws {
        let missing = try CLI.run(["review", "Trees/back-numbness.yaml", "--tests", "no/such.tests.yaml", "-o", "-"])
        #expect(missing.status == 2)
        let unwritable = try CLI.run(["review", "Trees/back-numbness.yaml", "-o", "/nonexistent-folder/page.html"])
        #expect(unwritable.status == 2)
        #expect(unwritable.stderr.contains("cannot write"))
    }

    @Test func anInvalidTreeWritesNothingAndExitsOne() throws {
        let result = try CLI.run(["review", "docs/examples/broken.yaml", "-o", "-"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("unknown-key"))
    }
}
