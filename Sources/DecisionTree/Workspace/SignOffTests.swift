// Workspace/: the scenario run a sign-off rests on: a tree's scenario file run through
// ScenarioRun, whether it passed, and the line the sign-off records (`tests: …`).

import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What running a tree's scenario file gave, as `dtree approve` checks it and a sign-off
/// records it: `18 passed, coverage 100% outcomes, 100% edges`.
public struct SignOffTests: Sendable {
    /// The scenario file run, or `nil` when the tree has none.
    public let scenarioFile: String?
    /// How many cases and invariants passed.
    public let passed: Int
    /// What failed, one line each (a case, an invariant, coverage below the minimum, a file
    /// that could not run); empty when everything passed.
    public let failures: [String]
    /// The tree's outcome and edge coverage, when the file ran.
    public let outcomePercent: Double?
    /// The share of edges crossed, when the file ran.
    public let edgePercent: Double?

    /// Whether everything passed.
    public var succeeded: Bool { failures.isEmpty }

    /// The line a sign-off records: `18 passed, coverage 100% outcomes, 100% edges`, or `none`
    /// when no scenario file tests the tree.
    public var record: String {
        guard scenarioFile != nil, let outcomePercent, let edgePercent else { return "none" }
        return "\(passed) passed, coverage \(Coverage.format(outcomePercent)) outcomes, \(Coverage.format(edgePercent)) edges"
    }

    /// Runs the scenario file `tests` (or, when `nil`, the one beside `treePath`, if any) and
    /// checks it against the tree at `treePath`: every case and invariant must pass, the file
    /// must test this tree, and outcome coverage must reach `minimumCoverage` percent and the
    /// file's own `min-coverage:`.
    public static func run(treePath: String, tests: String?, minimumCoverage: Double?) -> SignOffTests {
        let path = tests ?? TreeFiles.scenarioFile(besideTree: treePath)
        if tests == nil, !TreeFiles.isRegularFile(path) {
            return SignOffTests(scenarioFile: nil, passed: 0, failures: [], outcomePercent: nil, edgePercent: nil)
        }
        let run = ScenarioRun(paths: [path], citations: nil)
        var failures: [String] = []
        var passed = 0
        for event in run.events {
            switch event {
            case .unreadable(let error):
                failures.append("\(error.path): \(error.reason)")
            case .suite(let suite):
                let report = suite.run.report
                if let error = report.error { failures.append("\(report.file): cannot run: \(error)") }
                if let tested = suite.file.treePath, TreeCache.standard(tested) != TreeCache.standard(treePath) {
                    failures.append("\(report.file) tests \(tested), not \(treePath)")
                }
                for test in report.tests {
                    if test.passed { passed += 1 } else { failures.append(test.message) }
                }
            }
        }
        let coverage = run.coverage.first
        if let coverage, let minimum = coverage.minimum(given: minimumCoverage), let shortfall = coverage.shortfall(against: minimum) {
            failures.append(shortfall)
        }
        if coverage == nil, failures.isEmpty { failures.append("\(path): the file ran no case") }
        return SignOffTests(
            scenarioFile: path, passed: passed, failures: failures, outcomePercent: coverage?.outcomePercent,
            edgePercent: coverage?.edgePercent)
    }
}
