// dtree: printing scenario results as text, JSON, GitHub annotations, SARIF and JUnit.

import DecisionTree
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Prints `dtree test` results as text, GitHub workflow commands, one JSON document or one SARIF log,
/// and counts passes and failures for the closing `N passed, M failed` line.
struct TestReporter {
    let format: DiagnosticFormat
    /// The report's words: the text report's in the language of `--lang`, every other format's English.
    private let words: Phrasebook.ReportWords
    private(set) var passed = 0
    private(set) var failed = 0
    private var coverageFailed = false
    private var problems = 0
    private var json = JSONReport()
    /// Everything the SARIF log reports: diagnostics, failed tests, coverage findings.
    private var sarif: [Diagnostic] = []

    init(format: DiagnosticFormat, words: Phrasebook.ReportWords = .english) {
        self.format = format
        self.words = format == .text ? words : .english
    }

    /// Inputs that could not be read.
    private(set) var unreadableInputs = 0

    /// Whether everything passed: no failed test, no problem, coverage at its minimum.
    var succeeded: Bool { failed == 0 && problems == 0 && !coverageFailed }

    /// A path that cannot be read (missing, a folder, no permission); the run exits 2.
    mutating func unreadable(_ message: String) throws(OutputFailure) {
        unreadableInputs += 1
        try problem(message)
    }

    /// A path or file that could not be used; counted as a failure.
    mutating func problem(_ message: String) throws(OutputFailure) {
        problems += 1
        failed += 1
        json.problems.append(message)
        try Terminal.standardError(message.contains(": error: ") || message.hasPrefix("cannot ") ? message : "error: \(message)")
    }

    /// One scenario file's results; `hazards` is the hazard log whose hazards are entries of
    /// `report`, so the text report can give their notes in its words.
    mutating func suite(_ report: TestSuiteReport, file: ScenarioFile, hazards: HazardFile? = nil) throws(OutputFailure) {
        passed += report.tests.filter(\.passed).count
        failed += report.failures + (report.error == nil ? 0 : 1)
        // An error in the file that no test carries (an unknown key, a bad `min-coverage:`)
        // still fails the run: it counts once for the file.
        if report.error == nil, report.failures == 0, file.diagnostics.contains(where: { $0.severity == .error }) { failed += 1 }
        json.files.append(report)
        var diagnostics = file.diagnostics
        if file.tree == nil, !file.treeDiagnostics.isEmpty {
            diagnostics += file.treeDiagnostics.filter { $0.severity == .error }
        }
        switch format {
        case .json:
            return
        case .sarif:
            sarif += diagnostics
            for test in report.tests where !test.passed {
                let message = ([test.message] + test.details).joined(separator: "\n")
                sarif.append(Diagnostic(test.kind.rule, message, at: SourceLocation(line: test.line, column: test.column), in: test.file))
            }
        case .github:
            var lines: [String] = []
            if !diagnostics.isEmpty { lines.append(DiagnosticFormatter.github(diagnostics)) }
            for test in report.tests {
                if test.passed {
                    lines.append("\(words.pass) \(label(test))")
                } else {
                    let rule = test.kind.rule
                    let message = ([test.message] + test.details).joined(separator: "\n")
                    let location = SourceLocation(line: test.line, column: test.column)
                    lines.append(DiagnosticFormatter.github([Diagnostic(rule, message, at: location, in: test.file)]))
                }
            }
            try Terminal.line(lines.joined(separator: "\n"))
        case .text:
            try Terminal.line(words.suiteHeading(report.file, report.tree))
            for diagnostic in file.diagnostics { try Terminal.line(DiagnosticFormatter.text(diagnostic, source: file.source)) }
            if file.tree == nil {
                for diagnostic in file.treeDiagnostics where diagnostic.severity == .error {
                    try Terminal.line(DiagnosticFormatter.text(diagnostic, source: file.treeSource))
                }
            }
            if let error = report.error { try Terminal.line("  " + words.suiteCannotRun(error)) }
            for test in report.tests {
                try Terminal.line("  \(test.passed ? words.pass : words.fail) \(label(test))")
                // A hazard's notes in the report's words; every other detail as the engine gave it.
                let details = hazards.flatMap { HazardReport.details(of: test, in: $0, words: words) } ?? test.details
                if !test.passed {
                    try Terminal.line("       " + words.at(test.file, test.line, test.column))
                    for line in details { try Terminal.line("       \(line)") }
                } else {
                    for line in details { try Terminal.line("       " + words.note(line)) }
                }
            }
        }
    }

    /// Findings `--strict` adds (unreviewed cases): each a failure, printed as a diagnostic.
    mutating func strictFindings(_ diagnostics: [Diagnostic], source: SourceText?) throws(OutputFailure) {
        guard !diagnostics.isEmpty else { return }
        failed += diagnostics.count
        problems += diagnostics.count
        switch format {
        case .json: json.problems += diagnostics.map(\.summary)
        case .sarif: sarif += diagnostics
        case .github: try Terminal.line(DiagnosticFormatter.github(diagnostics))
        case .text: for diagnostic in diagnostics { try Terminal.line(DiagnosticFormatter.text(diagnostic, source: source)) }
        }
    }

