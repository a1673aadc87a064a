// Tests/Unit/Mutation: mutant generation (each operator's exact count and kinds on a small
// fixture), classification (killed, survived with its witness, equivalent, wording), scores,
// the cap and the parallel run's determinism.

import DecisionTree
import Foundation
import TestSupport
import Testing

@Suite struct MutationTests {
    private static let folder = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/mutation")

    private func mini() throws -> ScenarioFile {
        try ScenarioLoader.load(contentsOf: Self.folder.appendingPathComponent("mini.tests.yaml").path)
    }

    private func run(_ file: ScenarioFile, maximum: Int = MutantGenerator.defaultMaximum) throws -> TreeMutation {
        try #require(MutationTesting.run(file, maximum: maximum))
    }

    private func result(_ run: TreeMutation, _ edit: String) throws -> MutantResult {
        try #require(run.results.first { $0.description == edit }, "no mutant '\(edit)'")
    }

    @Test func everyOperatorHasItsExactMutantsOnTheFixture() throws {
        let tree = try #require(try mini().tree)
        let selection = MutantGenerator.mutants(of: tree)
        // 6 edges × 4 other nodes = 24 retargets, 10 of them closing a cycle; the rest listed.
        #expect(selection.candidates == 40)
        #expect(selection.cyclic == 10)
        var counts: [MutationOperator: Int] = [:]
        for mutant in selection.mutants { counts[mutant.operator, default: 0] += 1 }
        #expect(
            counts == [
                .retarget: 14, .swapAnswers: 3, .dropAnswer: 3, .dropItem: 2, .swapAnyNone: 1, .urgency: 4, .advice: 2,
                .dropReferStep: 1,
            ])
        // Generated in operator order, each operator's mutants in file order.
        let operators = selection.mutants.map(\.operator)
        #expect(operators == operators.sorted())
        let descriptions = selection.mutants.map { $0.description(in: tree) }
        #expect(
            Array(descriptions.prefix(3)) == [
                "q=a leads to gp (was c)", "q=a leads to done (was c)", "q=a leads to home (was c)",
            ])
        #expect(
            Array(descriptions.suffix(8)) == [
                "c: any and none swap targets", "gp: urgency routine (was soon)", "gp: urgency urgent (was soon)",
                "gp: urgency emergency (was soon)", "gp: urgency not stated (was soon)", "gp: advice dropped",
                "gp: advice reworded", "refer step gp cut out (what led to it goes to done)",
            ])
        // No retarget closes a cycle: each mutant is a loadable tree.
        for mutant in selection.mutants {
            let changed = mutant.apply(to: tree)
            let loaded = TreeLoader.load(text: JSONExport.text(changed), path: "mutant.json")
            #expect(loaded.tree != nil, "\(mutant.description(in: tree)): \(loaded.diagnostics.map(\.summary))")
        }
    }

    @Test func classifiesKilledSurvivedEquivalentAndWording() throws {
        let run = try run(try mini())
        let score = run.score
        #expect([score.killed, score.survived, score.equivalent, score.wording] as [Int] == [12, 14, 2, 2])
        #expect(Coverage.format(score.percent) == "46.1%")
        // Two answers with the same target swapped: the very same behaviour.
        #expect(try result(run, "q: b and c swap targets").result.name == "equivalent")
        guard case .killed(let by, let invariant) = try result(run, "q=a leads to home (was c)").result else {
            Issue.record("not killed")
            return
        }
        #expect(by == "sign" && !invariant)
        #expect(try result(run, "gp: advice dropped").result.name == "wording")
        // A survivor carries the behaviour diff's witness.
        guard case .survived(let survivor) = try result(run, "c=none leads to done (was home)").result else {
            Issue.record("not a survivor")
            return
        }
        #expect(survivor.text() == "with q=a, c=none: Home -> Done")
        #expect(survivor.answersOnTree.map { "\($0.node)=\($0.answer)" } == ["q=a", "c=none"])
        // An edit of a refer step passed on the way is decided by whether anyone passes it.
        guard case .survived(let skipped) = try result(run, "refer step gp cut out (what led to it goes to done)").result else {
            Issue.record("not a survivor")
            return
        }
        #expect(skipped.text() == "with q=a, c=X: the referral gp is skipped")
        let byOperator = Dictionary(uniqueKeysWithValues: run.scoreByOperator.map { ($0.0, $0.1) })
        #expect(byOperator[.swapAnswers]?.killed == 2 && byOperator[.swapAnswers]?.equivalent == 1)
        #expect(byOperator[.urgency]?.survived == 4)
    }

    @Test func aDroppedAnswerACaseUsesKillsTheMutant() throws {
        let run = try run(try mini())
        guard case .killed(let by, _) = try result(run, "answer q=b dropped").result else {
            Issue.record("not killed")
            return
        }
        #expect(by == "b goes home")
        // Dropping 'a' shifts 'b' down; the case answering 'b' still walks to home.
        guard case .killed(let byA, _) = try result(run, "answer q=a dropped").result else {
            Issue.record("not killed")
            return
        }
        #expect(byA == "sign")
    }

    @Test func invariantsKillToo() throws {
        let tree = try #require(try mini().tree)
        let file = ScenarioLoader.load(
            text: """
                tree: mini.yaml
                cases:
                  - {name: sign, answers: {q: a, c: [X]}, expect: done}
                invariants:
                  - {name: gp before done, reaching: {node: done}, through: gp}
                """, path: Self.folder.appendingPathComponent("inline.tests.yaml").path, tree: tree)
        let run = try run(file)
        guard case .killed(let by, let invariant) = try result(run, "refer step gp cut out (what led to it goes to done)").result else {
            Issue.record("not killed")
            return
        }
        #expect(by == "gp before done" && invariant)
    }

    @Test func theCapKeepsEvenlySpacedMutantsTheSameOnEveryRun() throws {
        let file = try mini()
        let first = try run(file, maximum: 10), second = try run(file, maximum: 10)
        #expect(first.candidates == 40 && first.maximum == 10)
        // 10 of 40 candidates: every fourth; the cyclic ones among them are left out.
        #expect(first.results.map(\.mutant.number) == second.results.map(\.mutant.number))
        #expect(first.results.allSatisfy { ($0.mutant.number - 1) % 4 == 0 })
        #expect(first.results.map { $0.result.name } == second.results.map { $0.result.name })
    }

    @Test func aTreeThatDoesNotLoadIsNotMutated() throws {
        let file = ScenarioLoader.load(text: "tree: missing.yaml\ncases: []\n", path: "/nonexistent/x.tests.yaml")
        #expect(MutationTesting.run(file) == nil)
    }

    @Test func cancellingStopsTheRun() throws {
        let run = try #require(MutationTesting.run(try mini(), isCancelled: { true }))
        #expect(run.interrupted && run.results.isEmpty)
    }
}
