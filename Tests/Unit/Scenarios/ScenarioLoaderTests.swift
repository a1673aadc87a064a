import DecisionTree
import TestSupport
import Testing

@Suite struct ScenarioLoaderTests {
    private func located(_ file: ScenarioFile) -> [String] {
        file.diagnostics.map { "\($0.location) \($0.severity.rawValue) \($0.rule.rawValue)" }
    }

    @Test func readsCasesAndInvariantsWithoutDiagnostics() throws {
        let file = try ScenarioLoader.load(contentsOf: ScenarioFixtures.path("failing/clinic.tests.yaml"))
        let expected = file.cases.first?.expectation
        #expect(file.diagnostics.isEmpty, "\(file.diagnostics.map(\.summary))")
        #expect(file.treePath?.hasSuffix("Fixtures/scenarios/clinic.yaml") == true)
        #expect(file.treePath?.contains("..") == false)
        #expect(file.cases.map(\.name) == ["a rash goes to the emergency physician", "an infection found by the GP means rest at home"])
        #expect(
            expected == Expectation(specialists: ["emergency_physician"], urgencies: [.emergency], location: expected?.location ?? .start))
        #expect(file.invariants.count == 2)
        #expect(file.invariants.allSatisfy { $0.claim != nil })
    }

    @Test func unknownNodeAndAnswerAreLocatedWithSuggestions() throws {
        let (text, at) = markers(
            """
            tree: ignored.yaml
            cases:
              - name: typos
                answers: {‸fevr: yes}
                expect: home
              - name: bad answer
                answers: {fever: ‸maybe, rash: [Rash, ‸Stif neck]}
                expect: ‸hom
            """)
        let file = try ScenarioFixtures.scenarios(text)
        #expect(
            located(file) == [
                "\(at[0]) error unknown-node", "\(at[1]) error unknown-answer",
                "\(at[2]) error unknown-answer", "\(at[3]) error unknown-node",
            ])
        #expect(file.diagnostics[0].message == "the tree has no node 'fevr' (did you mean 'fever'?)")
        #expect(file.diagnostics[1].message == "'maybe' is not an answer to 'fever'; valid: yes, no")
        #expect(file.diagnostics[2].message.hasPrefix("'Stif neck' is not an answer to 'rash' (did you mean 'Stiff neck'?)"))
        #expect(file.cases.allSatisfy { $0.isBroken })
    }

    @Test func unusedAnswerIsAWarning() throws {
        let (text, at) = markers(
            """
            tree: ignored.yaml
            cases:
              - name: no fever
                answers: {fever: no, ‸gp_finding: nothing}
                expect: home
            """)
        let file = try ScenarioFixtures.scenarios(text)
        #expect(located(file) == ["\(at[0]) warning unused-answer"])
        #expect(file.cases.first?.isBroken == false)
    }

    @Test func expectationsMustNameWhatTheTreeHas() throws {
        let (text, at) = markers(
            """
            tree: ignored.yaml
            cases:
              - name: not terminal
                answers: {fever: yes, rash: none}
                expect: ‸gp
              - name: wrong fields
                answers: {fever: no}
                expect: {‸specialist: gp, urgency: ‸urgnet, refer: ‸gpp}
            invariants:
              - name: both kinds
                ‸after: fever=yes
                reaching: home
              - name: bad edge
                after: ‸fever=perhaps
                expect: home
              - ‸name: missing through
                reaching: {node: home}
            """)
        let file = try ScenarioFixtures.scenarios(text)
        #expect(
            located(file) == [
                "\(at[0]) error bad-expectation", "\(at[1]) error unknown-key", "\(at[2]) error unknown-urgency",
                "\(at[3]) error unknown-specialist", "\(at[4]) error key-not-allowed", "\(at[5]) error unknown-answer",
                "\(at[6]) error missing-field",
            ])
        #expect(file.diagnostics[0].message == "'gp' is not where a walk ends (it goes on to gp_finding); expect a terminal node")
        #expect(file.diagnostics[2].message.contains("did you mean 'urgent'?"))
        #expect(file.invariants.allSatisfy { $0.claim == nil })
    }

    @Test func anchorsAcceptLabelsItemsAndNodes() throws {
        let file = try ScenarioFixtures.scenarios(
            """
            tree: ignored.yaml
            invariants:
              - {name: by label, after: fever=YES, expect: home}
              - {name: by item, after: rash=Stiff neck, expect: home}
              - {name: by node, reaching: home, through: [fever, gp=next]}
            """)
        #expect(file.diagnostics.isEmpty, "\(file.diagnostics.map(\.summary))")
        let tree = try ScenarioFixtures.clinic()
        guard case .after(let label, _) = file.invariants[0].claim,
            case .after(let item, _) = file.invariants[1].claim,
            case .reaching(_, let through) = file.invariants[2].claim
        else {
            Issue.record("claims not decoded: \(file.invariants.map(\.claim))")
            return
        }
        let fever = try #require(tree.index(of: "fever")), rash = try #require(tree.index(of: "rash"))
        #expect(label == .edge(EdgeRef(node: fever, edge: 0)))
        #expect(label.text(in: tree) == "fever=yes")
        #expect(item == .edge(EdgeRef(node: rash, edge: 0)))
        #expect(item.text(in: tree) == "rash=any")
        #expect(through.first == .node(fever))
        #expect(through.map { $0.text(in: tree) } == ["fever", "gp=next"])
    }

    @Test func missingTreeIsLocated() {
        let (text, at) = markers("tree: ‸nowhere.yaml\ncases: []\n")
        let file = ScenarioLoader.load(text: text, path: "/tmp/x.tests.yaml")
        #expect(located(file) == ["\(at[0]) error unreadable-file"])
        #expect(!file.isRunnable)
        let report = ScenarioSuite.run(file).report
        #expect(report.error?.contains("nowhere.yaml") == true)
    }
}
