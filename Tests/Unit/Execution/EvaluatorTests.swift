import DecisionTree
import TestSupport
import Testing

@Suite struct EvaluatorTests {
    /// Every combination of answers the shipped tree can be given, as typed text.
    static let combinations = Fixtures.engineAnswerCombinations

    @Test func agreesWithWalkOnEveryCombination() throws {
        let tree = try Fixtures.engineTree()
        let evaluator = try Evaluator(tree: tree)
        var outcomes: Set<String> = []
        for answers in Self.combinations {
            let sheet = try Answers(assignments: answers.map { "\($0.key)=\($0.value)" }, in: tree)
            var walk = try Walk(tree: tree)
            while !walk.isFinished, let answer = sheet[walk.current] { try walk.take(answer) }
            switch evaluator.evaluate(sheet) {
            case .outcome(let node):
                #expect(walk.isFinished && walk.current == node, "\(answers)")
                outcomes.insert(tree.nodes[node].id)
            case .stopped(let node):
                #expect(!walk.isFinished && walk.current == node, "\(answers)")
            }
        }
        #expect(outcomes == ["neurologist_now", "self_care", "trauma", "urologist", "gynecologist", "neurologist", "muscle_spasm"])
    }

    @Test func startsFromAnyNodeAndReportsStopsAndMisfits() throws {
        let tree = try Fixtures.engineTree()
        let fromTherapist = try Evaluator(tree: tree, from: "therapist")
        var sheet = Answers(tree: tree)
        #expect(fromTherapist.evaluate(sheet) == .stopped(try #require(tree.index(of: "therapist_finding"))))
        try sheet.set(.choice(3), forNode: try #require(tree.index(of: "therapist_finding")), in: tree)
        #expect(fromTherapist.evaluate(sheet) == .outcome(try #require(tree.index(of: "muscle_spasm"))))
        // A misfit can no longer reach the evaluator: Answers checks each answer against its node
        // when it is set, with the same transition rule the evaluator tabulates.
        let evaluator = try Evaluator(tree: tree)
        #expect(evaluator.evaluate(sheet) == .stopped(tree.start))
        #expect(throws: AnswerError.doesNotFit(node: "red_flags", given: "any", valid: Answer.valid(for: tree.startNode))) {
            try sheet.set(.choice(0), forNode: tree.start, in: tree)
        }
        #expect(tree.startNode.edge(for: .choice(0)) == nil)
        #expect(tree.startNode.edge(for: .items([9])) == nil)
        #expect(evaluator.evaluate(sheet) == .stopped(tree.start))
        sheet.removeAll()
        #expect(sheet.isEmpty)
        #expect(throws: AnswerError.unknownNode("nowhere", in: tree)) { try Evaluator(tree: tree, from: "nowhere") }
    }

    @Test func answerSheetRejectsUnknownNodesAndMisfits() throws {
        let tree = try Fixtures.engineTree()
        #expect(throws: AnswerError.unknownNode("injuri", suggestion: "injury")) {
            try Answers(assignments: ["injuri=yes"], in: tree)
        }
        #expect(throws: AnswerError.doesNotFit(node: "injury", given: "perhaps", valid: ["yes", "no"])) {
            try Answers(assignments: ["injury=perhaps"], in: tree)
        }
    }
}
