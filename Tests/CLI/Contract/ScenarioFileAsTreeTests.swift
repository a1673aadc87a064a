import Foundation
import TestSupport
import Testing

/// `hash`, `approve`, `render`, `run` and `review` given a scenario file say it is one and name
/// the tree it tests, in the same words, once; exit 1 and nothing written.
@Suite struct ScenarioFileAsTreeTests {
    static let commands: [[String]] = [
        ["hash"], ["approve", "--by", "A", "--role", "r"], ["render", "--format", "dot"], ["run"], ["review"],
    ]

    @Test(arguments: commands)
    func aScenarioFileIsNamedAsOne(command: [String]) throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let shipped = CLI.packageRoot.appendingPathComponent("Trees/back-numbness.tests.yaml")
        let tests = try scratch.write("t.tests.yaml", try String(contentsOf: shipped, encoding: .utf8))
        let before = try Data(contentsOf: URL(fileURLWithPath: tests))
        var arguments = [command[0], tests] + command.dropFirst()
        if command[0] == "review" { arguments += ["-o", scratch.url.appendingPathComponent("r.html").path] }
        let result = try CLI.run(arguments, stdin: "")
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "\(tests):7:1: error: this is a scenario file, not a tree: it tests 'back-numbness.yaml'; give that tree instead, or run the cases with 'dtree test' [not-a-tree-file]\ntree: back-numbness.yaml\n^\n",
            "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: tests)) == before)
        #expect(!FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("r.html").path))
    }
}
