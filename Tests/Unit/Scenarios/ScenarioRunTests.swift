import DecisionTree
import TestSupport
import Testing

@Suite struct ScenarioRunTests {
    /// A path as `node (answer)` for each step, then the bare id of the node it ends at.
    private func steps(_ path: Path?, in tree: Tree) -> [String] {
        guard let path else { return [] }
        return path.steps.map { "\(tree.nodes[$0.node].id) (\($0.text(in: tree)))" } + [tree.nodes[path.end].id]
    }

    @Test func failingCaseShowsPathDivergenceAndOutcome() throws {
        let file = try ScenarioLoader.load(contentsOf: ScenarioFixtures.path("failing/clinic.tests.yaml"))
        let tree = try #require(file.tree)
        let results = file.cases.map { CaseRunner.run($0, in: tree) }
        #expect(results.map(\.passed) == [true, false])
        #expect(results[0].explanation.isEmpty)
        #expect(
            results[1].explanation == [
                "path:     fever (yes) -> rash (none) -> gp (next) -> gp_finding (infection) -> antibiotics",
                "expected: home",
                "reached:  antibiotics (outcome) at line 27",
                "diverged: at gp_finding (line 22) the case answered 'infection'; only 'nothing' can still reach home",
            ])
    }

    @Test func caseWithoutEnoughAnswersStopsAndSaysWhere() throws {
        let file = try ScenarioFixtures.scenarios(
            """
            tree: ignored.yaml
            cases:
              - {name: short, answers: {fever: yes}, expect: er}
            """)
        let result = CaseRunner.run(file.cases[0], in: try ScenarioFixtures.clinic())
        #expect(!result.passed && !result.isFinished)
        #expect(result.explanation.contains("diverged: the case gives no answer at rash; 'any of its items' would go on toward er"))
        #expect(result.explanation[2].hasPrefix("reached:  no outcome; the walk stopped at 'rash'"))
    }

    @Test func checklistDivergenceNamesTheItemsGiven() throws {
        let file = try ScenarioFixtures.scenarios(
            """
            tree: ignored.yaml
            cases:
              - {name: rash, answers: {fever: yes, rash: [Stiff neck, Rash]}, expect: antibiotics}
            """)
        let tree = try ScenarioFixtures.clinic()
        let result = CaseRunner.run(file.cases[0], in: tree)
        #expect(result.path.steps.first?.text(in: tree) == "yes")
        #expect(steps(result.path, in: tree)[1] == "rash (Rash, Stiff neck)")
        #expect(result.path.steps[1].answer == .items([0, 1]))
        #expect(
            result.explanation.last
                == "diverged: at rash (line 11) the case answered 'Rash, Stiff neck'; only 'none' can still reach antibiotics")
    }

    @Test func brokenInvariantNamesACounterexampleFromStart() throws {
        let file = try ScenarioLoader.load(contentsOf: ScenarioFixtures.path("failing/clinic.tests.yaml"))
        let tree = try #require(file.tree)
        let results = file.invariants.map { InvariantChecker.check($0, in: tree) }
        #expect(results.map(\.holds) == [false, true])
        #expect(
            results[0].counterexample?.describe(in: tree)
                == "fever (yes) -> rash (none) -> gp (next) -> gp_finding (infection) -> antibiotics")
        #expect(
            results[0].explanation.last
                == "ends at antibiotics (outcome) (line 27), which does not match {refer: [emergency_physician, gp]}")
    }

    @Test func reachingThroughFindsABypass() throws {
        let file = try ScenarioFixtures.scenarios(
            """
            tree: ignored.yaml
            invariants:
              - {name: home only through the GP, reaching: home, through: gp}
              - {name: home only through fever, reaching: home, through: fever}
              - {name: er only through rash=any, reaching: {refer: emergency_physician}, through: rash=any}
            """)
        let tree = try ScenarioFixtures.clinic()
        let results = file.invariants.map { InvariantChecker.check($0, in: tree) }
        #expect(results.map(\.holds) == [false, true, true])
        #expect(steps(results[0].counterexample, in: tree) == ["fever (no)", "home"])
    }

    @Test func afterANodeIncludesThePathToIt() throws {
        let file = try ScenarioFixtures.scenarios(
            """
            tree: ignored.yaml
            invariants:
              - {name: after the GP only home, after: gp, expect: home}
            """)
        let tree = try ScenarioFixtures.clinic()
        let result = InvariantChecker.check(file.invariants[0], in: tree)
        #expect(!result.holds)
        #expect(
            result.counterexample?.describe(in: tree) == "fever (yes) -> rash (none) -> gp (next) -> gp_finding (infection) -> antibiotics")
    }

    @Test func sixtyDiamondsAreProvedWithoutEnumeratingPaths() throws {
        let tree = try Fixtures.tree(ScenarioFixtures.diamonds(60))
        #expect(tree.nodes.count == 181)
        let scenarios = ScenarioLoader.load(
            text: """
                tree: ignored.yaml
                invariants:
                  - {name: all paths end, after: d0=a, expect: end}
                  - {name: every path passes d30, reaching: end, through: d30}
                  - {name: not every path passes l30, reaching: end, through: l30}
                  - {name: urgent neurologists only on the right, reaching: {refer: neurologist, urgency: urgent}, through: [r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20, r21, r22, r23, r24, r25, r26, r27, r28, r29, r30, r31, r32, r33, r34, r35, r36, r37, r38, r39, r40, r41, r42, r43, r44, r45, r46, r47, r48, r49, r50, r51, r52, r53, r54, r55, r56, r57, r58, r59]}
                """, path: "d.tests.yaml", tree: tree)
        #expect(scenarios.diagnostics.isEmpty, "\(scenarios.diagnostics.map(\.summary))")
        let results = scenarios.invariants.map { InvariantChecker.check($0, in: tree) }
        #expect(results.map(\.holds) == [true, true, false, true])
        // The bypass of l30: two steps per diamond (d<i> and l<i> or r<i>), then end; it takes b at d30.
        let bypass = try #require(results[2].counterexample)
        #expect(bypass.nodes.count == 121)
        #expect(steps(bypass, in: tree).contains("d30 (b)"))
        #expect(!bypass.nodes.contains(try #require(tree.index(of: "l30"))))

        let leaky = try Fixtures.tree(ScenarioFixtures.diamonds(60, leak: true))
        let leakCheck = ScenarioLoader.load(
            text: "tree: x\ninvariants:\n  - {name: all end, after: d0, expect: end}\n", path: "d.tests.yaml", tree: leaky)
        let leak = InvariantChecker.check(leakCheck.invariants[0], in: leaky)
        #expect(!leak.holds)
        let leakPath = steps(leak.counterexample, in: leaky)
        #expect(leakPath.first == "d0 (a)")
        #expect(leakPath.suffix(2) == ["d59 (c)", "leak"])
        #expect(leakPath.count == 120)  // 59 diamonds of two steps, d59 and leak
    }

    @Test func coverageOfAFixtureWithKnownCoverage() throws {
        let file = try ScenarioLoader.load(contentsOf: ScenarioFixtures.path("partial/clinic.tests.yaml"))
        let tree = try #require(file.tree)
        var coverage = Coverage(tree: tree, path: "clinic.yaml")
        for result in ScenarioSuite.run(file).cases { coverage.record(result) }
        #expect(coverage.outcomes.count == 3 && coverage.edges.count == 7)
        #expect(coverage.reachedOutcomes.count == 1 && coverage.crossedEdges.count == 5)
        #expect(Coverage.format(coverage.outcomePercent) == "33.3%")
        #expect(Coverage.format(coverage.edgePercent) == "71.4%")
        #expect(coverage.untestedOutcomes.map(\.id) == ["er", "antibiotics"])
        #expect(coverage.untestedOutcomes.map { $0.location?.line } == [16, 27])
        #expect(coverage.untestedEdges == ["rash=any", "gp_finding=infection"])
        #expect(coverage.isBelow(34) && !coverage.isBelow(33.3))
        #expect(Coverage.format(99.96) == "99.9%")
    }
}
