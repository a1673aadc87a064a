import ArgumentParser
import DecisionTree

/// `dtree validate`: check tree files and print located diagnostics.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check tree files and report every problem with its file, line and column.",
        discussion: """
            PATH is a file or a folder; in a folder every *.yaml, *.yml and *.json file is \
            checked, and every *.tests.yaml scenario file is checked against the tree it names. Exit status: 0 when there are no errors, 1 when any file has an error \
            (or, with --strict, a warning), 2 when a path cannot be read.

            Examples:
              dtree validate Trees/
              dtree validate --strict --format github Trees/back-numbness.yaml
            """
    )

    @OptionGroup var output: DiagnosticOutputOptions

    @Flag(help: "Treat warnings as errors for the exit status.")
    var strict = false

    @Argument(help: "Tree files or folders to check.", completion: .file())
    var paths: [String]

    func run() throws {
        // Trees and scenario files in one walk of each folder.
        let found = TreeFiles.collect(paths) { TreeFiles.isTreeFile($0) || TreeFiles.isScenarioFile($0) }
        var printer = DiagnosticPrinter(format: output.format)
        for unreadable in found.unreadable { printer.readError(unreadable) }
        var unreadable = found.unreadable.count
        let files = found.files
        for file in files {
            do {
                if TreeFiles.isScenarioFile(file) {
                    let result = try ScenarioLoader.load(contentsOf: file)
                    printer.add(result.diagnostics, source: result.source)
                } else {
                    let result = try TreeLoader.load(contentsOf: file)
                    printer.add(result.diagnostics, source: result.source)
                }
            } catch {
                printer.readError(error)
                unreadable += 1
            }
        }
        printer.finish(files: files.count)
        if unreadable > 0 { throw ExitCode(2) }
        if printer.errors > 0 || (strict && printer.warnings > 0) { throw ExitCode(1) }
    }
}
