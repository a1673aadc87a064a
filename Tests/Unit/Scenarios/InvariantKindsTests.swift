// Tests/Unit/Scenarios: the invariants mutation testing showed are needed: an urgency that is
// not stated (`urgency: none`), "every path asks NODE" (`asks`) and "no path reaches X through
// W" (`reaching` with `not-through`); and a case's `unreviewed` mark.

import DecisionTree
import Foundation
import TestSupport
import Testing

@Suite struct InvariantKindsTests {
    private static let mini = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/mutation/mini.yaml").path

    private func load(_ body: String) throws -> ScenarioFile {
        let tree = try #require(try TreeLoader.load(contentsOf: Self.mini).tree)
        return ScenarioLoader.load(text: "tree: mini.yaml\n" + body, path: "mini.tests.yaml", tree: tree)
    }

    private func check(_ body: String) throws -> [InvariantResult] {
        let file = try load(body)
        #expect(file.diagnostics.isEmpty, "\(file.diagnostics.map(\.summary))")
        let tree = try #require(file.tree)
        return file.invariants.map { InvariantChecker.check($0, in: tree) }
    }

    @Test func everyPathAsks() throws {
        let results = try check(
            """
            invariants:
              - {name: asks q, asks: q}
              - {name: asks c, asks: c}
            """)
        #expect(results.map(\.holds) == [true, false])
        let tree = try #require(try load("").tree)
        #expect(results[1].counterexample?.describe(in: tree) == "q (b) -> home")
        #expect(results[1].explanation.last == "ends at home (outcome) (line 24) without asking c")
    }

    @Test func noPathReachesThroughAnAnswer() throws {
        let results = try check(
            """
            invariants:
              - {name: b never reaches done, reaching: {node: done}, not-through: q=b}
              - {name: a never reaches home, reaching: {node: home}, not-through: [q=a]}
              - {name: nothing after c is gp, reaching: {refer: gp}, not-through: c}
              - {name: what matches nothing is no warning here, reaching: {refer: gp, urgency: urgent}, not-through: q}
            """)
        #expect(results.map(\.holds) == [true, false, false, true])
        let tree = try #require(try load("").tree)
        #expect(results[1].counterexample?.describe(in: tree) == "q (a) -> c (none) -> home")
        #expect(results[2].counterexample?.describe(in: tree) == "q (a) -> c (any) -> gp")
        #expect(results[1].explanation[1] == "not through:    q=a")
    }

    @Test func asksNamesANodeNotAnAnswer() throws {
        let file = try load("invariants:\n  - {name: bad, asks: q=a}\n")
        #expect(file.diagnostics.map(\.rule) == [.wrongType])
        #expect(file.invariants.first?.claim == nil)
    }

    @Test func urgencyNoneMatchesOnlyAnUnstatedUrgency() throws {
        let unstated = Node(id: "t", content: .refer(Referral(specialist: "x", urgencyStated: false)))
        let routine = Node(id: "r", content: .refer(Referral(specialist: "x", urgency: .routine)))
        var none = Expectation(specialists: ["x"])
        none.urgencyUnstated = true
        #expect(none.matches(unstated) && !none.matches(routine))
        #expect(none.description == "{refer: x, urgency: none}")
        // A level matches only a stated urgency: an unstated one is absent, never routine.
        let asRoutine = Expectation(specialists: ["x"], urgencies: [.routine])
        #expect(!asRoutine.matches(unstated) && asRoutine.matches(routine))
        let file = try load(
            "cases:\n  - {name: gp, answers: {q: a, c: [X]}, expect: done}\ninvariants:\n  - {name: n, reaching: {urgency: [none, soon]}, through: q}\n"
        )
        #expect(file.diagnostics.isEmpty)
        guard case .reaching(let expectation, _)? = file.invariants.first?.claim else {
            Issue.record("no claim")
            return
        }
        #expect(expectation.urgencyUnstated && expectation.urgencies == [.soon])
    }

    @Test func aCaseCanBeMarkedUnreviewed() throws {
        let file = try load(
            """
            cases:
              - {name: one, answers: {q: b}, expect: home, unreviewed: true}
              - {name: two, answers: {q: b}, expect: home}
              - {name: three, answers: {q: b}, expect: home, unreviewed: maybe}
            """)
        #expect(file.cases.map(\.isUnreviewed) == [true, false, false])
        #expect(file.diagnostics.map(\.rule) == [.wrongType])
    }
}
