import DecisionTree
import TestSupport
import Testing

/// Diagnostics carry what they are about (a span, start and end) and their did-you-mean as a
/// fix-it: a range and its replacement. The first and last ‸ mark the diagnostic's span; the
/// ones between, the range its fix-it replaces (`‸‸word‸‸`: both are the word).
@Suite struct FixItTests {
    /// The one diagnostic of `rule` in `marked` (tree or scenario text): its span is from the
    /// first ‸ to the last, and its one fix-it replaces the second to the next-to-last (with
    /// three ‸, the second to the last) with `replacement` (no fix-it when `nil`).
    func expectFix(
        _ marked: String, _ rule: Rule, _ replacement: String?, scenario: Bool = false,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let (text, at) = markers(marked)
        let diagnostics =
            (scenario ? ScenarioLoader.load(text: text, path: "t.tests.yaml", tree: Self.tree).diagnostics : load(text).diagnostics)
            .filter { $0.rule == rule }
        guard diagnostics.count == 1, let d = diagnostics.first else {
            Issue.record("want one diagnostic, got \(diagnostics.map(\.summary))", sourceLocation: sourceLocation)
            return
        }
        #expect(d.span == SourceRange(start: at[0], end: at[at.count - 1]), "\(d.span)", sourceLocation: sourceLocation)
        if let replacement {
            let fixed = SourceRange(start: at[1], end: at[at.count == 3 ? 2 : at.count - 2])
            #expect(d.fixIts == [FixIt(range: fixed, replacement: replacement)], "\(d.fixIts)", sourceLocation: sourceLocation)
            #expect(d.message.contains("(did you mean '\(replacement)'?)"), sourceLocation: sourceLocation)
        } else {
            #expect(d.fixIts.isEmpty, sourceLocation: sourceLocation)
            #expect(!d.message.contains("did you mean"), sourceLocation: sourceLocation)
        }
    }

    static let tree: Tree = {
        let result = load(
            "tree: t\ntitle: T\nstart: rash\nspecialists: [gp]\nnodes:\n  rash:\n    question: Q?\n    answers: {any: skin, none: home}\n  skin: {refer: gp}\n  home: {outcome: Rest}\n"
        )
        return result.tree!
    }()

    @Test func unknownKey() {
        expectFix("tree: t\ntitle: T\nstart: a\nnodes:\n  a:\n    outcome: o\n    ‸‸hlep‸‸: x\n", .unknownKey, "help")
    }

    @Test func unknownTargetPlainAndQuoted() {
        expectFix("tree: t\ntitle: T\nstart: ‸‸strat‸‸\nnodes:\n  start: {outcome: o}\n", .unknownTarget, "start")
        // Quoted: the diagnostic is about the scalar as written, the fix-it replaces its text.
        expectFix(
            "tree: t\ntitle: T\nstart: a\nnodes:\n  a: {question: Q, answers: {yes: ‸\"‸bb‸\"‸, no: b}}\n  b: {outcome: o}\n",
            .unknownTarget, "b")
        expectFix("tree: t\ntitle: T\nstart: a\nnodes:\n  a: {question: Q, answers: {yes: ‸zzzzzz‸, no: a}}\n", .unknownTarget, nil)
    }

    @Test func unknownUrgencyAndSpecialist() {
        expectFix("tree: t\ntitle: T\nstart: a\nnodes:\n  a:\n    refer: gp\n    urgency: ‸‸URGENT‸‸\n", .unknownUrgency, "urgent")
        expectFix(
            "tree: t\ntitle: T\nstart: a\nspecialists: [therapist]\nnodes:\n  a: {refer: ‸‸therapst‸‸}\n", .unknownSpecialist, "therapist")
    }

    @Test func scenarioAnswerKeysAndAnchors() {
        expectFix(
            "tree: t.yaml\ncases:\n  - name: c\n    answers: {‸‸rsh‸‸: any}\n    expect: skin\n", .unknownNode, "rash", scenario: true)
        expectFix(
            "tree: t.yaml\ncases:\n  - name: c\n    answers: {rash: ‸‸anny‸‸}\n    expect: skin\n", .unknownAnswer, "any", scenario: true)
        // NODE=ANSWER: the caret stays at the anchor; the span ends after the side at fault,
        // and the fix-it replaces that side only.
        expectFix(
            "tree: t.yaml\ninvariants:\n  - name: i\n    after: ‸rash=‸anny‸\n    expect: skin\n", .unknownAnswer, "any", scenario: true)
        expectFix(
            "tree: t.yaml\ninvariants:\n  - name: i\n    after: ‸‸rsh‸‸=any\n    expect: skin\n", .unknownNode, "rash", scenario: true)
        expectFix(
            "tree: t.yaml\ncases:\n  - name: c\n    answers: {rash: any}\n    expect: ‸‸skinn‸‸\n", .unknownNode, "skin", scenario: true)
    }
}
