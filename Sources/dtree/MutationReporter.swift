// dtree: printing `dtree test --mutants` results as text, GitHub annotations, one JSON document or one SARIF log.

import DecisionTree
import FoundationEssentials

/// Prints each tree's mutation run; counts what fails (a score below `--min-score`, a tree that
/// cannot be mutated) for the exit status.
struct MutationReporter {
    let format: DiagnosticFormat
    /// The words: the text report's in the language of `--lang`, every other format's English.
    private let words: Phrasebook.MutationWords
    private(set) var failed = 0
    private(set) var unreadableInputs = 0
    private var killed = 0, survived = 0, equivalent = 0, wording = 0
    private var json = JSONDocument()
    private var sarif: [Diagnostic] = []

    init(format: DiagnosticFormat, words: Phrasebook.MutationWords = .english) {
        self.format = format
        self.words = format == .text ? words : .english
    }

    /// Whether every tree was mutated and none scored below the minimum.
    var succeeded: Bool { failed == 0 }

    /// A path that cannot be read; the run exits 2.
    mutating func unreadable(_ message: String) throws(OutputFailure) {
        unreadableInputs += 1
        failed += 1
        json.problems.append(message)
        try Terminal.standardError(message.hasPrefix("cannot ") || message.contains(": error: ") ? message : "error: \(message)")
    }

    /// A path or file that could not be used (no scenario file found); counted as a failure.
    mutating func problem(_ message: String) throws(OutputFailure) {
        failed += 1
        json.problems.append(message)
        try Terminal.standardError("error: \(message)")
    }

    /// A scenario file whose tree is missing or has errors: its diagnostics, and it is not mutated.
    mutating func notMutated(_ file: ScenarioFile) throws(OutputFailure) {
        failed += 1
        let path = file.treePath ?? file.path
        json.problems.append(words.notMutated(path))
        var diagnostics = file.diagnostics.filter { $0.severity == .error }
        for diagnostic in diagnostics { try Terminal.standardError(DiagnosticFormatter.text(diagnostic, source: file.source)) }
        let treeErrors = file.treeDiagnostics.filter { $0.severity == .error }
        for diagnostic in treeErrors { try Terminal.standardError(DiagnosticFormatter.text(diagnostic, source: file.treeSource)) }
        diagnostics += treeErrors
        sarif += diagnostics
        try Terminal.standardError("error: " + words.notMutated(path))
    }

    /// One tree's run.
    mutating func tree(_ run: TreeMutation, minimum: Double?) throws(OutputFailure) {
        let score = run.score
        killed += score.killed
        survived += score.survived
        equivalent += score.equivalent
        wording += score.wording
        let below = minimum.map(score.isBelow) ?? false
        if below { failed += 1 }
        json.trees.append(JSONDocument.TreeRow(run, below: below, words: words))
        let belowDiagnostic = minimum.map {
            Diagnostic(
                .mutationScoreBelowMinimum, words.belowMinimum(Coverage.format(score.percent), Coverage.format($0)), at: .start,
                in: run.treePath)
        }
        let survivors = run.survivors.map { result, survivor in
            Diagnostic(
                .mutantSurvived, "\(words.survived): \(result.description); \(witness(survivor))", at: result.location ?? .start,
                in: run.treePath)
        }
        switch format {
        case .json:
            return
        case .sarif:
            sarif += survivors
            if below, let belowDiagnostic { sarif.append(belowDiagnostic) }
        case .github:
            try Terminal.line(summary(run))
            if !survivors.isEmpty { try Terminal.line(DiagnosticFormatter.github(survivors)) }
            if below, let belowDiagnostic { try Terminal.line(DiagnosticFormatter.github([belowDiagnostic])) }
        case .text:
            try Terminal.line(summary(run))
            try Terminal.line(words.ran(run.results.count, run.candidates, run.maximum))
            for (op, score) in run.scoreByOperator where !op.isWording {
                try Terminal.line(words.operatorScore(op.rawValue, Coverage.format(score.percent), score.killed, score.counted))
            }
            for (result, survivor) in run.survivors {
                try Terminal.line("  \(words.survived) \(edit(run, result)) (\(place(run, result)))")
                try Terminal.line("       " + witness(survivor))
            }
            for result in run.results where result.mutant.operator.isWording {
                try Terminal.line("  \(words.wording) \(edit(run, result)) (\(place(run, result)))")
            }
            if below, let belowDiagnostic { try Terminal.line(belowDiagnostic.summary) }
        }
    }

