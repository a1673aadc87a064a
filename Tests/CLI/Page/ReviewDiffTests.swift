@testable import DecisionTree
@testable import DecisionTreePage
import Foundation
import TestSupport
import Testing

/// `dtree review --against`: what changed between two versions, by node id.
@Suite struct ReviewDiffTests {
    static func fourAnswers(_ edit: (String) -> String = { $0 }) throws -> Tree {
        try Fixtures.tree(edit(try String(contentsOfFile: ChartAccessibilityTests.fourAnswersPath, encoding: .utf8)))
    }

    @Test func changedAddedAndRemovedNodesAreNamedWithWhatChanged() throws {
        let old = try Self.fourAnswers()
        let new = try Self.fourAnswers {
            $0.replacingOccurrences(of: "outcome: Watch and wait", with: "outcome: Watch and wait a week")
                .replacingOccurrences(of: "advice: Go to the emergency department now.", with: "advice: Call an ambulance.")
                .replacingOccurrences(of: "neither: physio\n  chest:", with: "neither: osteo\n  chest:")
                .replacingOccurrences(of: "  home:\n", with: "  osteo:\n    refer: osteopath\n  home:\n")
        }
        let diff = ReviewDiff(old: old, oldFile: "old.yaml", new: new)
        #expect(diff.changes.map(\.id) == ["arm", "neuro_now", "osteo", "home"])
        #expect(diff.changes.map(\.kind) == [.changed, .changed, .added, .changed])
        // Review/'s StructuralDiff: a retargeted answer is a "targets" change.
        #expect(diff.changes.map(\.fields) == [["targets"], ["advice"], [], ["text"]])
        #expect(diff.changedEnds.map(\.id) == ["neuro_now", "osteo", "home"])
        let removed = ReviewDiff(old: new, oldFile: "new.yaml", new: old)
        #expect(removed.changes.last == ReviewDiff.Change(id: "osteo", kind: .removed, fields: [], newIndex: nil, isEnd: true))
        #expect(ReviewDiff(old: old, oldFile: "same.yaml", new: old).changes.isEmpty)
        let html = try ReviewPage(tree: new, fileName: "new.yaml", diff: diff).html()
        #expect(html.contains("Changes since old.yaml (version 1.0.0)"))
        #expect(html.contains("\"changed\":[[1,\"changed\"],[6,\"changed\"],[8,\"added\"],[9,\"changed\"]]"))
        _ = try ReviewPageTests.Parsed(html)
    }

    /// The `how_often` re-route (numbness that came again sent to the therapist): `dtree diff`
    /// finds 6 changed outcome pairs; the page lists the same 6, each with its witness and a
    /// replay walked on NEW, never "None.".
    @Test func theChangedOutcomesAreTheBehaviourDiff() throws {
        let old = try Fixtures.shippedTree()
        let text = try String(contentsOfFile: Fixtures.shippedTreePath, encoding: .utf8)
        let rerouted = text.replacingOccurrences(
            of: "again: {to: neurologist_now,", with: "again: {to: therapist,")
        #expect(rerouted != text)
        let new = try Fixtures.tree(rerouted)
        let diff = ReviewDiff(old: old, oldFile: "old.yaml", new: new)
        let pairs = diff.outcomes.map { "\($0.change.old) -> \($0.change.new)" }
        #expect(pairs.count == 6)
        #expect(pairs.first == "neurologist (urgent) -> urologist (urgency not stated)")
        // The replay is the witness walked on NEW: through the therapist to the urologist.
        let first = try #require(diff.outcomes.first)
        #expect(
            first.path.nodes.map { new.nodes[$0].id } == [
                "red_flags", "injury", "doctor_signs", "how_often", "therapist", "therapist_finding", "urologist",
            ])
        let html = try ReviewPage(tree: new, fileName: "new.yaml", diff: diff).html()
        let changes = try #require(html.range(of: "id=\"changes\"")).lowerBound
        let section = String(html[changes...].prefix(20_000))
        #expect(!section.components(separatedBy: "Every changed node")[0].contains("None."))
        #expect(section.components(separatedBy: "class=\"outcome-change\"").count == 7)
        #expect(section.contains("data-diff=\"4\""))
        #expect(section.contains("retargeted"))
        #expect(html.contains("\"diffs\":[{\"steps\":"))
        // The diagram is the diff picture: the removed edge ghosted (dashed red), the changed node marked.
        #expect(html.contains("CHANGED: targets"))
        // No behaviour change: "None." under the changed outcomes.
        let wording = try Fixtures.tree(
            text.replacingOccurrences(of: "question: How often has the numbness come?", with: "question: How often has it come?"))
        let none = try ReviewPage(tree: wording, fileName: "w.yaml", diff: ReviewDiff(old: old, oldFile: "old.yaml", new: wording)).html()
        #expect(none.contains("<p id=\"outcome-changes\">None.</p>"))
    }
}
