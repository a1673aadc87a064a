// dtree: `dtree approve`: parses the sign-off's fields; Review/Approval records it.

import ArgumentParser
import DecisionTree
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `dtree approve`: append a sign-off with the tree's current hash to its `review:` list.
struct Approve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Sign off a tree: append {by, role, date, sha256, note} to its review: list.",
        discussion: """
            The sign-off records the tree's content hash ('dtree hash'), so 'dtree validate' \
            can tell when the tree has changed since (review-stale). The file is edited in \
            place by inserting lines: comments, blank lines and key order stay as they were. \
            The result is read back before it is written, atomically. An invalid tree prints \
            its diagnostics, exits 1 and changes nothing. See docs/review.md.

            A sign-off means the tests passed: the tree's scenario file (NAME.tests.yaml \
            beside it, or --tests) is run first, and when a case or an invariant fails, the \
            file cannot run or outcome coverage is below --min-coverage, approve says what \
            failed, exits 1 and changes nothing. The sign-off records what it saw as \
            'tests: 37 passed, coverage 100% outcomes, 100% edges' ('tests: none' for a tree \
            no scenario file tests), and a digest per node ('nodes: red_flags=7af24f27 ...'), \
            so that 'dtree validate' can name the nodes changed since, with or without git.

            With --lang LANG, a translator signs off the translation into LANG instead: \
            every string must be translated from the current text and none fuzzy; the \
            sign-off (by, role, date and a hash over the tree and that language's strings) \
            is written into the PO file's header, and 'dtree validate' reports review-stale \
            when the tree or the translation changes since. No tests are run for it.

            Examples:
              dtree approve Trees/back-numbness.yaml --by "Dr A. Example" \\
                --role neurologist
              dtree approve Trees/back-numbness.yaml --by "B. Example" \\
                --role "clinical lead" --date 2026-11-26 \\
                --note "red flags checked against the guideline"
            """
    )

    @Argument(help: "The tree file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var tree: String

    @Option(help: "The reviewer's name.")
    var by: String

    @Option(help: "The reviewer's role (neurologist, clinical lead, ...).")
    var role: String

    @Option(help: "A remark kept with the sign-off.")
    var note: String?

    @Option(help: "The day of the sign-off, YYYY-MM-DD (default: today, UTC).")
    var date: String?

    @Option(
        help: "The scenario file to run first (default: NAME.tests.yaml beside the tree).", completion: .file(extensions: ["yaml", "yml"]))
    var tests: String?

    @Option(name: .customLong("min-coverage"), help: "Refuse when outcome coverage is below this percentage (0-100).")
    var minCoverage: Double?

    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "Sign off the translation into this language instead (NAME.LANG.po beside the tree; see docs/translation.md).",
            valueName: "LANG"))
    var language: String?

    func validate() throws {
        if by.allSatisfy(\.isWhitespace) { throw ValidationError("--by is empty; give the reviewer's name") }
        if role.allSatisfy(\.isWhitespace) { throw ValidationError("--role is empty; give the reviewer's role") }
        if let date, !SignOff.isDate(date) { throw ValidationError("'\(date)' is not a date; give --date as YYYY-MM-DD") }
        try checkLanguageTag(language)
        if language != nil, by.contains(where: \.isNewline) || role.contains(where: \.isNewline) {
            throw ValidationError("--by and --role are one line each")
        }
        if let minCoverage, !(0...100).contains(minCoverage) {
            throw ValidationError("--min-coverage must be between 0 and 100, not \(minCoverage)")
        }
    }

    func run() throws {
        let loaded = try CommandSupport.loadTree(tree)
        if let language {
            try approveTranslation(loaded, language: language)
            return
        }
        let run = SignOffTests.run(treePath: tree, tests: tests, minimumCoverage: minCoverage)
        guard run.succeeded else {
            try Terminal.standardError(
                "\(tree): error: not approved: the tests of \(run.scenarioFile ?? tree) do not pass; the file is unchanged")
            for failure in run.failures { try Terminal.standardError("  \(failure)") }
            throw ExitCode(1)
        }
        do {
            let signOff = try Approval.approve(
                loaded, path: tree, by: by, role: role, date: date ?? Approval.today(), note: note, tests: run.record)
            try Terminal.line(
                "\(tree): approved by \(signOff.by) (\(signOff.role)) on \(signOff.date), sha256 \(signOff.sha256), tests: \(run.record)")
        } catch {
            try Terminal.standardError("error: \(error)")
            throw ExitCode(2)
        }
    }

    /// A translator's sign-off of one language, recorded in its PO file's header.
    private func approveTranslation(_ loaded: Tree, language: String) throws {
        let approved: (path: String, text: String, signOff: TranslationSignOff)
        do {
            approved = try TranslationApproval.approve(
                tree: loaded, treePath: tree, language: language, by: by, role: role, date: date ?? Approval.today())
        } catch {
            switch error {
            case .unreadable(let diagnostic):
                try Terminal.standardError(DiagnosticFormatter.text(diagnostic, source: nil))
                throw ExitCode(diagnostic.rule == .unreadableFile ? 2 : 1)
            case .notReviewed(let open):
                let file = TranslationCheck.file(besideTree: tree, language: language)
                try Terminal.standardError(
                    "\(file): error: not approved: the '\(language)' translation is not fully reviewed; the file is unchanged")
                for diagnostic in open { try Terminal.standardError("  " + diagnostic.summary) }
                throw ExitCode(1)
            }
        }
        try CommandSupport.emit(Data(approved.text.utf8), to: approved.path)
        try Terminal.line(
            "\(approved.path): approved by \(approved.signOff.by) (\(approved.signOff.role)) on \(approved.signOff.date), sha256 \(approved.signOff.sha256)"
        )
    }
}
