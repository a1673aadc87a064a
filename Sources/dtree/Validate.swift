import ArgumentParser
import DecisionTree

/// `dtree validate`: check tree files and print located diagnostics.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check tree files and report every problem with its file, line and column.",
        discussion: """
            PATH is a file or a folder (the current folder when none is given). In a folder, \
            every *.yaml, *.yml and *.json file that is a tree (it has a top-level 'tree:' key) \
            is checked, and every *.tests.yaml scenario file is checked against the tree it \
            names; other YAML and JSON files (mkdocs.yml, package.json) are skipped and counted. \
            A file named explicitly is always checked. Each tree is read and validated once, \
            however many scenario files name it.

            Exit status: 0 when there are no errors, 1 when any file has an error (or, with \
            --strict, a warning), 2 when a path cannot be read.

            Examples:
              dtree validate
              dtree validate Trees/
              dtree validate --strict --format github Trees/back-numbness.yaml
            """
    )

    @OptionGroup var output: DiagnosticOutputOptions

    @Flag(help: "Treat warnings as errors for the exit status.")
    var strict = false

    @Argument(help: "Tree files, scenario files or folders to check (default: the current folder).", completion: .file())
    var paths: [String] = []

    func run() throws {
        // Trees and scenario files in one walk of each folder.
        let found = TreeFiles.collect(paths.isEmpty ? ["."] : paths) { TreeFiles.isTreeFile($0) || TreeFiles.isScenarioFile($0) }
        var printer = DiagnosticPrinter(format: output.format)
        for unreadable in found.unreadable { try printer.readError(unreadable) }
        var unreadable = found.unreadable.count
        let trees = TreeCache()
        var checked = 0
        var skipped = 0
        // Trees first, so a scenario file finds its tree already loaded; printed in the order found.
        var printed: [(diagnostics: [Diagnostic], source: SourceText?)?] = Array(repeating: nil, count: found.files.count)
        for (position, file) in found.files.enumerated() where !TreeFiles.isScenarioFile(file) {
            do {
                let result = try trees.load(file, onlyTrees: found.fromFolders.contains(file))
                if result.skipped {
                    skipped += 1
                    continue
                }
                printed[position] = (result.diagnostics, result.source)
            } catch {
                try printer.readError(error)
                unreadable += 1
            }
        }
        for (position, file) in found.files.enumerated() where TreeFiles.isScenarioFile(file) {
            do {
                let result = try ScenarioLoader.load(contentsOf: file, trees: trees)
                printed[position] = (result.diagnostics, result.source)
            } catch {
                try printer.readError(error)
                unreadable += 1
            }
        }
        for case let (diagnostics, source)? in printed {
            checked += 1
            try printer.add(diagnostics, source: source)
        }
        try printer.finish(files: checked, skipped: skipped)
        if unreadable > 0 { throw ExitCode(2) }
        if printer.errors > 0 || (strict && printer.warnings > 0) { throw ExitCode(1) }
    }
}
