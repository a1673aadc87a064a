import DecisionTree
import TestSupport
import Testing

/// One mistake, one diagnostic: a typo'd key is read as the key it suggests, and nothing is
/// reported unreachable that a missing edge, already reported, may have led to. Markers (‸)
/// stand where each diagnostic must point.
@Suite struct DiagnosticCascadeTests {
    static let header = "tree: t\ntitle: T\nstart: a\nnodes:\n"

    func expectExactly(_ marked: String, _ rules: [Rule], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let (text, at) = markers(marked)
        let diagnostics = load(text).diagnostics
        let got = diagnostics.map { "\($0.rule.rawValue)@\($0.location)" }
        let want = zip(rules, at).map { "\($0.rawValue)@\($1)" }
        #expect(got == want, "\(diagnostics.map(\.summary))", sourceLocation: sourceLocation)
    }

    @Test func typoedAnswersKeyIsOneErrorAndIsReadAsAnswers() {
        expectExactly(
            Self.header + "  a:\n    question: Q\n    ‸anwsers: {yes: b, no: c}\n  b: {outcome: B}\n  c: {outcome: C}\n", [.unknownKey])
        // Read as answers: the typo'd key's targets are still checked.
        expectExactly(
            Self.header + "  a:\n    question: Q\n    ‸anwsers: {yes: b, no: ‸cc}\n  b: {outcome: B}\n  c: {outcome: C}\n",
            [.unknownKey, .unknownTarget])
    }

    @Test func typoedStartIsOneError() {
        expectExactly("tree: t\ntitle: T\n‸strat: a\nnodes:\n  a: {outcome: A}\n", [.unknownKey])
    }

    @Test func typoedKindKeyIsReadAsTheKind() {
        expectExactly(Self.header + "  a:\n    ‸questoin: Q\n    answers: {yes: b, no: b}\n  b: {outcome: B}\n", [.unknownKey])
    }

    @Test func aTypoThatNamesAKeyAlreadyPresentIsNotReadTwice() {
        expectExactly(
            Self.header + "  a:\n    question: Q\n    answers: {yes: b, no: b}\n    ‸anwsers: {yes: b, no: b}\n  b: {outcome: B}\n",
            [.unknownKey])
    }

    @Test func missingNoneIsOneErrorWithoutUnreachableTargets() {
        expectExactly(
            Self.header
                + "  a:\n    ‸checklist: Any?\n    items: [x]\n    any: b\n  b: {outcome: B}\n  c: {outcome: C}\n  d: {outcome: D}\n",
            [.checklistMissingBranch])
    }

    @Test func unknownTargetLeavesNoUnreachableCascade() {
        expectExactly(
            Self.header
                + "  a:\n    question: Q\n    answers: {yes: b, no: ‸cc}\n  b: {outcome: B}\n  c:\n    question: C?\n    answers: {yes: b, no: d}\n  d: {outcome: D}\n",
            [.unknownTarget])
    }

    @Test func aNodeUnreachableForOtherReasonsIsStillReported() {
        // Nothing is missing: 'c' has no way in, so it is reported.
        expectExactly(
            Self.header + "  a:\n    question: Q\n    answers: {yes: b, no: b}\n  b: {outcome: B}\n  ‸c: {outcome: C}\n", [.unreachableNode]
        )
    }

    @Test func aNodeRenamedToAnExistingIdIsOneError() {
        // 'c' renamed to 'b': the duplicate id, not also the name 'c' it leaves dangling.
        expectExactly(
            Self.header + "  a:\n    question: Q\n    answers: {yes: b, no: c}\n  b: {outcome: B}\n  ‸b: {outcome: C}\n", [.duplicateKey])
        // More dangling names than duplicates: a real typo too, reported.
        expectExactly(
            Self.header + "  a:\n    question: Q\n    answers: {yes: ‸x, no: ‸c}\n  b: {outcome: B}\n  ‸b: {outcome: C}\n",
            [.unknownTarget, .unknownTarget, .duplicateKey])
    }

    @Test func aSpecialistInTheWrongCaseIsOneError() {
        expectExactly(
            "tree: t\ntitle: T\nstart: a\nspecialists:\n  gp: General practitioner\nnodes:\n  a: {refer: ‸GP}\n", [.unknownSpecialist])
    }

