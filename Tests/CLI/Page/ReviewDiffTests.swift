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
}
