// Scenarios/: running a loaded scenario file into reports.

/// The result of one case or invariant, in the shape reports need.
public struct TestCaseReport: Sendable, Encodable {
    /// Whether this is a case or an invariant.
    public enum Kind: String, Sendable, Codable {
        /// A scenario case.
        case scenario = "case"
        /// An invariant.
        case invariant
        /// A tree's coverage against `--min-coverage`.
        case coverage
        /// A hazard of the tree's hazard log: whether the invariants and cases its controls name pass.
        case hazard

        /// The rule a failure of this kind is reported under.
        public var rule: Rule {
            switch self {
            case .scenario: .caseFailed
            case .invariant: .invariantBroken
            case .coverage: .coverageBelowMinimum
            case .hazard: .hazardUnverified
            }
        }

        /// The group of a report this kind belongs to: `cases`, `invariants` or `coverage`.
        public var group: String {
            switch self {
            case .scenario: "cases"
            case .invariant: "invariants"
            case .coverage: "coverage"
            case .hazard: "hazards"
            }
        }
    }

    /// The case's or invariant's name.
    public var name: String
    /// Case or invariant.
    public var kind: Kind
    /// The scenario file.
    public var file: String
    /// Where it begins in the scenario file.
    public var line: Int
    /// Where it begins in the scenario file.
    public var column: Int
    /// Whether it passed.
    public var passed: Bool
    /// Why it failed, one line each; empty when it passed (or notes, such as "holds vacuously").
    public var details: [String]
    /// The path taken by a case, or an invariant's counterexample, with its tree.
    public var path: (Path, Tree)?
    /// Seconds taken.
    public var time: Double

    /// Creates a report of one case or invariant.
    public init(
        name: String, kind: Kind, file: String, line: Int, column: Int, passed: Bool,
        details: [String], path: (Path, Tree)?, time: Double
    ) {
        self.name = name
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.passed = passed
        self.details = details
        self.path = path
        self.time = time
    }

    private enum CodingKeys: String, CodingKey { case name, kind, file, line, column, passed, details, path, time }

    /// Encodes the report; the path as the steps of a trace (see ``Trace``), with `end` its last node.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(passed, forKey: .passed)
        try container.encode(details, forKey: .details)
        if let (path, tree) = path { try container.encode(PathReport(path: path, tree: tree), forKey: .path) }
        try container.encode(time, forKey: .time)
    }

    /// A one-line failure message: the first line that says where the run left the expectation.
    public var message: String {
        let prefix =
            switch kind {
            case .scenario: "case '\(name)' failed"
            case .invariant: "invariant '\(name)' is broken"
            case .coverage: "coverage of '\(name)' is below the minimum"
            case .hazard: "hazard '\(name)' is not verified"
            }
        let key = details.first { $0.hasPrefix("diverged:") || $0.hasPrefix("ends at") || $0.hasPrefix("reaches") } ?? details.first
        return key.map { "\(prefix): \($0)" } ?? prefix
    }
}

/// A path in a JSON report: `{"steps":[…],"end":"NODE"}`, each step as a trace writes it.
struct PathReport: Encodable {
    struct Step: Encodable {
        let node: String
        let kind: String
        let answer: RecordedAnswer?
        let edge: String?
    }
    let steps: [Step]
    let end: String

    init(path: Path, tree: Tree) {
        steps = path.steps.map { step in
            let node = tree.nodes[step.node]
            let (answer, edge) = step.recorded(in: tree)
            return Step(node: node.id, kind: node.kind.rawValue, answer: answer, edge: edge)
        }
        end = tree.nodes[path.end].id
    }
}

/// Everything one scenario file produced.
public struct TestSuiteReport: Sendable, Encodable {
    /// The scenario file.
    public var file: String
    /// The tree's path, when the file names one.
    public var tree: String?
    /// One entry per case and per invariant, in file order: cases first.
    public var tests: [TestCaseReport]
    /// Why the file could not run at all (its tree missing or broken, or the file not YAML); `nil` when it ran.
    public var error: String?
    /// The scenario file's diagnostics.
    public var diagnostics: [Diagnostic]
    /// Seconds taken.
    public var time: Double

    /// Creates a report of one scenario file.
    public init(file: String, tree: String?, tests: [TestCaseReport], error: String?, diagnostics: [Diagnostic], time: Double) {
        self.file = file
        self.tree = tree
        self.tests = tests
        self.error = error
        self.diagnostics = diagnostics
        self.time = time
    }

    /// How many tests failed.
    public var failures: Int { tests.filter { !$0.passed }.count }
}

/// Runs a loaded scenario file: every case and every invariant.
public enum ScenarioSuite {
    /// What a run produced: the report and each case's result, for coverage.
    public struct Run: Sendable {
        /// The report.
        public var report: TestSuiteReport
        /// Each case's result, in file order.
        public var cases: [CaseResult]
    }

    /// Runs every case and checks every invariant of `file`.
    public static func run(_ file: ScenarioFile) -> Run {
        let clock = ContinuousClock()
        let began = clock.now
        var report = TestSuiteReport(file: file.path, tree: file.treePath, tests: [], error: nil, diagnostics: file.diagnostics, time: 0)
        guard let tree = file.tree else {
            let first = file.diagnostics.first { $0.severity == .error }
            report.error = first.map(\.message) ?? "the file could not be run"
            report.time = seconds(clock.now - began)
            return Run(report: report, cases: [])
        }
        for result in file.results {
            let scenario = result.scenario
            report.tests.append(
                TestCaseReport(
                    name: scenario.name, kind: .scenario, file: file.path, line: scenario.location.line,
                    column: scenario.location.column, passed: result.passed, details: result.explanation,
                    path: (result.path, tree), time: 0))
        }
        for invariant in file.invariants {
            let start = clock.now
            let result = InvariantChecker.check(invariant, in: tree)
            report.tests.append(
                TestCaseReport(
                    name: invariant.name, kind: .invariant, file: file.path, line: invariant.location.line,
                    column: invariant.location.column, passed: result.holds, details: result.explanation,
                    path: result.counterexample.map { ($0, tree) }, time: seconds(clock.now - start)))
        }
        report.time = seconds(clock.now - began)
        return Run(report: report, cases: file.results)
    }

    private static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
