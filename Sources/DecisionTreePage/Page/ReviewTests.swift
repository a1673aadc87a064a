// Page/: a tree's scenario results in the shape the review page shows: each case and
// invariant, its path (to replay on the diagram) and the tree's coverage.

import DecisionTree

/// The results of a tree's scenario file, ready for the review page.
public struct ReviewTests: Sendable {
    /// One case or invariant.
    public struct Entry: Sendable {
        /// Its name.
        public var name: String
        /// Case or invariant.
        public var kind: TestCaseReport.Kind
        /// Whether it passed.
        public var passed: Bool
        /// Why it failed (its divergence), or notes.
        public var details: [String]
        /// The path it takes (a case) or its counterexample (an invariant), in the page's
        /// tree; `nil` when there is none or its nodes are not all in that tree.
        public var path: Path?
    }

    /// The scenario file's name as given.
    public var file: String
    /// Cases, then invariants, in file order.
    public var entries: [Entry]
    /// Outcome coverage in percent.
    public var outcomePercent: Double
    /// Edge coverage in percent.
    public var edgePercent: Double
    /// The outcomes no case reaches, in the page's tree.
    public var untestedOutcomes: [Int]
    /// Why the file could not be run, when it could not.
    public var error: String?

    /// Keeps what the page shows of `run` (one scenario file, run once by ``ScenarioRun``).
    /// Paths and coverage are kept only when the file ran against `tree` itself (the same
    /// nodes in the same order), so that replaying a case on the page's diagram lights the
    /// nodes the case took.
    public init(_ run: ScenarioRun, for tree: Tree) {
        let suite = run.suites.first
        let file = suite?.file
        self.file = file?.path ?? ""
        error = suite?.run.report.error
        let sameTree = file?.tree.map { $0.nodes.map(\.id) == tree.nodes.map(\.id) } ?? false
        entries = (suite?.run.report.tests ?? []).map { report in
            Entry(
                name: report.name, kind: report.kind, passed: report.passed, details: report.details,
                path: sameTree ? report.path?.0 : nil)
        }
        let coverage = (sameTree ? run.coverage.first : nil) ?? Coverage(tree: tree, path: file?.treePath ?? "")
        outcomePercent = coverage.outcomePercent
        edgePercent = coverage.edgePercent
        untestedOutcomes = coverage.outcomes.filter { !coverage.reachedOutcomes.contains($0) }
    }
}
