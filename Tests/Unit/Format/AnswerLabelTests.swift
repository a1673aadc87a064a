@testable import DecisionTree
import Foundation
import TestSupport
import Testing

/// An answer's id (what scenarios, `--answer`, batches, FHIR codes and the hash name it by)
/// and the label shown for it: `ID: NODE`, or `ID: {to: NODE, label: TEXT}`.
@Suite struct AnswerLabelTests {
    static let labelled = Fixtures.labelledAnswers

    /// The same tree with no label given.
    static let unlabelled = labelled.replacingOccurrences(of: #"{to: neuro, label: "No - it occurs regularly"}"#, with: "neuro")
        .replacingOccurrences(of: "{to: calm}", with: "calm")

    @Test func theIdIsTheKeyAndTheLabelIsShown() throws {
        let tree = try Fixtures.tree(Self.labelled)
        let question = tree.nodes[0]
        #expect(question.edges.map(\.answer) == ["yes", "regular", "once"])
        #expect(question.edges.map(\.label) == [nil, "No - it occurs regularly", nil])
        #expect(question.edges.indices.map { question.readableLabel(ofEdge: $0) } == ["yes", "No - it occurs regularly", "once"])
        #expect(try Walk(tree: tree).choices == ["yes", "No - it occurs regularly", "once"])
    }

    @Test func aTypedAnswerMatchesTheIdOrTheLabel() throws {
        let question = try Fixtures.tree(Self.labelled).nodes[0]
        #expect(try Answer.parse("REGULAR", for: question) == .choice(1))
        #expect(try Answer.parse("no - it occurs REGULARLY", for: question, acceptingLabels: true) == .choice(1))
        // What identifies an answer (scenarios, --answer, batches) names it by its id.
        #expect(throws: AnswerError.self) { try Answer.parse("No - it occurs regularly", for: question) }
        #expect(try Answer.parse("2", for: question) == .choice(1))
        #expect(Answer.valid(for: question) == ["yes", "regular", "once"])
        #expect(Answer.choice(1).text(at: question) == "regular")
        #expect(Answer.choice(1).readableText(at: question) == "No - it occurs regularly")
        #expect(throws: AnswerError.self) { try Answer.parse("occurs", for: question) }
    }

    @Test func theModelAddsDisplayOnlyWhenALabelIsGivenAndReadsItBack() throws {
        let plain = JSONExport.text(try Fixtures.tree(Self.unlabelled))
        #expect(!plain.contains("display"))
        let tree = try Fixtures.tree(Self.labelled)
        let json = JSONExport.text(tree)
        #expect(json.contains(#""label": "regular","#) && json.contains(#""display": "No - it occurs regularly","#))
        let again = try Fixtures.tree(json)
        #expect(again.nodes[0].edges.map(\.answer) == tree.nodes[0].edges.map(\.answer))
        #expect(again.nodes[0].edges.map(\.label) == tree.nodes[0].edges.map(\.label))
        #expect(again.nodes[0].edges.map(\.target) == tree.nodes[0].edges.map(\.target))
        #expect(JSONExport.text(again) == json)
        // A label is reviewed content: it changes the hash; the same ids and targets without it hash as before.
        #expect(ContentHash.of(tree) != ContentHash.of(try Fixtures.tree(Self.unlabelled)))
    }

    @Test func aWalkRecordsTheId() throws {
        let tree = try Fixtures.tree(Self.labelled)
        var walk = try Walk(tree: tree)
        try walk.answer("No - it occurs regularly")
        #expect(walk.path.steps.map { $0.text(in: tree) } == ["regular"])
        #expect(walk.path.steps.map { $0.readableText(in: tree) } == ["No - it occurs regularly"])
        #expect(Waypoint.edge(EdgeRef(node: 0, edge: 1)).text(in: tree) == "q=regular")
    }

    // MARK: - Diagnostics of the mapping form

    /// Expects one diagnostic, at the marker, when the labelled answer's value is `marked`
    /// (or, with `whole`, for the whole marked tree).
    static func expect(
        _ marked: String, whole: Bool = false, _ rule: Rule, message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let (text, at) = markers(
            whole ? marked : Self.labelled.replacingOccurrences(of: #"{to: neuro, label: "No - it occurs regularly"}"#, with: marked))
        let diagnostics = load(text).diagnostics
        #expect(diagnostics.map(\.rule) == [rule], "\(diagnostics.map(\.summary))", sourceLocation: sourceLocation)
        #expect(diagnostics.map(\.location) == at, "\(diagnostics.map(\.summary))", sourceLocation: sourceLocation)
        #expect(diagnostics.first?.message.contains(message) == true, "\(diagnostics.map(\.message))", sourceLocation: sourceLocation)
    }

    @Test func anUnknownKeyIsLocatedWithDidYouMeanAndReadAsMeant() {
        Self.expect("{to: neuro, ‸lable: Regularly}", .unknownKey, message: "unknown key 'lable' (did you mean 'label'?)")
        Self.expect("{‸tu: neuro, label: Regularly}", .unknownKey, message: "(did you mean 'to'?)")
        Self.expect("{to: neuro, label: Regularly, ‸colour: red}", .unknownKey, message: "unknown key 'colour'")
    }

    @Test func aMissingToIsLocatedAtTheMapping() {
        Self.expect("‸{label: Regularly}", .missingField, message: "answer 'regular' has no 'to'")
    }

    @Test func anEmptyLabelIsLocated() {
        Self.expect(#"{to: neuro, label: ‸""}"#, .emptyText, message: "'label' is empty")
        Self.expect("{to: neuro, label: ‸}", .emptyText, message: "'label' is empty")
    }

    @Test func aTargetInTheMappingIsCheckedLikeAnyTarget() {
        Self.expect("{to: ‸nuero, label: Regularly}", .unknownTarget, message: "did you mean 'neuro'?")
    }

    @Test func twoAnswersShownAlikeAreLocatedAtTheSecond() {
        Self.expect("{to: neuro, label: ‸YES}", .duplicateKey, message: "answer 'regular' is shown as 'YES', as is answer 'yes'")
        Self.expect(
            Self.labelled.replacingOccurrences(of: "No - it occurs regularly", with: "once").replacingOccurrences(
                of: "once: {to: calm}", with: "‸once: {to: calm}"), whole: true,
            .duplicateKey, message: "as is the label of answer 'regular'")
    }
}
