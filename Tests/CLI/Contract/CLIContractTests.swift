import DecisionTree
import Foundation
import TestSupport
import Testing

/// One contract in every command: exit 0 success, 1 findings, 2 unreadable input or unwritable
/// output, 64 usage; the same mistake in the same words; `-o -` is standard output.
@Suite struct CLIContractTests {
    static let tree = "Tests/Fixtures/engine/back-numbness.yaml"

    @Test(arguments: ["run", "render"])
    func malformedAnswerIsAUsageErrorWithTheCommandsUsage(command: String) throws {
        let result = try CLI.run([command, Self.tree, "--answer", "duration"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Error: 'duration' is not NODE=ANSWER"), "\(result.stderr)")
        #expect(result.stderr.contains("Usage: dtree \(command) "), "\(result.stderr)")
    }

    @Test(arguments: ["run", "render"])
    func anAnswerNamingNoNodeIsAUsageErrorInTheSameWords(command: String) throws {
        let result = try CLI.run(
            [command, Self.tree, "--answer", "recuring=yes"] + (command == "render" ? ["--format", "svg", "-o", "/dev/null"] : []))
        #expect(result.status == 64)
        #expect(result.stderr.contains("Error: the tree has no node 'recuring' (did you mean 'recurring'?)"), "\(result.stderr)")
        #expect(result.stderr.contains("Usage: dtree \(command) "), "\(result.stderr)")
    }

    @Test(arguments: ["run", "render"])
    func anAnswerThatDoesNotFitIsAUsageErrorInTheSameWords(command: String) throws {
        let result = try CLI.run(
            [command, Self.tree, "--answer", "recurring=sure"] + (command == "render" ? ["--format", "svg", "-o", "/dev/null"] : []))
        #expect(result.status == 64)
        #expect(result.stderr.contains("Error: 'sure' is not an answer to 'recurring'; valid: yes, no"), "\(result.stderr)")
    }

    @Test(arguments: ["run", "render"])
    func aNodeAnsweredTwiceIsAUsageError(command: String) throws {
        let result = try CLI.run([command, Self.tree, "--answer", "recurring=yes", "--answer", "recurring=no"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("'recurring' is answered more than once"), "\(result.stderr)")
    }

    @Test func fromNamingNoNodeIsAUsageError() throws {
        for extra in [[String](), ["--cases", "-"]] {
            let result = try CLI.run(["run", Self.tree, "--from", "therapist_findings"] + extra, stdin: "")
            #expect(result.status == 64, "\(extra)")
            #expect(
                result.stderr.contains("Error: --from: the tree has no node 'therapist_findings' (did you mean 'therapist_finding'?)"),
                "\(result.stderr)")
        }
    }

    @Test(arguments: [["validate"], ["run"], ["render"], ["export", "--format", "json"], ["test"]])
    func aMissingFileExits2(command: [String]) throws {
        let result = try CLI.run(command + ["no-such-file.yaml"])
        #expect(result.status == 2, "\(command): \(result.stderr)")
        #expect(result.stderr.contains("no-such-file.yaml"), "\(result.stderr)")
    }

    @Test(arguments: [["validate"], ["run"], ["render"], ["export", "--format", "json"]])
    func anInvalidTreeExits1(command: [String]) throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = try scratch.write("bad.yaml", "tree: t\ntitle: T\nstart: a\nnodes:\n  a: {question: Q}\n")
        let result = try CLI.run(command + [path])
        #expect(result.status == 1, "\(command): \(result.stderr)")
        #expect((result.stdout + result.stderr).contains("too-few-answers"))
    }

    @Test func helpForAnUnknownCommandIsAUsageError() throws {
        let result = try CLI.run(["help", "rnu"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("'rnu' is not a dtree command (did you mean 'run'?)"), "\(result.stderr)")
        #expect(try CLI.run(["help", "run"]).status == 0)
    }

    @Test func dashOIsStandardOutput() throws {
        let render = try CLI.run(["render", Self.tree, "-o", "-"])
        #expect(render.status == 0 && render.stdout.hasPrefix("<?xml"))
        let export = try CLI.run(["export", Self.tree, "--format", "mermaid", "-o", "-"])
        #expect(export.status == 0 && export.stdout.hasPrefix("flowchart TD"))
        #expect(!FileManager.default.fileExists(atPath: CLI.packageRoot.appendingPathComponent("-").path))
    }

    @Test func exportInfersItsFormatFromTheExtension() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        for (name, prefix) in [("t.mmd", "flowchart"), ("t.json", "{"), ("t.gv", "digraph"), ("t.dot", "digraph")] {
            let path = scratch.url.appendingPathComponent(name).path
            let result = try CLI.run(["export", Self.tree, "-o", path])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect((try? String(contentsOfFile: path, encoding: .utf8))?.hasPrefix(prefix) == true, "\(name)")
        }
        let unknown = try CLI.run(["export", Self.tree, "-o", scratch.url.appendingPathComponent("t.txt").path])
        #expect(unknown.status == 64 && unknown.stderr.contains("cannot tell the format"))
    }

    @Test func enumeratedValuesIgnoreCase() throws {
        let lower = try CLI.run(["render", Self.tree, "--format", "DOT", "--rankdir", "lr"])
        #expect(lower.status == 0, "\(lower.stderr)")
        #expect(lower.stdout.contains("rankdir=\"LR\""))
        #expect(try CLI.run(["validate", "--format", "JSON", Self.tree]).status == 0)
        #expect(try CLI.run(["render", Self.tree, "--rankdir", "sideways"]).status == 64)
    }

    @Test func validateWithNoPathChecksTheCurrentFolderAndSkipsFilesThatAreNotTrees() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        try scratch.write("mkdocs.yml", "site_name: docs\nnav: [index.md]\n")
        try scratch.write("package.json", "{\"name\": \"x\", \"deps\": {\"tree\": \"1.0\"}}\n")
        try scratch.write("good.yaml", "tree: t\ntitle: T\nstart: a\nnodes:\n  a: {outcome: A}\n")
        let result = try CLI.run(["validate"], directory: scratch.url)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("1 file checked: 0 errors, 0 warnings; 2 files skipped (not trees)"), "\(result.stdout)")
        // A file named explicitly is always checked.
        let named = try CLI.run(["validate", "mkdocs.yml"], directory: scratch.url)
        #expect(named.status == 1 && named.stdout.contains("unknown-key"), "\(named.stdout)")
        // A broken tree in the folder is still found.
        try scratch.write("broken.yaml", "tree: b\ntitle: B\nstart: a\nnodes:\n  a: {question: Q}\n")
        #expect(try CLI.run(["validate"], directory: scratch.url).status == 1)
    }

    @Test func aTreeNamedByTwoScenarioFilesIsValidatedOnce() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        // 'c' is unreachable: a warning the tree file gives once.
        try scratch.write("t.yaml", "tree: t\ntitle: T\nstart: a\nnodes:\n  a: {outcome: A}\n  c: {outcome: C}\n")
        try scratch.write("t.tests.yaml", "tree: t.yaml\ncases:\n  - {name: one, answers: {}, expect: a}\n")
        try scratch.write("more/t2.tests.yaml", "tree: ../t.yaml\ncases:\n  - {name: two, answers: {}, expect: a}\n")
        let result = try CLI.run(["validate", "."], directory: scratch.url)
        #expect(result.stdout.components(separatedBy: "unreachable-node").count == 2, "\(result.stdout)")
        #expect(result.stdout.contains("3 files checked: 0 errors, 1 warning"), "\(result.stdout)")
    }

    @Test func coverageBelowTheMinimumFailsInEveryFormatAndInJUnit() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let tests = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/scenarios/partial/clinic.tests.yaml").path
        let junit = scratch.url.appendingPathComponent("junit.xml").path
        let text = try CLI.run(["test", "--min-coverage", "100", "--junit", junit, tests])
        #expect(text.status == 1)
        let last = text.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasSuffix(", 1 failed"), "\(text.stdout)")
        let xml = try String(contentsOfFile: junit, encoding: .utf8)
        #expect(xml.contains("type=\"coverage-below-minimum\""), "\(xml)")
        #expect(xml.contains("classname=\"clinic.coverage\"") || xml.contains(".coverage\""), "\(xml)")
        let github = try CLI.run(["test", "--min-coverage", "100", "--format", "github", tests])
        #expect(
            github.status == 1 && github.stdout.contains("::error") && github.stdout.contains("coverage-below-minimum"), "\(github.stdout)")
        let json = try CLI.run(["test", "--min-coverage", "100", "--format", "json", tests])
        #expect(
            json.status == 1 && json.stdout.contains("\"belowMinimum\" : true") && json.stdout.contains("\"failed\" : 1"), "\(json.stdout)")
        #expect(json.stderr.contains(", 1 failed"))
    }

    @Test func aJUnitFileThatCannotBeWrittenIsAnOutputError() throws {
        let result = try CLI.run(["test", "--junit", "/no-such-folder/junit.xml", "Trees/"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("cannot write /no-such-folder/junit.xml"), "\(result.stderr)")
    }
}

