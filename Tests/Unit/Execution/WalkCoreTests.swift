import DecisionTree
import TestSupport
import Testing

@Suite struct WalkCoreTests {
    @Test func answersByLabelAndNumberAndPassesReferSteps() throws {
        let tree = try Fixtures.tree(Fixtures.small)
        var walk = try Walk(tree: tree)
        try walk.answer("YES")
        #expect(walk.node.id == "c")
        try walk.answer("2")
        // The refer step r has `next`, so the walk passes it and stands at done.
        #expect(walk.node.id == "done")
        #expect(walk.isFinished)
        #expect(walk.path.nodes.map { tree.nodes[$0].id } == ["q", "c", "r", "done"])
        #expect(walk.path.steps.map { $0.answer?.text(at: tree.nodes[$0.node]) } == ["yes", "B", "next"])
    }

    @Test func invalidAnswerLeavesStateUnchanged() throws {
        let tree = try Fixtures.tree(Fixtures.small)
        var walk = try Walk(tree: tree)
        do throws(AnswerError) {
            try walk.answer("maybe")
            Issue.record("an invalid answer was taken")
        } catch {
            #expect(error == .doesNotFit(node: "q", given: "maybe", valid: ["yes", "no"]))
        }
        #expect(throws: AnswerError.self) { try Answer.parse("3", for: walk.node) }
        #expect(walk.node.id == "q")
        #expect(walk.path.steps.isEmpty)
    }

    @Test func backUndoesReferStepsAndRestartReturns() throws {
        let tree = try Fixtures.tree(Fixtures.small)
        var walk = try Walk(tree: tree)
        let backAtStart = walk.back()
        #expect(!backAtStart)
        try walk.answer("yes")
        try walk.answer("A, b")
        #expect(walk.node.id == "done")
        let wentBack = walk.back()
        #expect(wentBack)
        #expect(walk.node.id == "c")
        #expect(walk.path.steps.count == 1)
        walk.restart()
        #expect(walk.node.id == "q")
        #expect(walk.path.steps.isEmpty)
    }

    @Test func checklistNoneAndUnicodeLabels() throws {
        let tree = try Fixtures.tree(
            """
            tree: ru
            title: T
            start: c
            nodes:
              c:
                checklist: Что-нибудь?
                items: [Да, Нет]
                any: q
                none: end
              q:
                question: Вопрос
                answers: {Да: end, Нет: end}
              end: {outcome: Конец}
            """)
        var walk = try Walk(tree: tree)
        try walk.answer("none")
        #expect(walk.node.id == "end")
        walk.restart()
        try walk.answer("да")
        try walk.answer("нет")
        #expect(walk.path.steps.last?.answer == .choice(1))
        #expect(throws: AnswerError.unknownNode("qq", suggestion: "q")) { try Walk(tree: tree, from: "qq") }
    }
}
