import DecisionTree
import DecisionTreeRendering
import Foundation
import TestSupport
import Testing
import TreeGenerator

@Suite struct DiffTests {
    private func diff(_ old: String, _ new: String) throws -> TreeDiff {
        TreeDiff(old: try Fixtures.tree(old), oldName: "old.yaml", new: try Fixtures.tree(new), newName: "new.yaml")
    }

    @Test func aRetargetedWarningSignIsAChangedOutcomeWithItsWitness() throws {
        let old = try ReviewFixtures.referralText()
        let new = try ReviewFixtures.edited("any: neuro_now ", "any: trauma ")
        let result = try diff(old, new)
        #expect(!result.isSameModel)
        let outcome = try #require(result.behaviour.outcomes.first)
        #expect(result.behaviour.outcomes.count == 1)
        #expect(outcome.old == "neurologist (urgent)")
        #expect(outcome.new == "traumatologist (urgency not stated)")
        #expect(outcome.witness.map(\.description) == ["signs=Weak legs"])
        // The witness runs: NEW's walk with those answers ends where the diff says.
        let tree = try Fixtures.tree(new)
        let answers = try Answers(assignments: outcome.witness.map(\.description), in: tree)
        #expect(Walk(tree: tree, following: answers).node.id == outcome.newNode)
        let edge = try #require(result.structure.edges.first)
        #expect(edge.change == .retargeted && edge.node == "signs" && edge.label == "any")
        #expect(edge.oldTarget == "neuro_now" && edge.newTarget == "trauma")
        #expect(edge.oldLine == 9 && edge.newLine == 9)
        #expect(result.structure.nodes.map(\.id) == ["signs"])
        #expect(result.structure.nodes.first?.fields == ["targets"])
    }

    @Test func nodesAddedRemovedAndChangedAreMatchedByIDWithTheirLines() throws {
        let old = try ReviewFixtures.referralText()
        var new = try ReviewFixtures.edited("      yes: trauma\n", "      yes: surgery\n")
        new = new.replacingOccurrences(
            of: "  trauma:\n    refer: traumatologist\n    help: Bring any scans.\n    cite: Injuries go to a traumatologist.\n",
            with: "  surgery:\n    refer: surgeon\n    urgency: soon\n")
        new = new.replacingOccurrences(of: "Rest your back several times a day.", with: "Rest your back twice a day.")
        let result = try diff(old, new)
        let byID = Dictionary(uniqueKeysWithValues: result.structure.nodes.map { ($0.id, $0) })
        #expect(byID["injury"]?.fields == ["targets"])
        #expect(byID["surgery"]?.change == .added)
        #expect(byID["surgery"]?.newLine == 21)
        #expect(byID["trauma"]?.change == .removed)
        #expect(byID["trauma"]?.oldLine == 21)
        #expect(byID["rest"]?.fields == ["advice"])
        #expect(result.behaviour.outcomes.map { "\($0.old) -> \($0.new)" } == ["traumatologist (urgency not stated) -> surgeon (soon)"])
        #expect(result.behaviour.outcomes.first?.witness.map(\.description) == ["signs=none", "injury=yes"])
    }

    @Test func answersOnOneSideOnlyAreReported() throws {
        let old = try ReviewFixtures.referralText()
        let new = try ReviewFixtures.edited("      no: rest\n", "      no: rest\n      unsure: neuro_now\n")
        let result = try diff(old, new)
        let answer = try #require(result.behaviour.oneSided.first)
        #expect(answer.node == "injury" && answer.answer == "unsure" && answer.side == .new)
        #expect(answer.witness.map(\.description) == ["signs=none"])
        #expect(result.structure.edges.map(\.change) == [.added])
        // The new answer leads to an outcome OLD reached too, so no outcome pair changed.
        #expect(result.behaviour.outcomes.isEmpty)
    }

    @Test func sixtyDiamondsDiffExactlyWithoutEnumeratingPaths() throws {
        let old = try Fixtures.tree(TreeGenerator.diamondsToReferral(60, urgency: "urgent"))
        let new = try Fixtures.tree(TreeGenerator.diamondsToReferral(60, urgency: "routine"))
        let result = BehaviourDiff(old: old, new: new)
        #expect(result.outcomes.count == 1)
        #expect(result.outcomes.first.map { "\($0.old) -> \($0.new)" } == "neurologist (urgent) -> neurologist (routine)")
        #expect(result.outcomes.first?.witness.count == 60)
        #expect(result.outcomes.first?.witness.first?.description == "d0=left")
        // Linear: each node is paired with itself only (2^60 paths, 182 pairs).
        #expect(result.statesVisited == old.nodes.count)
        #expect(BehaviourDiff(old: old, new: old).isEmpty)
    }

    @Test func theSameModelIsTheSameWhateverTheSyntax() throws {
        let yaml = try #require(try TreeLoader.load(contentsOf: ReviewFixtures.path("referral.yaml")).tree)
        let json = try #require(try TreeLoader.load(contentsOf: ReviewFixtures.path("referral.json")).tree)
        let result = TreeDiff(old: yaml, oldName: "a", new: json, newName: "b")
        #expect(result.isSameModel)
        #expect(result.structure.isEmpty)
        #expect(result.behaviour.isEmpty)
        #expect(DiffReport.summary(result) == "the models are the same")
    }

    @Test func newScenarioCasesRunOnOld() throws {
        let old = try Fixtures.tree(try ReviewFixtures.referralText())
        let new = try Fixtures.tree(try ReviewFixtures.edited("      yes: trauma", "      yes: rest"))
        let scenarios = """
            tree: referral.yaml
            cases:
              - name: injured
                answers: {signs: none, injury: "yes"}
                expect: rest
              - name: warning sign
                answers: {signs: [Numb groin]}
                expect: neuro_now
            """
        let result = ScenarioDiff(text: scenarios, path: "referral.tests.yaml", old: old, new: new)
        #expect(result.total == 2)
        #expect(result.changed.map(\.name) == ["injured"])
        #expect(result.changed.first.map { "\($0.old) -> \($0.new)" } == "traumatologist (urgency not stated) -> Rest and watch")
    }

    @Test func thePictureMarksAddedChangedAndRemovedParts() throws {
        let old = try ReviewFixtures.referralText()
        var new = try ReviewFixtures.edited("      yes: trauma\n", "      yes: surgery\n")
        new = new.replacingOccurrences(of: "  trauma:\n    refer: traumatologist\n", with: "  surgery:\n    refer: surgeon\n")
        let result = try diff(old, new)
        let marks = DiffPicture.marks(result)
        #expect(marks.addedNodes == ["surgery"])
        #expect(marks.changedNodes["injury"] == ["targets"])
        #expect(marks.ghosts.map(\.id) == ["trauma"])
        #expect(marks.ghostEdges.contains(.init(from: "injury", label: "yes", to: "trauma")))
        let dot = String(decoding: try DiffPicture.render(result, format: .dot).data, as: UTF8.self)
        #expect(dot.contains("\"#old:trauma\""))
        #expect(dot.contains("+ ADDED"))
        #expect(dot.contains("~ CHANGED: targets"))
        #expect(dot.contains("x Removed (was in OLD)"))
        // The witness line wraps before its last answer.
        #expect(
            dot.contains("Now ends elsewhere: traumatologist (urgency not stated) -&gt; surgeon (urgency not stated), with signs=none,"))
        #expect(dot.contains("injury=yes"))
    }
}