    /// The closing line, and the JSON or SARIF document.
    func finish() throws(OutputFailure) {
        let closing = words.closing(killed, survived, equivalent, wording)
        switch format {
        case .json:
            var document = json
            document.succeeded = succeeded
            if let text = try? JSONValue(encoding: document).text(.report) { try Terminal.document(text) }
            try Terminal.standardError(closing)
        case .sarif:
            try Terminal.document(SARIFLog.json(sarif, toolVersion: DTree.configuration.version))
            try Terminal.standardError(closing)
        case .github, .text:
            try Terminal.line(closing)
        }
    }

    private func summary(_ run: TreeMutation) -> String {
        let score = run.score
        return words.score(run.treePath, Coverage.format(score.percent), score.killed, score.counted, score.equivalent, score.wording)
    }

    private func place(_ run: TreeMutation, _ result: MutantResult) -> String {
        "\(run.treePath):\(result.location.map { "\($0.line):\($0.column)" } ?? "1:1")"
    }

    private func witness(_ survivor: Survivor) -> String { survivor.text(words) }

    /// A mutant's edit in the report's words.
    private func edit(_ run: TreeMutation, _ result: MutantResult) -> String { result.mutant.description(in: run.tree, words: words) }
}

/// The `--mutants --format json` document.
private struct JSONDocument: Encodable {
    struct ScoreRow: Encodable {
        let percent: Double, killed: Int, survived: Int, equivalent: Int, wording: Int
        init(_ score: TreeMutation.Score) {
            percent = score.percent
            killed = score.killed
            survived = score.survived
            equivalent = score.equivalent
            wording = score.wording
        }
    }
    struct OperatorRow: Encodable {
        let `operator`: String
        let score: ScoreRow
    }
    struct MutantRow: Encodable {
        let number: Int
        let `operator`: String
        let edit: String
        let line: Int?
        let column: Int?
        let result: String
        let killedBy: String?
        let witness: [String]?
        let difference: String?
    }
    struct TreeRow: Encodable {
        let tree: String
        let scenarioFile: String
        let candidates: Int
        let maxMutants: Int
        let score: ScoreRow
        let operators: [OperatorRow]
        let belowMinimum: Bool
        let mutants: [MutantRow]

        init(_ run: TreeMutation, below: Bool, words: Phrasebook.MutationWords) {
            tree = run.treePath
            scenarioFile = run.scenarioPath
            candidates = run.candidates
            maxMutants = run.maximum
            score = ScoreRow(run.score)
            operators = run.scoreByOperator.map { OperatorRow(operator: $0.0.rawValue, score: ScoreRow($0.1)) }
            belowMinimum = below
            mutants = run.results.map { result in
                var killedBy: String?
                var witness: [String]?
                var difference: String?
                switch result.result {
                case .killed(let by, let invariant): killedBy = invariant ? words.killedByInvariant(by) : words.killedByCase(by)
                case .survived(let survivor):
                    witness = survivor.witness.map(\.description)
                    difference = survivor.differenceText(words)
                case .equivalent, .wording: break
                }
                return MutantRow(
                    number: result.mutant.number, operator: result.mutant.operator.rawValue, edit: result.description,
                    line: result.location?.line, column: result.location?.column, result: result.result.name,
                    killedBy: killedBy, witness: witness, difference: difference)
            }
        }
    }

    var trees: [TreeRow] = []
    var problems: [String] = []
    var succeeded = true
}
