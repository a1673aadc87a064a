// dtree: printing diagnostics in the chosen format and the closing count line.

import ArgumentParser
import DecisionTree

/// The `--format` option shared by commands that print diagnostics.
struct DiagnosticOutputOptions: ParsableArguments {
    @Option(help: "How to print diagnostics: text, json, github (workflow annotations) or sarif (SARIF 2.1.0).")
    var format: DiagnosticFormat = .text
}

/// Prints diagnostics as they come (text, github) or all at once (json, sarif).
struct DiagnosticPrinter {
    let format: DiagnosticFormat
    private var collected: [Diagnostic] = []
    private(set) var errors = 0
    private(set) var warnings = 0
    private(set) var notes = 0

    init(format: DiagnosticFormat) { self.format = format }

    mutating func add(_ diagnostics: [Diagnostic], source: SourceText?) throws(OutputFailure) {
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .note: notes += 1
            }
            switch format {
            case .text: try Terminal.line(DiagnosticFormatter.text(diagnostic, source: source))
            case .github: try Terminal.line(DiagnosticFormatter.github([diagnostic]))
            case .json, .sarif: collected.append(diagnostic)
            }
        }
    }

    mutating func readError(_ error: TreeLoader.ReadError) throws(OutputFailure) {
        errors += 1
        try Terminal.standardError("\(error)")
    }

    func finish(files: Int, skipped: Int = 0) throws(OutputFailure) {
        switch format {
        case .json:
            try Terminal.document(DiagnosticFormatter.json(collected))
        case .sarif:
            try Terminal.document(SARIFLog.json(collected, toolVersion: DTree.configuration.version))
        case .text:
            var summary =
                "\(files) file\(files == 1 ? "" : "s") checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
            if notes > 0 { summary += ", \(notes) note\(notes == 1 ? "" : "s")" }
            if skipped > 0 { summary += "; \(skipped) file\(skipped == 1 ? "" : "s") skipped (not trees)" }
            try Terminal.line(summary)
        case .github:
            break
        }
    }
}
