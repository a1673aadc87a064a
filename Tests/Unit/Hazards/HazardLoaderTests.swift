import DecisionTree
import TestSupport
import Testing

/// The hazard file's located checks, each at the ‸ marker it points to.
@Suite struct HazardLoaderTests {
    private func located(_ file: HazardFile) -> [String] {
        file.diagnostics.map { "\($0.location) \($0.severity.rawValue) \($0.rule.rawValue)" }
    }

    @Test func theFixtureLoadsCleanAndIsVerified() throws {
        let file = try HazardLoader.load(contentsOf: HazardFixtures.path("ward.hazards.yaml"))
        #expect(file.diagnostics.isEmpty, "\(file.diagnostics.map(\.summary))")
        #expect(file.hazards.map(\.id) == ["HAZ-001", "HAZ-002"])
        #expect(file.verifications.map(\.isVerified) == [true, false])
        #expect(file.hazards[0].initial?.risk == 3)
        #expect(file.hazards[0].residual?.risk == 2)
        #expect(file.pathCount == 4)
        #expect(file.scenarioPath?.hasSuffix("ward.tests.yaml") == true)
    }

    @Test func unknownNodesTestNamesAndWordsAreLocatedWithSuggestions() {
        let (text, at) = markers(
            """
            tree: ward.yaml
            matrix: ‸DCB0160
            hazards:
              - id: H1
                title: T
                nodes: [red_flags, ‸injurry]
                initial: {severity: ‸majr, likelihood: ‸very hihg}
                residual: {severity: minor, likelihood: low, risk: ‸3}
                controls:
                  - kind: ‸desing
                    description: D
                    verified_by: [‸every path asks about an injry]
                status: ‸clsoed
            """)
        let file = HazardFixtures.hazards(text)
        #expect(
            located(file) == [
                "\(at[0]) error unknown-hazard-word", "\(at[1]) error unknown-node", "\(at[2]) error unknown-hazard-word",
                "\(at[3]) error unknown-hazard-word", "\(at[4]) error risk-mismatch", "\(at[5]) error unknown-hazard-word",
                "\(at[6]) error unknown-test-name", "\(at[7]) error unknown-hazard-word",
            ])
        let messages = file.diagnostics.map(\.message)
        #expect(messages[1] == "the tree has no node 'injurry' (did you mean 'injury'?)")
        #expect(messages[2].hasPrefix("unknown severity 'majr' (did you mean 'major'?); one of: minor, significant"))
        #expect(messages[3].hasPrefix("unknown likelihood 'very hihg' (did you mean 'very high'?)"))
        #expect(messages[4].contains("minor severity with low likelihood is risk 1"))
        #expect(file.diagnostics[4].fixIts.first?.replacement == "1")
        #expect(messages[6].contains("is named 'every path asks about an injry' (did you mean 'every path asks about an injury'?)"))
    }

    @Test func duplicateIdsAreErrors() {
        let (text, at) = markers(
            """
            tree: ward.yaml
            hazards:
              - {id: H1, title: A, status: open}
              - {id: ‸H1, title: B, status: open}
            """)
        let file = HazardFixtures.hazards(text)
        #expect(located(file) == ["\(at[0]) error duplicate-hazard"])
    }

    @Test func aClosedHazardNeedsEveryControlVerified() {
        let (text, at) = markers(
            """
            tree: ward.yaml
            hazards:
              - id: ‸H1
                title: A
                controls:
                  - {kind: process, description: Someone checks}
                  - {kind: design, description: D, verified_by: [rest at home only after the warning signs]}
                status: closed
              - id: ‸H2
                title: B
                status: closed
            """)
        let file = HazardFixtures.hazards(text)
        #expect(located(file) == ["\(at[0]) error hazard-unverified", "\(at[1]) error hazard-unverified"])
        #expect(file.diagnostics[0].message.contains("the control 'Someone checks' names no invariant or case"))
        #expect(file.diagnostics[1].message.contains("it has no control"))
    }

    @Test func anOpenHazardWithHighResidualRiskIsAWarning() {
        let (text, at) = markers(
            """
            tree: ward.yaml
            hazards:
              - id: H1
                title: A
                residual: ‸{severity: catastrophic, likelihood: medium}
                status: open
              - id: H2
                title: B
                residual: {severity: catastrophic, likelihood: medium}
                status: transferred
            """)
        let file = HazardFixtures.hazards(text)
        #expect(located(file) == ["\(at[0]) warning hazard-risk-high"])
        #expect(file.diagnostics[0].message.contains("residual risk 4 (catastrophic, medium)"))
    }

    @Test func aNodeChangedSinceReviewMakesTheHazardStale() throws {
        let (text, at) = markers(
            """
            tree: ward.yaml
            hazards:
              - id: H1
                title: A
                nodes: [red_flags, flag_injury, rest]
                status: open
                reviewed:
                  nodes: {red_flags: c877b76c, flag_injury: ‸00000000}
            """)
        let file = HazardFixtures.hazards(text)
        #expect(located(file) == ["\(at[0]) warning hazard-stale"])
        #expect(file.diagnostics[0].message.contains("flag_injury (changed); rest (never reviewed)"))
        #expect(!file.diagnostics[0].message.contains("red_flags"))
        // The digests are the ones sign-offs record.
        let tree = try #require(file.tree)
        #expect(ContentHash.nodeDigests(tree).first { $0.id == "red_flags" }?.digest == "c877b76c")
    }

    @Test(arguments: ["", "[1, 2]", "tree: ward.yaml\nhazards: 3", "tree: ward.yaml\nhazards:\n  - [x]", "hazards: []", ": :\n  - ]"])
    func badInputIsOneLocatedErrorNeverACrash(text: String) {
        let file = HazardFixtures.hazards(text)
        #expect(file.diagnostics.count == 1, "\(file.diagnostics.map(\.summary))")
        #expect(file.diagnostics.first?.severity == .error)
    }

    @Test func aHazardFileGivenAsATreeIsOneLocatedError() throws {
        let text = try String(contentsOfFile: HazardFixtures.path("ward.hazards.yaml"), encoding: .utf8)
        let result = TreeLoader.load(text: text, path: "ward.hazards.yaml")
        #expect(result.tree == nil)
        #expect(result.diagnostics.map(\.rule) == [.notATreeFile])
        #expect(
            result.diagnostics.first?.message
                == "this is a hazard file, not a tree: it concerns 'ward.yaml'; give that tree instead, or check it with 'dtree validate'")
        #expect(!TreeFiles.isTreeFile("ward.hazards.yaml") && TreeFiles.isHazardFile("ward.hazards.yaml"))
        #expect(TreeFiles.hazardFile(besideTree: "Trees/x.yaml") == "Trees/x.hazards.yaml")
    }

    @Test func theMatrixIsDCB0129() {
        let matrix = RiskMatrix.dcb0129
        #expect(matrix.risk(.minor, .veryLow) == 1)
        #expect(matrix.risk(.catastrophic, .veryHigh) == 5)
        #expect(matrix.risk(.major, .medium) == 3)
        #expect(matrix.risk(.catastrophic, .low) == 4)
        #expect(matrix.risk(.significant, .veryHigh) == 4)
        #expect(matrix.risk(.minor, .high) == 2)
        for severity in HarmSeverity.allCases {
            for likelihood in HarmLikelihood.allCases where likelihood < .veryHigh {
                let higher = HarmLikelihood(rawValue: likelihood.rawValue + 1)!
                #expect(matrix.risk(severity, likelihood) <= matrix.risk(severity, higher))
            }
        }
    }

    @Test func pathsAreCountedWithoutEnumeratingThem() throws {
        let tree = try Fixtures.tree(ScenarioFixtures.diamonds(60))
        #expect(InvariantChecker.pathCount(in: tree) == 1 << 60)
        let bigger = try Fixtures.tree(ScenarioFixtures.diamonds(64))
        #expect(InvariantChecker.pathCount(in: bigger) == nil)
    }
}