    mutating func coverage(_ coverage: Coverage, minimum: CoverageMinimum?) throws(OutputFailure) {
        let shortfall = minimum.flatMap(coverage.shortfall(against:))
        let below = shortfall != nil
        if below {
            coverageFailed = true
            failed += 1
        } else if minimum != nil {
            passed += 1
        }
        json.coverage.append(.init(coverage, belowMinimum: below))
        let untested = coverage.untestedOutcomes
        switch format {
        case .json:
            return
        case .sarif:
            sarif += untested.map { node in
                Diagnostic(.untestedOutcome, "no case reaches the outcome '\(node.id)'", at: node.location ?? .start, in: coverage.treePath)
            }
            if let shortfall { sarif.append(belowMinimum(coverage, shortfall)) }
        case .github:
            try Terminal.line(words.coverageOf(coverage.treePath, coverage.summary(in: words)))
            let warnings = untested.map { node in
                Diagnostic(.untestedOutcome, "no case reaches the outcome '\(node.id)'", at: node.location ?? .start, in: coverage.treePath)
            }
            if !warnings.isEmpty { try Terminal.line(DiagnosticFormatter.github(warnings)) }
            if let shortfall { try Terminal.line(DiagnosticFormatter.github([belowMinimum(coverage, shortfall)])) }
        case .text:
            try Terminal.line(words.coverageOf(coverage.treePath, coverage.summary(in: words)))
            for node in untested {
                try Terminal.line(
                    "  " + words.untestedOutcome(node.id, "\(coverage.treePath):\(node.location.map { "\($0.line)" } ?? "?")"))
            }
            let edges = coverage.untestedEdges
            if !edges.isEmpty {
                try Terminal.line("  " + words.untestedEdges(Array(edges.prefix(20)), max(0, edges.count - 20)))
            }
            if let shortfall { try Terminal.line(belowMinimum(coverage, shortfall).summary) }
        }
    }

    /// A tree in a searched folder that no scenario file tests; `failing` under a minimum above 0.
    mutating func untestedTree(_ path: String, failing below: Bool) throws(OutputFailure) {
        if below {
            coverageFailed = true
            failed += 1
        }
        json.untestedTrees.append(path)
        let message = "no scenario file tests this tree; add \(TreeFiles.scenarioFile(besideTree: path))"
        let diagnostic = Diagnostic(below ? .coverageBelowMinimum : .untestedOutcome, message, at: .start, in: path)
        switch format {
        case .json: return
        case .sarif: sarif.append(diagnostic)
        case .github: try Terminal.line(DiagnosticFormatter.github([diagnostic]))
        case .text: try Terminal.line(diagnostic.summary)
        }
    }

    func finish() throws(OutputFailure) {
        let summary = words.passedFailed(passed, failed)
        if format == .json {
            var report = json
            report.passed = passed
            report.failed = failed
            report.succeeded = succeeded
            if let text = try? JSONValue(encoding: report).text(.report) { try Terminal.document(text) }
            try Terminal.standardError(summary)
        } else if format == .sarif {
            try Terminal.document(SARIFLog.json(sarif, toolVersion: DTree.configuration.version))
            try Terminal.standardError(summary)
        } else {
            try Terminal.line(summary)
        }
    }

    private func label(_ test: TestCaseReport) -> String {
        switch test.kind {
        case .scenario: test.name
        case .invariant: words.invariant(test.name)
        case .coverage: words.coverage(test.name)
        case .hazard: words.hazard(test.name)
        }
    }

    private func belowMinimum(_ coverage: Coverage, _ shortfall: String) -> Diagnostic {
        Diagnostic(.coverageBelowMinimum, shortfall, at: .start, in: coverage.treePath)
    }
}

/// The `--format json` document.
private struct JSONReport: Encodable {
    struct CoverageRow: Encodable {
        struct Figure: Encodable { let covered: Int, total: Int, percent: Double }
        struct Outcome: Encodable { let id: String, line: Int? }
        let tree: String
        let outcomes: Figure
        let edges: Figure
        let untestedOutcomes: [Outcome]
        let untestedEdges: [String]
        let belowMinimum: Bool

        init(_ coverage: Coverage, belowMinimum: Bool) {
            tree = coverage.treePath
            outcomes = Figure(covered: coverage.reachedOutcomes.count, total: coverage.outcomes.count, percent: coverage.outcomePercent)
            edges = Figure(covered: coverage.crossedEdges.count, total: coverage.edges.count, percent: coverage.edgePercent)
            untestedOutcomes = coverage.untestedOutcomes.map { Outcome(id: $0.id, line: $0.location?.line) }
            untestedEdges = coverage.untestedEdges
            self.belowMinimum = belowMinimum
        }
    }

    var files: [TestSuiteReport] = []
    var coverage: [CoverageRow] = []
    var untestedTrees: [String] = []
    var problems: [String] = []
    var passed = 0
    var failed = 0
    var succeeded = true
}