/// PNG and PDF are not written to a terminal unless `-o` asks for it; util-linux `script` gives
/// the command a pseudo-terminal for standard output.
@Suite struct BinaryAtTerminalTests {
    static var script: String? { ["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) } }

    func runAtTerminal(_ arguments: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.script))
        process.arguments = ["-qec", "\(CLI.executable.path) \(arguments)", "/dev/null"]
        process.currentDirectoryURL = CLI.packageRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test
    func pngAndPDFAreRefusedAtATerminal() throws {
        for format in ["png", "pdf", "PNG"] {
            let result = try runAtTerminal("render Trees/back-numbness.yaml --format \(format)")
            #expect(result.status == 64, "\(format): \(result.output)")
            #expect(result.output.contains("is binary and standard output is a terminal"), "\(result.output)")
        }
        let svg = try runAtTerminal("render Trees/back-numbness.yaml --format svg")
        #expect(svg.status == 0 && svg.output.contains("<svg"))
    }

    /// `dtree safety --format pdf` is refused at a terminal in the same words as `dtree render`.
    @Test
    func theSafetyReportsPDFIsRefusedAtATerminal() throws {
        let pdf = try runAtTerminal("safety Tests/Fixtures/hazards/ward.yaml --format pdf")
        #expect(pdf.status == 64, "\(pdf.output)")
        #expect(pdf.output.contains("PDF is binary and standard output is a terminal; give -o FILE (or -o - to insist)"), "\(pdf.output)")
        let markdown = try runAtTerminal("safety Tests/Fixtures/hazards/ward.yaml")
        #expect(markdown.status == 0 && markdown.output.contains("# Clinical safety case report: Ward triage"))
    }
}
