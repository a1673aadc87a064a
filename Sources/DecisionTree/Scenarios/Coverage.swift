// Scenarios/: which outcomes and edges of a tree the cases reached.

import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which of a tree's outcomes and edges the cases reached.
///
/// Only nodes reachable from the start count: an unreachable node cannot be tested and is
/// already a warning of `dtree validate`. Every case that runs counts, passing or failing,
/// since coverage measures what was exercised; a case with errors in the scenario file is not
/// run and does not count; invariants do not count, as they walk no path.
public struct Coverage: Sendable {
    /// The tree's path, as resolved from the scenario file.
    public let treePath: String
    /// The tree.
    public let tree: Tree
    /// The terminal nodes reachable from the start, in file order.
    public let outcomes: [Int]
    /// The edges out of nodes reachable from the start, in file order.
    public let edges: [EdgeRef]
    /// The terminal nodes some case ended at.
    public private(set) var reachedOutcomes: Set<Int> = []
    /// The edges some case crossed.
    public private(set) var crossedEdges: Set<EdgeRef> = []
    /// The strictest minimum the scenario files testing this tree declare (`min-coverage:`).
    public var declaredMinimum: CoverageMinimum?

    /// Coverage of `tree` before any case has run.
    public init(tree: Tree, path: String) {
        self.tree = tree
        self.treePath = path
        let reachable = GraphAnalysis.reachable(from: tree.start, in: tree)
        var outcomes: [Int] = []
        var edges: [EdgeRef] = []
        for (index, node) in tree.nodes.enumerated() where reachable[index] {
            if node.isTerminal { outcomes.append(index) }
            for position in node.edges.indices { edges.append(EdgeRef(node: index, edge: position)) }
        }
        self.outcomes = outcomes
        self.edges = edges
    }

    /// Counts what a case's run reached.
    public mutating func record(_ result: CaseResult) {
        guard !result.scenario.isBroken else { return }
        crossedEdges.formUnion(result.path.edges)
        if result.isFinished { reachedOutcomes.insert(result.path.end) }
    }

    /// The share of outcomes reached, 0 to 100; 100 for a tree without outcomes.
    public var outcomePercent: Double { Self.percent(reachedOutcomes.count, of: outcomes.count) }

    /// The share of edges crossed, 0 to 100; 100 for a tree without edges.
    public var edgePercent: Double { Self.percent(crossedEdges.count, of: edges.count) }

    /// The outcomes no case reached, in file order.
    public var untestedOutcomes: [Node] {
        outcomes.filter { !reachedOutcomes.contains($0) }.map { tree.nodes[$0] }
    }

    /// The edges no case crossed, in file order, as `node=label`.
    public var untestedEdges: [String] {
        edges.filter { !crossedEdges.contains($0) }.map { "\(tree.nodes[$0.node].id)=\(tree.nodes[$0.node].edges[$0.edge].answer)" }
    }

    /// Whether outcome coverage is below `minimum` percent, compared exactly.
    public func isBelow(_ minimum: Double) -> Bool {
        Double(reachedOutcomes.count) * 100 < minimum * Double(outcomes.count)
    }

    /// `outcomes 6/7 (85.7%), edges 11/12 (91.7%)`.
    public var summary: String { summary(in: .english) }

    /// The summary in `words`: `outcomes 6/7 (85.7%), edges 11/12 (91.7%)` in English.
    public func summary(in words: Phrasebook.ReportWords) -> String {
        words.coverageSummary(
            reachedOutcomes.count, outcomes.count, Self.format(outcomePercent), crossedEdges.count, edges.count, Self.format(edgePercent))
    }

    /// A percentage with at most one decimal, never rounded up to 100: `85.7%`, `100%`.
    public static func format(_ percent: Double) -> String {
        let tenths = (percent * 10).rounded(.down)
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? "\(Int(tenths / 10))%" : "\(tenths / 10)%"
    }

    static func percent(_ covered: Int, of total: Int) -> Double {
        total == 0 ? 100 : Double(covered) * 100 / Double(total)
    }

    /// The minimum that applies: the stricter of `given` (a command's `--min-coverage`) and the
    /// scenario files' declared minimum.
    public func minimum(given: Double?) -> CoverageMinimum? {
        CoverageMinimum.stricter(given.map { CoverageMinimum(percent: $0, setBy: .option) }, declaredMinimum)
    }

    /// Why coverage fails `minimum`, or `nil` when it meets it: `outcome coverage 85.7% is below
    /// the minimum of 100% (--min-coverage)`. Every command says it in these words.
    public func shortfall(against minimum: CoverageMinimum) -> String? {
        guard isBelow(minimum.percent) else { return nil }
        return "outcome coverage \(Self.format(outcomePercent)) is below the minimum of \(Self.format(minimum.percent)) (\(minimum.setBy))"
    }

    /// This tree's coverage as a test against `minimum`: it fails below it.
    public func report(minimum: CoverageMinimum) -> TestSuiteReport {
        let shortfall = shortfall(against: minimum)
        let details =
            shortfall.map { [$0] + untestedOutcomes.map { "untested outcome: \($0.id)\($0.lineSuffix)" } }
            ?? []
        let test = TestCaseReport(
            name: treePath, kind: .coverage, file: treePath, line: 1, column: 1,
            passed: shortfall == nil, details: details, path: nil, time: 0)
        return TestSuiteReport(file: treePath, tree: treePath, tests: [test], error: nil, diagnostics: [], time: 0)
    }

    /// A tree no scenario file tests, as a failed coverage test against a minimum above zero.
    public static func untestedReport(treePath: String) -> TestSuiteReport {
        let advice = "no scenario file tests this tree; add \(TreeFiles.scenarioFile(besideTree: treePath))"
        let test = TestCaseReport(
            name: treePath, kind: .coverage, file: treePath, line: 1, column: 1,
            passed: false, details: [advice], path: nil, time: 0)
        return TestSuiteReport(file: treePath, tree: treePath, tests: [test], error: nil, diagnostics: [], time: 0)
    }
}

/// A minimum share of outcomes the cases must reach, and what set it.
public struct CoverageMinimum: Sendable, Equatable {
    /// What set a minimum.
    public enum Origin: Sendable, Equatable, CustomStringConvertible {
        /// A command's `--min-coverage` option.
        case option
        /// A scenario file's `min-coverage:` key.
        case scenarioFile(String)

        /// `--min-coverage`, or `min-coverage in Trees/x.tests.yaml`.
        public var description: String {
            switch self {
            case .option: "--min-coverage"
            case .scenarioFile(let path): "min-coverage in \(path)"
            }
        }
    }

    /// The percentage, 0 to 100.
    public let percent: Double
    /// What set it.
    public let setBy: Origin

    /// A minimum of `percent` set by `setBy`.
    public init(percent: Double, setBy: Origin) {
        self.percent = percent
        self.setBy = setBy
    }

    /// The higher of two minimums; on a tie, the first.
    public static func stricter(_ first: CoverageMinimum?, _ second: CoverageMinimum?) -> CoverageMinimum? {
        guard let first else { return second }
        guard let second else { return first }
        return second.percent > first.percent ? second : first
    }
}
