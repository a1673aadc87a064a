// dtree: `dtree validate`: parses and prints; the library finds and checks the files.

import ArgumentParser
import DecisionTree

/// `dtree validate`: check tree files and print located diagnostics.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check tree files and report every problem with its file, line and column.",
        discussion: """
            PATH is a file or a folder (the current folder when none is given). In a folder, \
            every *.yaml, *.yml and *.json file that is a tree (it has a top-level 'tree:' key) \
            is checked, and every *.tests.yaml scenario file is checked against the tree it \
            names; other YAML and JSON files (mkdocs.yml, package.json) are skipped and counted. \
            A file named explicitly is always checked. A tree whose latest review: sign-off no \
            longer matches its content hash gets a review-stale warning naming what changed \
            since (when git history holds the approved version); with --require-review, a tree \
            with no sign-off gets review-missing. Each tree is read and validated once, \
            however many scenario files name it. A hazard log (NAME.hazards.yaml, found in a \
            folder, named, or beside a tree checked) is checked against its tree and that \
            tree's scenario file, which is run (docs/safety.md). The translations beside a tree \
            (NAME.LANG.po) are checked against it: translation-missing and translation-stale \
            are warnings, translation-unreviewed (fuzzy drafts) a note that --require-review \
            makes a warning; see docs/translation.md.

            A tree's cites are checked against its source document (its 'source:' file), \
            looked up beside the tree, then in each --sources folder, then in the folders of \
            DTREE_SOURCES (colon-separated). A source that cannot be found is a note, which \
            never fails the check. --strict also requires a 'cite:' on every refer and outcome, \
            and that every inference is reviewed: its node named by a hazard of the tree's \
            hazard log or in the current sign-off's note (inference-unreviewed).

            Exit status: 0 when there are no errors, 1 when any file has an error (or, with \
            --strict, a warning), 2 when a path cannot be read.

            Examples:
              dtree validate
              dtree validate Trees/
              dtree validate --strict --format github Trees/back-numbness.yaml
              dtree validate --strict --sources ../shared/seed Trees/
            """
    )

    @OptionGroup var output: DiagnosticOutputOptions

    @Flag(
        help:
            "Treat warnings as errors for the exit status, require a 'cite:' on every refer and outcome node, and require every inference reviewed in a hazard or a sign-off note."
    )
    var strict = false

    @OptionGroup var sources: SourceOptions

    @Flag(
        help:
            "Warn (review-missing) about a tree with no sign-off in its review: list, and (translation-unreviewed) about fuzzy translations."
    )
    var requireReview = false

    @Argument(help: "Tree files, scenario files or folders to check (default: the current folder).", completion: .file())
    var paths: [String] = []

    func run() throws {
        let check = WorkspaceCheck(
            paths: paths, citations: sources.citations(requireCites: strict), requireReview: requireReview,
            requireInferenceReview: strict)
        var printer = DiagnosticPrinter(format: output.format)
        for unreadable in check.unreadable { try printer.readError(unreadable) }
        for file in check.files { try printer.add(file.diagnostics, source: file.source) }
        try printer.finish(files: check.files.count, skipped: check.skipped)
        if !check.unreadable.isEmpty { throw ExitCode(2) }
        if printer.errors > 0 || (strict && printer.warnings > 0) { throw ExitCode(1) }
    }
}
