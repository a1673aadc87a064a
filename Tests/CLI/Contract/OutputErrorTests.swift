import DecisionTree
import Foundation
import TestSupport
import Testing

/// Output errors are errors: a standard output that cannot be written ends every command with
/// exit 2 and a message on standard error, a reader that went away with a quiet 141; never a
/// trap, never exit 0.
@Suite struct OutputErrorTests {
    static let tree = "Tests/Fixtures/engine/back-numbness.yaml"

    /// Every command, with arguments that succeed and print something on standard output.
    static let commands: [[String]] = [
        ["validate", tree],
        ["validate", "--format", "json", tree],
        ["validate", "--format", "github", "docs/examples/broken.yaml"],
        ["run", tree, "--answer", "red_flags=Tingling"],
        ["run", tree, "--answer", "red_flags=Tingling", "--json"],
        ["run", tree, "--cases", "-"],
        ["render", tree],
        ["render", tree, "--format", "dot", "-o", "-"],
        ["export", tree, "--format", "json"],
        ["export", tree, "--format", "mermaid"],
        ["test", "Trees/"],
        ["test", "--format", "json", "Trees/"],
        ["--help"],
        ["render", "--help"],
        ["--version"],
    ]

    static let cases = String(repeating: "{\"red_flags\":\"Tingling\"}\n", count: 3)

    @Test(arguments: commands)
    func aFullDeviceExits2WithAMessage(command: [String]) throws {
        let result = try CLI.run(command, stdin: Self.cases, stdoutTo: .file("/dev/full"))
        #expect(result.status == 2, "\(command): \(result.status) \(result.stderr)")
        #expect(result.stderr.contains("error: cannot write standard output: No space left on device"), "\(command): \(result.stderr)")
    }

    @Test(arguments: commands)
    func aClosedPipeExits141Quietly(command: [String]) throws {
        let result = try CLI.run(command, stdin: Self.cases, stdoutTo: .closedPipe)
        #expect(result.status == 141, "\(command): \(result.status) \(result.stderr)")
        #expect(!result.stderr.contains("cannot write"), "\(command): \(result.stderr)")
    }

    @Test func aBatchStopsAtTheFirstFailedWrite() throws {
        // Far more output than one write's chunk: a batch that ran on would print its summary.
        let many = String(repeating: "{\"red_flags\":\"Tingling\"}\n", count: 20_000)
        for sink in [CLI.Sink.file("/dev/full"), .closedPipe] {
            let result = try CLI.run(["run", Self.tree, "--cases", "-"], stdin: many, stdoutTo: sink)
            #expect(result.status == 2 || result.status == 141, "\(sink): \(result.status)")
            #expect(!result.stderr.contains("reached an outcome"), "\(sink): the batch ran on: \(result.stderr)")
        }
    }

    @Test func readErrorsAndFindingsStillFailWithOutputGone() throws {
        // A read error (exit 2) and findings whose diagnostics cannot be printed (141, not 1).
        let result = try CLI.run(["run", "no-such-file.yaml"], stdoutTo: .file("/dev/full"))
        #expect(result.status == 2)
        let broken = try CLI.run(["validate", "docs/examples/broken.yaml"], stdoutTo: .closedPipe)
        #expect(broken.status == 141, "\(broken.stderr)")
    }

    @Test func aFileThatCannotBeWrittenExits2() throws {
        for command in [["render", Self.tree, "--format", "svg"], ["export", Self.tree, "--format", "json"]] {
            let result = try CLI.run(command + ["-o", "/dev/full"])
            #expect(result.status == 2, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("cannot write /dev/full"), "\(command): \(result.stderr)")
        }
        let junit = try CLI.run(["test", "--junit", "/dev/full", "Trees/"])
        #expect(junit.status == 2, "\(junit.stderr)")
    }

    @Test func theDescriptorWriterThrowsTypedErrors() throws {
        let full = open("/dev/full", O_WRONLY)
        #expect(full >= 0)
        defer { close(full) }
        #expect(throws: DescriptorWriteError(code: ENOSPC)) { try DescriptorWriter.writeAll("x", to: full) }
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        close(ends[0])
        defer { close(ends[1]) }
        signal(SIGPIPE, SIG_IGN)
        do {
            try DescriptorWriter.writeAll("x", to: ends[1])
            Issue.record("a write to a closed pipe succeeded")
        } catch {
            #expect(error.isBrokenPipe)
        }
    }
}
