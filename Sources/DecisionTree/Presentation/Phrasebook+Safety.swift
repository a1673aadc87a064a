// Presentation/: the words of the clinical safety case report (`dtree safety`): its title and
// headings, the scope's labels, the risk matrix's corner and levels, each hazard's labels and
// its controls' evidence, the strength of the tests, the open items and the sign-off block.

extension Phrasebook {
    /// The safety case report's words. Hazards/ lays the report out; every word it shows is here,
    /// and text from the tree, the hazard log and the scenario file is passed in as written.
    public struct SafetyWords: Sendable {
        /// The language of these words, for HTML's `lang`: `en`, `ru`.
        public let language: String
        /// The report's title: `Clinical safety case report: TITLE`.
        public let title: @Sendable (_ tree: String) -> String
        /// The section headings.
        public let scopeHeading: String, matrixHeading: String, hazardsHeading: String, strengthHeading: String,
            openHeading: String, signOffHeading: String

        /// The scope's tree line, before its path: `Tree: ID version VERSION`.
        public let tree: @Sendable (_ id: String, _ version: String?) -> String
        /// `Source document: TITLE (FILE)`.
        public let sourceDocument: @Sendable (_ title: String, _ file: String) -> String
        /// `Intended use: DISCLAIMER`.
        public let intendedUse: @Sendable (_ disclaimer: String) -> String
        /// `Hazard log: ` before the log's path, and `, risk matrix DCB0129` after it.
        public let hazardLog: String, riskMatrix: @Sendable (_ name: String) -> String
        /// `Tests: ` and what the scenario file gave: `PATH: N passed, M failed`, or `no scenario file`.
        public let testsLabel: String, testsResult: @Sendable (_ path: String, _ passed: Int, _ failed: Int) -> String,
            noScenarioFile: String
        /// `Content hash (sha256): ` before the hash.
        public let contentHash: String

        /// The risk matrix's corner: `likelihood \ severity`.
        public let matrixCorner: String
        /// DCB0129's severity levels, minor … catastrophic, and likelihood levels, very low … very high.
        public let severities: [String], likelihoods: [String]
        /// A hazard placed in a cell: `HAZ-001 (initial)`, `HAZ-001 (residual)`.
        public let placedInitial: @Sendable (_ hazard: String) -> String, placedResidual: @Sendable (_ hazard: String) -> String

        /// A hazard's status as the log writes it (`open`, `transferred`, `closed`) in these words.
        public let status: @Sendable (_ status: String) -> String
        /// `Status: STATUS; ` before the verdict.
        public let statusLabel: @Sendable (_ status: String) -> String
        /// The verdicts.
        public let verified: String, notVerified: String
        /// The labels before a hazard's texts.
        public let owner: String, cause: String, effect: String, harm: String, nodes: String, initialRisk: String,
            residualRisk: String
        /// A risk: `3 (major severity, low likelihood)`; `not assessed`.
        public let risk: @Sendable (_ rating: Int, _ severity: String, _ likelihood: String) -> String, notAssessed: String
        /// `Controls:` and, when there are none, `none`.
        public let controls: String, noControls: String
        /// A control's kind as the log writes it (`design`, `test`, `training`, `process`) in these words.
        public let controlKind: @Sendable (_ kind: String) -> String
        /// A control without evidence, and the label before each piece of evidence.
        public let noEvidence: String, evidence: @Sendable (_ text: String) -> String
        /// `invariant 'NAME' proved over all N paths` (`every path` when the count is unknown).
        public let invariantProved: @Sendable (_ name: String, _ paths: Int?) -> String
        /// `invariant 'NAME' FAILS: DETAIL`.
        public let invariantFails: @Sendable (_ name: String, _ detail: String?) -> String
        /// `case 'NAME' passed`, `case 'NAME' FAILS: DETAIL`.
        public let casePassed: @Sendable (_ name: String) -> String, caseFails: @Sendable (_ name: String, _ detail: String?) -> String
        /// A name that is no invariant or case of the scenario file.
        public let notATest: @Sendable (_ name: String) -> String

        /// The mutation score's line.
        public let mutationScore: @Sendable (_ percent: String, _ killed: Int, _ counted: Int, _ equivalent: Int, _ wording: Int) -> String
        /// How many mutants survived (`Surviving mutants: none.` when none did).
        public let survivors: @Sendable (_ count: Int) -> String
        /// A survivor: `SURVIVED EDIT (told apart by ANSWERS)`.
        public let survived: @Sendable (_ edit: String, _ answers: String?) -> String

