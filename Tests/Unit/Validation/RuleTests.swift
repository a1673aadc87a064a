import DecisionTree
import TestSupport
import Testing

/// One test per rule: each fixture marks with ‸ exactly where its diagnostics must point.
@Suite struct RuleTests {
    /// Loads `marked` and checks that its diagnostics are exactly `expected`, in order, at the markers.
    func expectDiagnostics(
        _ marked: String, _ expected: [(Rule, Diagnostic.Severity)], message: String? = nil,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let (text, at) = markers(marked)
        let diagnostics = load(text).diagnostics
        #expect(
            at.count == expected.count, "fixture has \(at.count) markers for \(expected.count) diagnostics", sourceLocation: sourceLocation)
        let got = diagnostics.map { "\($0.rule.rawValue)@\($0.location)/\($0.severity.rawValue)" }
        let want = zip(expected, at).map { "\($0.0.rawValue)@\($1)/\($0.1.rawValue)" }
        #expect(got == want, "\(diagnostics.map(\.summary))", sourceLocation: sourceLocation)
        if let message {
            #expect(
                diagnostics.contains { $0.message.contains(message) }, "no message contains '\(message)': \(diagnostics.map(\.message))",
                sourceLocation: sourceLocation)
        }
    }

    static let header = "tree: t\ntitle: T\nstart: a\nnodes:\n"

    @Test func yamlSyntax() {
        // An unclosed flow mapping is reported at its '{', not at the end of the file.
        expectDiagnostics(Self.header + "  a: ‸{outcome: x\n", [(.yamlSyntax, .error)], message: "this '{' is never closed")
        expectDiagnostics("tree: t\n  title‸: x\n", [(.yamlSyntax, .error)])
    }

    @Test func topLevelNotMapping() {
        expectDiagnostics("‸- tree\n- nodes\n", [(.topLevelNotMapping, .error)], message: "not a list")
        expectDiagnostics("‸just text\n", [(.topLevelNotMapping, .error)])
    }

    @Test func unknownKeyWithSuggestion() {
        // One mistake, one diagnostic: the misspelt key is then read as `answers`, so `a` has its
        // answers and `b` is reachable.
        expectDiagnostics(
            Self.header + "  a:\n    question: Q\n    ‸anwsers: {yes: b, no: b}\n  b: {outcome: done}\n",
            [(.unknownKey, .error)], message: "did you mean 'answers'?")
    }

    @Test func unknownTopLevelKey() {
        expectDiagnostics(
            "tree: t\ntitle: T\n‸titel: x\nstart: a\nnodes:\n  a: {outcome: o}\n", [(.unknownKey, .error)], message: "did you mean 'title'?"
        )
    }

    @Test func missingFields() {
        expectDiagnostics("‸‸tree: t\nnodes:\n  a: {outcome: o}\n", [(.missingField, .error), (.missingField, .error)])
        let (text, _) = markers("title: T\nstart: a\nnodes:\n  a: {outcome: o}\n")
        #expect(load(text).diagnostics.map(\.message) == ["missing required field 'tree'"])
    }

    @Test func nodeKind() {
        expectDiagnostics(Self.header + "  ‸a:\n    advice: x\n", [(.nodeKindMissing, .error)])
        expectDiagnostics(
            Self.header + "  a:\n    outcome: x\n    ‸question: y\n", [(.nodeKindConflict, .error)], message: "exactly one kind")
    }

    @Test func unknownTargets() {
        expectDiagnostics(
            "tree: t\ntitle: T\nstart: ‸strat\nnodes:\n  start: {outcome: o}\n", [(.unknownTarget, .error)],
            message: "did you mean 'start'?")
        expectDiagnostics(
            Self.header + """
                  a:
                    question: Q
                    answers: {yes: ‸bb, no: c}
                  b: {outcome: B}
                  c:
                    checklist: C
                    items: [x]
                    any: ‸nowhere
                    none: e
                  e:
                    refer: therapist
                    next: ‸f
                """ + "\n", [(.unknownTarget, .error), (.unknownTarget, .error), (.unknownTarget, .error)], message: "did you mean 'b'?")
    }

    @Test func duplicateNodeIDAndAnswerLabel() {
        expectDiagnostics(
            Self.header
                + "  a:\n    question: Q\n    answers:\n      yes: b\n      no: b\n      ‸Yes: b\n  b: {outcome: B}\n  ‸b: {outcome: C}\n",
            [(.duplicateKey, .error), (.duplicateKey, .error)], message: "duplicate node id 'b'; the first is at line 11")
    }

    @Test func tooFewAnswers() {
        expectDiagnostics(
            Self.header + "  a:\n    question: Q\n    ‸answers: {yes: b}\n  b: {outcome: B}\n", [(.tooFewAnswers, .error)],
            message: "1 answer")
        expectDiagnostics(Self.header + "  a:\n    ‸question: Q\n", [(.tooFewAnswers, .error)], message: "no answers")
    }

    @Test func checklistRules() {
        expectDiagnostics(
            Self.header + "  a:\n    checklist: C\n    items: ‸[]\n    any: b\n    none: b\n  b: {outcome: B}\n",
            [(.checklistNoItems, .error)])
        expectDiagnostics(
            Self.header + "  a:\n    ‸checklist: C\n    any: b\n    none: b\n  b: {outcome: B}\n", [(.checklistNoItems, .error)])
        expectDiagnostics(
            Self.header + "  a:\n    ‸checklist: C\n    items: [x]\n    any: b\n  b: {outcome: B}\n", [(.checklistMissingBranch, .error)],
            message: "missing 'none'")
        expectDiagnostics(
            Self.header + "  a:\n    ‸checklist: C\n    items: [x]\n    none: b\n  b: {outcome: B}\n", [(.checklistMissingBranch, .error)],
            message: "missing 'any'")
    }

    @Test func emptyText() {
        expectDiagnostics(
            "tree: t\ntitle: ‸\"  \"\nstart: a\nnodes:\n  a:\n    outcome:‸ \n", [(.emptyText, .error), (.emptyText, .error)])
        expectDiagnostics(
            Self.header + "  a:\n    checklist: C\n    items: [x, ‸'']\n    any: b\n    none: b\n  b: {outcome: B}\n",
            [(.emptyText, .error)])
    }

    @Test func unknownUrgency() {
        expectDiagnostics(
            Self.header + "  a:\n    refer: therapist\n    urgency: ‸URGENT\n", [(.unknownUrgency, .error)],
            message: "did you mean 'urgent'?")
    }

    @Test func specialists() {
        expectDiagnostics(
            "tree: t\ntitle: T\nstart: a\nspecialists: [therapist, ‸surgeon]\nnodes:\n  a:\n    refer: ‸terapist\n    next: b\n  b:\n    refer: therapist\n",
            [(.unusedSpecialist, .warning), (.unknownSpecialist, .error)], message: "did you mean 'therapist'?")
    }

    @Test func cyclePrintsItsPath() {
        let marked =
            Self.header
            + "  a:\n    question: Q\n    answers: {yes: b, no: c}\n  b:\n    refer: therapist\n    next: ‸a\n  c: {outcome: C}\n"
        expectDiagnostics(marked, [(.cycle, .error)], message: "cycle: a -> b -> a")
    }

    @Test func unreachableNode() {
        expectDiagnostics(Self.header + "  a: {outcome: A}\n  ‸b: {outcome: B}\n", [(.unreachableNode, .warning)])
    }

    @Test func wrongTypeInvalidIDAndKeyNotAllowed() {
        // The graph is checked despite the other errors: nothing leads to 'b c', so it is also unreachable.
        expectDiagnostics(
            "tree: ‸Bad_Id\ntitle: ‸[T]\nstart: a\nnodes:\n  a:\n    outcome: A\n    ‸answers: {x: a}\n  ‸‸b c: {outcome: B}\n",
            [(.invalidID, .error), (.wrongType, .error), (.keyNotAllowed, .error), (.invalidID, .error), (.unreachableNode, .warning)])
    }

    @Test func everyProblemInOneRun() {
        let marked = """
            tree: t
            title: T
            start: a
            nodes:
              a:
                question: Q
                answers: {yes: ‸zz, no: c}
                ‸hepl: x
              c:
                refer: therapist
                urgency: ‸later
            """
        expectDiagnostics(marked, [(.unknownTarget, .error), (.unknownKey, .error), (.unknownUrgency, .error)])
    }

    @Test func aValidTreeHasNoDiagnostics() throws {
        let result = load(Fixtures.small)
        #expect(result.diagnostics.isEmpty)
        #expect(result.tree != nil)
    }
}
