@testable import DecisionTree
import TestSupport
import Testing
import TreeGenerator

/// 100,000 nodes wide and 100,000 deep validate without a stack overflow, and a long
/// cycle is found. Timings are in BENCHMARKS.md, not asserted here.
@Suite struct ScaleTests {
    @Test func hundredThousandNodeTree() throws {
        let result = load(TreeGenerator.wide(100_000))
        #expect(result.diagnostics.isEmpty)
        let tree = try #require(result.tree)
        #expect(tree.nodes.count == 100_000)
    }

    @Test func hundredThousandDeepChainWalksToTheEnd() throws {
        let result = load(TreeGenerator.chain(100_000))
        #expect(result.diagnostics.isEmpty)
        let tree = try #require(result.tree)
        var walk = try Walk(tree: tree)
        while !walk.isFinished { try walk.answer("yes") }
        #expect(walk.path.steps.count == 99_999)
        #expect(GraphAnalysis.topologicalOrder(of: tree)?.count == 100_000)
    }

    @Test func hundredThousandLongCycleIsReported() {
        let text = TreeGenerator.chain(100_000).replacingOccurrences(of: "      yes: end\n", with: "      yes: q0\n")
        let result = load(text)
        #expect(result.diagnostics.map(\.rule) == [.cycle])
        #expect(result.diagnostics.first?.message.hasPrefix("cycle: q0 -> q1 -> q2") == true)
    }
}
