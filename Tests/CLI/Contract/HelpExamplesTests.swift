import Foundation
import TestSupport
import Testing

/// Every example in every command's `--help` is run, as the docs' examples are
/// (DocExamplesTests): each `Examples:` line of each subcommand's help, joined with its `\`
/// continuation lines, runs under `/bin/sh` in a scratch copy of the files it names, and must
/// exit as expected. Each line fits 80 columns, so copying a wrapped example cannot break it.
@Suite(.serialized) struct HelpExamplesTests {
    struct Example: CustomTestStringConvertible, Sendable {
        let command: String
        let text: String
        var testDescription: String { text }
    }

    /// The subcommands `dtree --help` lists.
    static var subcommands: [String] {
        let help = (try? CLI.run(["--help"]).stdout) ?? ""
        guard let start = help.range(of: "SUBCOMMANDS:\n") else { return [] }
        return help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { !$0.isEmpty }
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
    }

    /// The raw `Examples:` lines of each subcommand's help, at 80 columns.
    static var exampleLines: [(command: String, lines: [String])] {
        subcommands.map { command in
            let help = (try? CLI.run([command, "--help"], environment: ["COLUMNS": "80"]).stdout) ?? ""
            let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard let start = lines.firstIndex(of: "Examples:") else { return (command, []) }
            return (command, Array(lines[(start + 1)...].prefix { !$0.isEmpty }))
        }
    }

    /// Every example, continuation lines joined.
    static var examples: [Example] {
        exampleLines.flatMap { command, lines in
            var examples: [Example] = []
            var current = ""
            for line in lines {
                let text = line.trimmingCharacters(in: .whitespaces)
                if current.hasSuffix("\\") {
                    current = String(current.dropLast()) + text
                } else {
                    if !current.isEmpty { examples.append(Example(command: command, text: current)) }
                    current = text
                }
            }
            if !current.isEmpty { examples.append(Example(command: command, text: current)) }
            return examples
        }
    }

    @Test func everyCommandWithOptionsHasExamplesThatFitEightyColumns() {
        let all = Self.exampleLines
        #expect(all.count >= 10, "\(all.map(\.command))")
        for (command, lines) in all where command != "lsp" {
            #expect(!lines.isEmpty, "dtree \(command) --help has no examples")
            var continued = false
            for line in lines {
                #expect(line.count <= 80, "dtree \(command): '\(line)' is longer than 80 columns")
                // A line is an example's start (two spaces, then a command) or a continuation of
                // one ending in '\' (four spaces): anything else is an example wrapped by the help.
                let starts = line.hasPrefix("  dtree ") || line.hasPrefix("  printf ")
                #expect(
                    continued ? line.hasPrefix("    ") : starts,
                    "dtree \(command): '\(line)' is neither an example nor its continuation: the help wrapped it")
                continued = line.hasSuffix("\\")
            }
        }
    }

    /// A scratch work folder holding what the examples name: the shipped tree and its scenario
    /// file, a git history (`HEAD~1`, branch `main`), cases for `--cases`, `my-tree.yaml` with
    /// its cases and older version, `../shared/seed`, and the ward fixture with its hazard log.
    private func workspace() throws -> (ScratchFolder, URL) {
        let scratch = try ScratchFolder()
        let work = scratch.url.appendingPathComponent("work")
        let root = CLI.packageRoot
        func read(_ path: String) throws -> String { try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) }
        try FileManager.default.createDirectory(
            at: scratch.url.appendingPathComponent("shared/seed"), withIntermediateDirectories: true)
        try scratch.write("work/Trees/back-numbness.yaml", try read("docs/examples/back-numbness-v1.yaml"))
        try git(["init", "-q", "-b", "main"], in: work)
        try git(["add", "."], in: work)
        try git(["commit", "-q", "-m", "v1"], in: work)
        try git(["checkout", "-q", "-b", "change"], in: work)
        try scratch.write("work/Trees/back-numbness.yaml", try read("Trees/back-numbness.yaml"))
        try scratch.write("work/Trees/back-numbness.tests.yaml", try read("Trees/back-numbness.tests.yaml"))
        // Its hazard log reviews its inferences (validate --strict counts the unreviewed ones).
        try scratch.write("work/Trees/back-numbness.hazards.yaml", try read("Trees/back-numbness.hazards.yaml"))
        try git(["add", "."], in: work)
        try git(["commit", "-q", "-m", "current"], in: work)
        try scratch.write("work/old.yaml", try read("docs/examples/back-numbness-v1.yaml"))
        try scratch.write("work/cases.jsonl", #"{"red_flags": "none", "injury": "yes"}"# + "\n")
        try scratch.write("work/my-tree.yaml", try read("docs/examples/back-numbness-v2.yaml"))
        try scratch.write(
            "work/cases/my-tree.tests.yaml",
            try read("docs/examples/back-numbness-v2.tests.yaml").replacingOccurrences(
                of: "tree: back-numbness-v2.yaml", with: "tree: ../my-tree.yaml"))
        try scratch.write("work/old/my-tree.yaml", try read("docs/examples/back-numbness-v1.yaml"))
        for file in ["ward.yaml", "ward.tests.yaml", "ward.hazards.yaml"] {
            try scratch.write("work/Tests/Fixtures/hazards/" + file, try read("Tests/Fixtures/hazards/" + file))
        }
        try FileManager.default.createDirectory(at: work.appendingPathComponent("out"), withIntermediateDirectories: true)
        return (scratch, work)
    }

    private func git(_ arguments: [String], in folder: URL) throws { try TestGit.run(arguments, in: folder) }

    /// Runs `text` with `/bin/sh` in `folder`, `dtree` on the PATH, `answers` on standard input.
    private func shell(_ text: String, in folder: URL, answers: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", text]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = CLI.executable.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let output = folder.appendingPathComponent(".example-output")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = handle
        let input = Pipe()
        process.standardInput = input
        try process.run()
        try? input.fileHandleForWriting.write(contentsOf: Data(answers.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: output, encoding: .utf8))
    }

    @Test(arguments: examples)
    func exampleRuns(example: Example) throws {
        let (scratch, work) = try workspace()
        defer { scratch.cleanup() }
        // A walk's answers: all of them, or those after the ones --answer gives.
        let answers = example.text.contains("--answer") ? "3\novaries\n" : "none\nno\n3\novaries\n"
        let (status, output) = try shell(example.text, in: work, answers: answers)
        // A diff of models that differ exits 1 (findings), as documented; every other example 0.
        let expected: Int32 = example.command == "diff" ? 1 : 0
        #expect(status == expected, "\(example.text) exited \(status):\n\(output)")
        #expect(!output.contains("Error:") && !output.contains("error:"), "\(example.text):\n\(output)")
        if example.text.hasPrefix("printf ") { #expect(output.contains("Refer to: Gynecologist"), "\(output)") }
        if example.text.contains("--record") {
            #expect(output.contains("recorded case"), "\(output)")
        }
    }
}
