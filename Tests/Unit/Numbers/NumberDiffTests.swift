import DecisionTree
import DecisionTreeRendering
import Foundation
import TestSupport
import Testing

/// The behaviour diff of a number node whose boundary moved: the values re-routed, named as a
/// range, with a value at each end, and the outcome pairs they change, with a witness that runs.
@Suite struct NumberDiffTests {
    static func ages(_ ranges: String, integer: Bool = true) -> String {
        """
        tree: ages
        title: Ages
        start: age
        nodes:
          age:
            number: How old?
            unit: years
            min: 0
            max: 120
        \(integer ? "    integer: true\n" : "")    ranges:
        \(ranges)
          neurologist: {refer: neurologist}
          therapist: {refer: therapist}
          paediatrics: {outcome: Paediatrics}

        """
    }

    static let old = ages("      \"< 18\": paediatrics\n      \"18 ..< 50\": therapist\n      \">= 50\": neurologist")
    static let new = ages("      \"< 18\": paediatrics\n      \"18 ..< 55\": therapist\n      \">= 55\": neurologist")

    @Test func aMovedBoundaryReRoutesTheValuesBetweenWithAWitnessAtEachEnd() throws {
        let diff = TreeDiff(old: try Fixtures.tree(Self.old), oldName: "old", new: try Fixtures.tree(Self.new), newName: "new")
        let changes = diff.behaviour.rangeChanges
        #expect(changes.count == 1)
        let change = try #require(changes.first)
        #expect(change.values == "50 ..< 55")
        #expect(change.oldTarget == "neurologist" && change.newTarget == "therapist")
        #expect(change.oldRange == ">= 50" && change.newRange == "18 ..< 55")
        #expect(change.lowWitness == "50" && change.highWitness == "54")
        // The outcome pair follows, with a witness inside the interval that runs on both sides.
        #expect(
            diff.behaviour.outcomes.map { "\($0.old) -> \($0.new)" } == [
                "neurologist (urgency not stated) -> therapist (urgency not stated)"
            ])
        let witness = try #require(diff.behaviour.outcomes.first?.witness.map(\.description))
        let newTree = try Fixtures.tree(Self.new), oldTree = try Fixtures.tree(Self.old)
        #expect(Walk(tree: newTree, following: try Answers(assignments: witness, in: newTree)).node.id == "therapist")
        #expect(Walk(tree: oldTree, following: try Answers(assignments: witness, in: oldTree)).node.id == "neurologist")
        // Nothing is called one-sided for ranges whose text changed.
        #expect(diff.behaviour.oneSided.isEmpty)
        let text = DiffReport.render(diff, format: .text)
        #expect(text.contains("values re-routed at number nodes:"))
        #expect(
            text.contains(
                "  age 50 ..< 55 years: neurologist -> therapist (was '>= 50', now '18 ..< 55'); at the ends age=50, age=54"), "\(text)")
        let json = DiffReport.render(diff, format: .json)
        #expect(json.contains(#""reroutedValues":[{"#), "\(json)")
        // The diff picture says it under the title.
        #expect(DiffPicture.marks(diff).notes.first?.hasPrefix("Re-routed: age 50 ..< 55 years: neurologist -> therapist") == true)
    }

    @Test func decimalBoundariesGiveWitnessesJustInside() throws {
        let old = Self.ages("      \"< 37.5\": paediatrics\n      \">= 37.5\": neurologist", integer: false)
        let new = Self.ages("      \"< 38\": paediatrics\n      \">= 38\": neurologist", integer: false)
        let diff = TreeDiff(old: try Fixtures.tree(old), oldName: "old", new: try Fixtures.tree(new), newName: "new")
        let change = try #require(diff.behaviour.rangeChanges.first)
        #expect(change.values == "37.5 ..< 38")
        #expect(change.lowWitness == "37.5" && change.highWitness == "37.9")
        #expect(change.oldTarget == "neurologist" && change.newTarget == "paediatrics")
    }

    @Test func unchangedRoutingReportsNothing() throws {
        // Rewritten ranges that take the same values to the same nodes re-route nothing.
        let same = Self.ages("      \"<= 17\": paediatrics\n      \"18 ... 49\": therapist\n      \"> 49\": neurologist")
        let diff = TreeDiff(old: try Fixtures.tree(Self.old), oldName: "old", new: try Fixtures.tree(same), newName: "new")
        #expect(diff.behaviour.rangeChanges.isEmpty)
        #expect(diff.behaviour.outcomes.isEmpty)
    }
}
