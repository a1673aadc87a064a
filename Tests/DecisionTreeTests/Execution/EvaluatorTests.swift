import DecisionTree
import Testing

@Suite struct EvaluatorTests {
    /// Every combination of answers the shipped tree can be given, as typed text.
    static let combinations: [[String: String]] = {
        var cases: [[String: String]] = []
        for flags in ["none", "1", "3 5"] {
            for recurring in ["yes", "no", nil] {
                for injury in ["yes", "no", nil] {
                    for finding in ["1", "2", "3", "4", nil] as [String?] {
                        var answers = ["red_flags": flags]
                        answers["recurring"] = recurring
                        answers["injury"] = injury
                        answers["therapist_finding"] = finding
                        cases.append(answers)
                    }
                }
            }
        }
        return cases
    }()

    @Test func agreesWithWalkOnEveryCombination() throws {
        let tree = try Fixtures.shippedTree()
        let evaluator = try Evaluator(tree: tree)
        var outcomes: Set<String> = []
        for answers in Self.combinations {
            let sheet = try AnswerSheet(tree: tree, answers: answers)
            var walk = try Walk(tree: tree)
            while !walk.isFinished, let answer = sheet[walk.current] { try walk.take(answer) }
            switch evaluator.evaluate(sheet) {
            case .outcome(let node):
                #expect(walk.isFinished && walk.current == node, "\(answers)")
                outcomes.insert(tree.nodes[node].id)
            case .stopped(let node):
                #expect(!walk.isFinished && walk.current == node, "\(answers)")
            case .invalid(let node):
                Issue.record("invalid at \(tree.nodes[node].id) for \(answers)")
            }
        }
        #expect(outcomes == ["neurologist_now", "self_care", "trauma", "urologist", "gynecologist", "neurologist", "muscle_spasm"])
    }

    @Test func startsFromAnyNodeAndReportsStopsAndMisfits() throws {
        let tree = try Fixtures.shippedTree()
        let fromTherapist = try Evaluator(tree: tree, from: "therapist")
        var sheet = AnswerSheet(tree: tree)
        #expect(fromTherapist.evaluate(sheet) == .stopped(try #require(tree.index(of: "therapist_finding"))))
        sheet[try #require(tree.index(of: "therapist_finding"))] = .choice(3)
        #expect(fromTherapist.evaluate(sheet) == .outcome(try #require(tree.index(of: "muscle_spasm"))))
        let evaluator = try Evaluator(tree: tree)
        sheet[tree.start] = .choice(0)
        #expect(evaluator.evaluate(sheet) == .invalid(tree.start))
        sheet[tree.start] = .items([9])
        #expect(evaluator.evaluate(sheet) == .invalid(tree.start))
        sheet.removeAll()
        #expect(sheet.isEmpty)
        #expect(throws: Walk.UnknownNode.self) { try Evaluator(tree: tree, from: "nowhere") }
    }

    @Test func answerSheetRejectsUnknownNodesAndMisfits() throws {
        let tree = try Fixtures.shippedTree()
        #expect(throws: BatchError.unknownNode(Walk.UnknownNode(id: "injuri", suggestion: "injury"))) {
            try AnswerSheet(tree: tree, answers: ["injuri": "yes"])
        }
        #expect(throws: BatchError.answer(AnswerError(node: "injury", given: "perhaps", valid: ["yes", "no"]))) {
            try AnswerSheet(tree: tree, answers: ["injury": "perhaps"])
        }
    }
}
