import Foundation
import TestSupport
import Testing

/// `dtree validate` through the built binary: output shapes and exit codes.
@Suite struct ValidateCLITests {
    static let broken = "tree: t\ntitle: T\nstart: a\nnodes:\n  a:\n    question: Q\n    anwsers: {yes: b, no: b}\n  b: {outcome: B}\n"
    static let warnsOnly = "tree: w\ntitle: W\nstart: a\nnodes:\n  a: {outcome: A}\n  b: {outcome: B}\n"

    @Test func shippedTreesAreClean() throws {
        let result = try CLI.run(["validate", "Trees/"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("0 errors, 0 warnings"))
    }

    @Test func errorsPrintLocatedWithCaretAndExit1() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let file = try scratch.write("broken.yaml", Self.broken)
        let result = try CLI.run(["validate", file])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(
            lines.firstIndex { $0.hasPrefix("\(file):7:5: error: unknown key 'anwsers' (did you mean 'answers'?) [unknown-key]") },
            "\(result.stdout)")
        #expect(lines[index + 1] == "    anwsers: {yes: b, no: b}")
        #expect(lines[index + 2] == "    ^")
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test func folderSkipsOtherFilesAndFindsNested() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        try scratch.write("a/deep/broken.yml", Self.broken)
        try scratch.write("notes.txt", "not a tree")
        try scratch.write("ok.json", "{\"tree\": \"j\", \"title\": \"J\", \"start\": \"a\", \"nodes\": {\"a\": {\"outcome\": \"x\"}}}")
        let result = try CLI.run(["validate", scratch.url.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("broken.yml:7:5: error"))
        #expect(result.stdout.contains("2 files checked"))
    }

    @Test func strictTurnsWarningsIntoFailure() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let file = try scratch.write("w.yaml", Self.warnsOnly)
        #expect(try CLI.run(["validate", file]).status == 0)
        let strict = try CLI.run(["validate", "--strict", file])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("warning: node 'b' cannot be reached from start 'a' [unreachable-node]"))
    }

    @Test func unreadablePathExits2() throws {
        let result = try CLI.run(["validate", "/nonexistent/x.yaml", "Trees/"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/x.yaml"))
    }

    @Test func jsonFormatIsOneArray() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let file = try scratch.write("broken.yaml", Self.broken)
        let result = try CLI.run(["validate", "--format", "json", file])
        #expect(result.status == 1)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let row = try #require(rows.first { $0["rule"] as? String == "unknown-key" })
        #expect(row["file"] as? String == file)
        #expect(row["line"] as? Int == 7)
        #expect(row["column"] as? Int == 5)
        #expect(row["severity"] as? String == "error")
        #expect((row["message"] as? String)?.contains("anwsers") == true)
        #expect(Set(row.keys) == ["file", "line", "column", "severity", "rule", "message"])
    }

    @Test func githubFormatIsWorkflowCommands() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let file = try scratch.write("broken.yaml", Self.broken)
        let result = try CLI.run(["validate", "--format", "github", file])
        #expect(result.status == 1)
        #expect(result.stdout.contains("::error file=\(file),line=7,col=5::unknown key 'anwsers' (did you mean 'answers'?) [unknown-key]"))
        // The misspelt key is read as `answers` after the one error, so `b` is reachable: no follow-on warning.
        #expect(!result.stdout.contains("::warning"), "\(result.stdout)")
        let warnsFile = try scratch.write("w.yaml", Self.warnsOnly)
        let warns = try CLI.run(["validate", "--format", "github", warnsFile])
        #expect(warns.status == 0)
        #expect(warns.stdout.contains("::warning file=\(warnsFile),line=6,col=3::node 'b' cannot be reached"), "\(warns.stdout)")
    }

    @Test func hostileFilesFailCleanly() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let deep = try scratch.write("deep.yaml", String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))
        let binary = scratch.url.appendingPathComponent("bin.yaml")
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00]).write(to: binary)
        let empty = try scratch.write("empty.yaml", "")
        for (file, rule) in [(deep, "nesting-too-deep"), (binary.path, "binary-file"), (empty, "empty-file")] {
            let result = try CLI.run(["validate", file])
            #expect(result.status == 1, "\(file)")
            #expect(result.stdout.contains("\(file):1:") && result.stdout.contains("[\(rule)]"), "\(result.stdout)")
        }
    }
}