    @Test func aQuestionWithOneAnswerIsOneError() {
        expectExactly(
            Self.header
                + "  a:\n    question: Q\n    ‸answers: {yes: b}\n  b: {outcome: B}\n  c:\n    question: C?\n    answers: {yes: b, no: d}\n  d: {outcome: D}\n",
            [.tooFewAnswers])
    }

    @Test func aScenarioFileGivenAsATreeIsOneErrorNamingItsTree() {
        let result = load("tree: clinic.yaml\ncases:\n  - {name: x, answers: {q: yes}, expect: er}\n")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.rule == .notATreeFile)
        #expect(
            result.diagnostics.first?.message
                == "this is a scenario file, not a tree: it tests 'clinic.yaml'; give that tree instead, or run the cases with 'dtree test'"
        )
    }

    @Test func yamlMistakesAreRephrasedAtTheLineThatIsWrong() {
        let cases: [(String, String)] = [
            (Self.header + "  a:\n‸\toutcome: x\n", "tabs cannot indent YAML; use spaces"),
            (
                Self.header + "  a:\n    question: x\n   ‸answers: {yes: b, no: b}\n  b: {outcome: y}\n",
                "this key starts at column 4, but the keys above it ('question', line 6) start at column 5; indent it to column 5"
            ),
            // A tab anywhere, not only on a node's first key.
            (Self.header + "  a:\n    outcome: x\n‸\tadvice: y\n", "tabs cannot indent YAML; use spaces"),
            // A missing colon, at the key that lacks it: on the last line, and followed by a key.
            (
                Self.header + "  a:\n    outcome: x\n    advice‸ see a doctor\n",
                "'advice' has no colon after it; write 'advice: see a doctor'"
            ),
            (Self.header + "  a:\n    outcome‸ x\n    advice: y\n", "'outcome' has no colon after it; write 'outcome: x'"),
            (
                Self.header + "  a:\n    question: Q\n    answers: {yes: b, no: b}\n    help‸ look\n  b: {outcome: y}\n",
                "'help' has no colon after it"
            ),
            ("tree: t\ntitle: ‸\"T\nstart: a\nnodes:\n  a: {outcome: x}\n", "this quote is never closed"),
            (
                Self.header + "  a:\n    checklist: x\n    items: ‸[a, b\n    any: b\n    none: b\n  b: {outcome: y}\n",
                "this '[' is never closed"
            ),
            (Self.header + "  a:\n    question: x\n    answers: ‸{yes: b, no: b\n  b: {outcome: y}\n", "this '{' is never closed"),
        ]
        for (marked, words) in cases {
            let (text, at) = markers(marked)
            let diagnostics = load(text).diagnostics
            #expect(diagnostics.count == 1 && diagnostics.first?.rule == .yamlSyntax, "\(diagnostics.map(\.summary))")
            #expect(diagnostics.first?.location == at.first, "\(diagnostics.map(\.summary))")
            #expect(diagnostics.first?.message.contains(words) == true, "\(diagnostics.map(\.message))")
        }
    }
}

/// An answer that does not fit is named in words, never by an index the node does not have.
@Suite struct AnswerErrorWordingTests {
    @Test func parsedAnswersThatDoNotFitAreNamedWithoutTrapping() throws {
        let tree = try Fixtures.engineTree()
        var answers = Answers(tree: tree)
        let checklist = try #require(tree.index(of: "red_flags"))
        #expect(throws: AnswerError.doesNotFit(node: "red_flags", given: "10", valid: Answer.valid(for: tree.nodes[checklist]))) {
            try answers.set(.items([9]), forNode: checklist, in: tree)
        }
        let question = try #require(tree.index(of: "recurring"))
        #expect(throws: AnswerError.doesNotFit(node: "recurring", given: "6", valid: ["yes", "no"])) {
            try answers.set(.choice(5), forNode: question, in: tree)
        }
        var walk = try Walk(tree: tree, from: "recurring")
        #expect(throws: AnswerError.doesNotFit(node: "recurring", given: "3", valid: ["yes", "no"])) { try walk.take(.choice(2)) }
        #expect(walk.path.steps.isEmpty)
    }
}
