import DecisionTree
import TestSupport
import Testing

/// Every transition of a walk, on the shipped tree.
@Suite struct WalkTransitionTests {
    private func ids(_ walk: Walk) -> [String] { walk.path.nodes.map { walk.tree.nodes[$0].id } }

    @Test func questionAnswersByLabelAndByNumber() throws {
        let tree = try Fixtures.engineTree()
        var byLabel = try Walk(tree: tree, from: "recurring")
        try byLabel.answer("No")
        var byNumber = try Walk(tree: tree, from: "recurring")
        try byNumber.answer("2")
        #expect(byLabel.outcome?.id == "self_care")
        #expect(byNumber.outcome?.id == "self_care")
        #expect(byLabel.path.steps == byNumber.path.steps)
        #expect(byLabel.path.steps == [Path.Step(node: try #require(tree.index(of: "recurring")), edge: 1, answer: .choice(1))])
    }

    @Test func offersThePromptAndChoices() throws {
        let tree = try Fixtures.engineTree()
        var walk = try Walk(tree: tree)
        #expect(walk.node.prompt == "Do any of these warning signs apply?")
        #expect(walk.choices.count == 5 && walk.choices[2] == "Tingling")
        #expect(Answer.valid(for: walk.node).last == "none")
        #expect(!walk.canGoBack)
        try walk.answer("0")
        #expect(walk.node.prompt == "Has the numbness come back since it first happened?")
        #expect(walk.choices == ["yes", "no"])
        #expect(walk.canGoBack)
    }

    @Test func checklistAnyByNumbersOrLabelsAndNone() throws {
        let tree = try Fixtures.engineTree()
        for text in ["3", "3 5", "5,3", "tingling, ACTIVE URINATION", "Tingling,5"] {
            var walk = try Walk(tree: tree)
            try walk.answer(text)
            #expect(walk.outcome?.id == "neurologist_now", "\(text)")
            #expect(walk.path.steps.first?.edge == 0)
        }
        var walk = try Walk(tree: tree)
        try walk.answer("3 5")
        #expect(walk.path.steps.first?.answer == .items([2, 4]))
        for text in ["none", "NONE", "0", " 0 "] {
            var walk = try Walk(tree: tree)
            try walk.answer(text)
            #expect(walk.node.id == "recurring", "\(text)")
            #expect(walk.path.steps.first?.answer == .items([]))
            #expect(walk.path.steps.first?.edge == 1)
        }
    }

    @Test func backAtTheStartChangesNothing() throws {
        let tree = try Fixtures.engineTree()
        var walk = try Walk(tree: tree)
        let before = walk.path.steps
        let wentBack = walk.back()
        #expect(wentBack == false)
        #expect(walk.node.id == "red_flags")
        #expect(walk.path.steps == before)
        // From a refer step with next, the walk starts past it and still has nothing to undo.
        var fromRefer = try Walk(tree: tree, from: "therapist")
        #expect(fromRefer.node.id == "therapist_finding")
        let referBack = fromRefer.back()
        #expect(referBack == false)
        #expect(ids(fromRefer) == ["therapist", "therapist_finding"])
    }

    @Test func referWithNextIsPassedAndRecorded() throws {
        let tree = try Fixtures.engineTree()
        var walk = try Walk(tree: tree)
        try walk.answer("none")
        try walk.answer("yes")
        try walk.answer("no")
        #expect(walk.node.id == "therapist_finding")
        #expect(walk.referStepsJustPassed.map { tree.nodes[$0.node].id } == ["therapist"])
        try walk.answer("ovaries")
        #expect(walk.outcome?.id == "gynecologist")
        #expect(ids(walk) == ["red_flags", "recurring", "injury", "therapist", "therapist_finding", "gynecologist"])
        #expect(walk.path.steps[3].answer == .next)
        #expect(walk.path.answeredSteps.count == 4)
    }

    @Test func backAfterAReferStepUndoesItWithTheAnswerBefore() throws {
        let tree = try Fixtures.engineTree()
        var walk = try Walk(tree: tree)
        try walk.answer("none")
        try walk.answer("yes")
        try walk.answer("no")
        #expect(ids(walk).contains("therapist"))
        let wentBack = walk.back()
        #expect(wentBack)
        #expect(walk.node.id == "injury")
        #expect(ids(walk) == ["red_flags", "recurring", "injury"])
        try walk.answer("yes")
        #expect(walk.outcome?.id == "trauma")
        walk.back()
        walk.back()
        #expect(walk.node.id == "recurring")
    }

    @Test func restartReturnsToTheOrigin() throws {
        let tree = try Fixtures.engineTree()
        var walk = try Walk(tree: tree)
        try walk.answer("none")
        try walk.answer("no")
        #expect(walk.isFinished)
        walk.restart()
        #expect(walk.node.id == "red_flags")
        #expect(walk.path.steps.isEmpty && !walk.isFinished && walk.outcome == nil)
        var fromRefer = try Walk(tree: tree, from: "therapist")
        try fromRefer.answer("1")
        fromRefer.restart()
        #expect(fromRefer.node.id == "therapist_finding")
        #expect(ids(fromRefer) == ["therapist", "therapist_finding"])
    }

    @Test(arguments: ["maybe", "3", "0", "", "yes no"])
    func anInvalidQuestionAnswerLeavesTheStateUnchanged(text: String) throws {
        let tree = try Fixtures.engineTree()
        var walk = try Walk(tree: tree)
        try walk.answer("none")
        let steps = walk.path.steps, current = walk.current
        #expect(throws: AnswerError.doesNotFit(node: "recurring", given: text, valid: ["yes", "no"])) { try walk.answer(text) }
        #expect(walk.path.steps == steps)
        #expect(walk.current == current)
    }

    @Test(arguments: ["6", "Tingling, sneezing", "1 x", "-1", "none, 1"])
    func anInvalidChecklistAnswerLeavesTheStateUnchanged(text: String) throws {
        let tree = try Fixtures.engineTree()
        var walk = try Walk(tree: tree)
        do throws(AnswerError) {
            try walk.answer(text)
            Issue.record("'\(text)' was taken")
        } catch {
            guard case let .doesNotFit(node, _, valid) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(node == "red_flags")
            #expect(valid.contains("Tingling") && valid.contains("none"))
        }
        #expect(walk.path.steps.isEmpty && walk.node.id == "red_flags")
    }

    @Test func aParsedAnswerThatDoesNotFitIsRefused() throws {
        let tree = try Fixtures.engineTree()
        var walk = try Walk(tree: tree)
        #expect(throws: AnswerError.self) { try walk.take(.choice(0)) }
        #expect(throws: AnswerError.self) { try walk.take(.items([7])) }
        #expect(throws: AnswerError.self) { try walk.take(.next) }
        #expect(walk.path.steps.isEmpty)
        try walk.take(.items([]))
        #expect(throws: AnswerError.self) { try walk.take(.choice(2)) }
        #expect(walk.node.id == "recurring")
    }

    @Test func unknownStartNodeSuggestsTheClosest() throws {
        let tree = try Fixtures.engineTree()
        #expect(throws: AnswerError.unknownNode("recuring", suggestion: "recurring")) { try Walk(tree: tree, from: "recuring") }
    }
}