        /// The open items: `None.` when there are none.
        public let noOpenItems: String
        /// `HAZ-001 is open`.
        public let openStatus: @Sendable (_ hazard: String, _ status: String) -> String
        /// `HAZ-001 is not verified: REASON; REASON`.
        public let openNotVerified: @Sendable (_ hazard: String, _ reasons: [String]) -> String
        /// The reasons: a test that fails, a control that names no test, no control at all.
        public let reasonFails: @Sendable (_ name: String) -> String, reasonNoTest: @Sendable (_ control: String) -> String,
            reasonNoControl: String
        /// The tree's sign-off as an open item.
        public let noSignOff: String, staleSignOff: String

        /// The blank sign-off block's column headings and the role to sign as.
        public let signColumns: [String], officer: String
        /// The sign-offs' column headings, and whether each approved this version.
        public let signedColumns: [String], current: String, notCurrent: String

        /// A surviving mutant's edit in the strength of the tests.
        public var mutation = MutationWords.english

        /// English.
        public static let english: SafetyWords = {
            let severities = ["minor", "significant", "considerable", "major", "catastrophic"]
            let likelihoods = ["very low", "low", "medium", "high", "very high"]
            return SafetyWords(
                language: "en",
                title: { "Clinical safety case report: " + $0 },
                scopeHeading: "Scope and intended use", matrixHeading: "Risk matrix", hazardsHeading: "Hazards",
                strengthHeading: "Strength of the tests", openHeading: "Open items", signOffHeading: "Clinical Safety Officer sign-off",
                tree: { id, version in "Tree: " + id + (version.map { " version " + $0 } ?? "") },
                sourceDocument: { "Source document: \($0) (\($1))" },
                intendedUse: { "Intended use: " + $0 },
                hazardLog: "Hazard log: ", riskMatrix: { ", risk matrix " + $0 },
                testsLabel: "Tests: ", testsResult: { "\($0): \($1) passed, \($2) failed" }, noScenarioFile: "no scenario file",
                contentHash: "Content hash (sha256): ",
                matrixCorner: "likelihood \\ severity",
                severities: severities, likelihoods: likelihoods,
                placedInitial: { "\($0) (initial)" }, placedResidual: { "\($0) (residual)" },
                status: { $0 },
                statusLabel: { "Status: \($0); " },
                verified: "verified", notVerified: "NOT VERIFIED",
                owner: "Owner: ", cause: "Cause: ", effect: "Effect: ", harm: "Harm: ", nodes: "Nodes: ", initialRisk: "Initial risk: ",
                residualRisk: "Residual risk: ",
                risk: { "\($0) (\($1) severity, \($2) likelihood)" }, notAssessed: "not assessed",
                controls: "Controls:", noControls: "none",
                controlKind: { $0 },
                noEvidence: "evidence: none (no invariant or case named)", evidence: { "evidence: " + $0 },
                invariantProved: { name, paths in
                    "invariant '\(name)' proved over " + (paths.map { "all \($0) path\($0 == 1 ? "" : "s")" } ?? "every path")
                },
                invariantFails: { name, detail in "invariant '\(name)' FAILS" + (detail.map { ": " + $0 } ?? "") },
                casePassed: { "case '\($0)' passed" },
                caseFails: { name, detail in "case '\(name)' FAILS" + (detail.map { ": " + $0 } ?? "") },
                notATest: { "'\($0)' is no invariant or case of the scenario file: NOT VERIFIED" },
                mutationScore: { percent, killed, counted, equivalent, wording in
                    "Mutation score \(percent): \(killed) of \(counted) single-edit mutants of the tree killed by a case or invariant (\(equivalent) equivalent and \(wording) wording mutants not counted; dtree test --mutants)."
                },
                survivors: { $0 == 0 ? "Surviving mutants: none." : "Surviving mutants: \($0)." },
                survived: { edit, answers in "SURVIVED " + edit + (answers.map { " (told apart by \($0))" } ?? "") },
                noOpenItems: "None.",
                openStatus: { "\($0) is \($1)" },
                openNotVerified: { "\($0) is not verified: " + $1.joined(separator: "; ") },
                reasonFails: { "'\($0)' fails" }, reasonNoTest: { "the control '\($0)' names no test" },
                reasonNoControl: "it has no control",
                noSignOff: "the tree has no sign-off",
                staleSignOff: "the latest sign-off approved another version of the tree (review-stale)",
                signColumns: ["name", "role", "date", "signature"], officer: "Clinical Safety Officer",
                signedColumns: ["name", "role", "date", "approved sha256", "current"], current: "yes", notCurrent: "no (another version)")
        }()
    }
}
