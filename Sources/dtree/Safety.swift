// dtree: `dtree safety`: parses and prints; Hazards/ builds the safety case and its report,
// Rendering/ lays the report out as PDF.

import ArgumentParser
import DecisionTree
import DecisionTreeRendering
import FoundationEssentials

/// The formats of `dtree safety`'s report.
enum SafetyFormat: String, CaseIterable, CaseInsensitiveArgument {
    case markdown
    case html
    case pdf

    /// The format a file name's extension names, or `nil`.
    init?(path: String) {
        switch PathName.pathExtension(of: path).lowercased() {
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "pdf": self = .pdf
        default: return nil
        }
    }
}

/// `dtree safety`: a clinical safety case report from a tree, its hazard log, its tests and its sign-offs.
struct Safety: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "safety",
        abstract: "Write a clinical safety case report from a tree, its hazard log, its tests and its sign-offs.",
        discussion: """
            The tree's hazard log is NAME.hazards.yaml beside it, and its scenario file \
            NAME.tests.yaml is run. The report gives the scope and intended use (title, source, \
            disclaimer), the DCB0129 risk matrix with each hazard placed (initial and residual), \
            each hazard with its controls and their evidence (an invariant proved over all N \
            paths, a case passed), the open items, the tree's content hash and the Clinical \
            Safety Officer's sign-off block (the tree's sign-offs, or empty lines to sign). \
            Markdown, one self-contained HTML page or a PDF (laid out in process through \
            Graphviz: one A4-wide page as long as the report); the format comes from -o's \
            extension (.md, .html, .pdf) or --format (standard output is Markdown unless --format \
            says otherwise; PDF is refused at a terminal unless -o is given). See docs/safety.md.

            Exit status: 0 when every hazard is verified and every test passes, 1 when the \
            report shows a hazard not verified, a failing test or an error in the hazard file \
            (the report is written all the same) or the tree is invalid, 2 when a file cannot \
            be read or the report cannot be written.

            Examples:
              dtree safety Tests/Fixtures/hazards/ward.yaml
              dtree safety Tests/Fixtures/hazards/ward.yaml -o safety-case.html
              dtree safety Tests/Fixtures/hazards/ward.yaml -o safety-case.pdf
            """
    )

    @Argument(help: "The tree file; its NAME.hazards.yaml is beside it.", completion: .file(extensions: ["yaml", "yml", "json"]))
    var tree: String

    @Option(help: "markdown, html or pdf. Default: from -o's extension; Markdown on standard output.")
    var format: SafetyFormat?

    @Option(name: .shortAndLong, help: "The file to write (.md, .html or .pdf); - or absent for standard output.", completion: .file())
    var output: String?

    @OptionGroup var language: ReportLanguageOptions

    func validate() throws {
        if format == nil, let output, output != "-", SafetyFormat(path: output) == nil {
            throw ValidationError(
                "cannot tell the format from '\(output)'; name it .md, .html or .pdf, or pass --format markdown, html or pdf")
        }
        if output == nil, format == .pdf, Streams.isTerminal(1) {
            throw ValidationError("PDF is binary and standard output is a terminal; give -o FILE (or -o - to insist)")
        }
    }

    func run() throws {
        let words = try language.phrasebook().safety
        let safetyCase: SafetyCase
        do throws(SafetyCase.Failure) {
            safetyCase = try SafetyCase.load(treePath: tree)
        } catch {
            switch error {
            case .unreadable:
                try Terminal.standardError("\(error)")
                throw ExitCode(2)
            case .invalidTree(let diagnostics, let source):
                for diagnostic in diagnostics { try Terminal.standardError(DiagnosticFormatter.text(diagnostic, source: source)) }
                throw ExitCode(1)
            case .noHazardFile:
                try Terminal.standardError("error: \(error)")
                throw ExitCode(1)
            }
        }
        let chosen = format ?? output.flatMap(SafetyFormat.init(path:)) ?? .markdown
        let data: Data
        switch chosen {
        case .markdown: data = Data(safetyCase.markdown(words: words).utf8)
        case .html: data = Data(safetyCase.html(words: words).utf8)
        case .pdf:
            do {
                data = try SafetyReportDocument.pdf(safetyCase.report(words: words))
            } catch {
                try Terminal.standardError("error: \(error)")
                throw ExitCode(1)
            }
        }
        try CommandSupport.emit(data, to: output)
        if !safetyCase.isClean { throw ExitCode(1) }
    }
}
