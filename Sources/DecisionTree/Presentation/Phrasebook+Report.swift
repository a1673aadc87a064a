// Presentation/: the words of the reports people read: `dtree test`'s text report and
// `dtree diff`'s text report (headings, result lines, the closing counts).

extension Phrasebook {
    /// Report phrases. Indentation and alignment are the reports' layout; the words are here.
    public struct ReportWords: Sendable {
        /// The closing count: `N passed, M failed`.
        public let passedFailed: @Sendable (_ passed: Int, _ failed: Int) -> String
        /// A scenario file's heading: `FILE (tree TREE)`.
        public let suiteHeading: @Sendable (_ file: String, _ tree: String?) -> String
        /// A scenario file that cannot run: `ERROR the file cannot run: ERROR`.
        public let suiteCannotRun: @Sendable (_ error: String) -> String
        /// A test's result: `PASS` or `FAIL`.
        public let pass: String, fail: String
        /// Where a failed test is: `at FILE:LINE:COLUMN`.
        public let at: @Sendable (_ file: String, _ line: Int, _ column: Int) -> String
        /// A passed test's note: `note: TEXT`.
        public let note: @Sendable (_ text: String) -> String
        /// An invariant's or a coverage check's name in the report: `invariant: NAME`, `coverage: NAME`.
        public let invariant: @Sendable (_ name: String) -> String, coverage: @Sendable (_ name: String) -> String
        /// A tree's coverage: `coverage of PATH: SUMMARY`.
        public let coverageOf: @Sendable (_ path: String, _ summary: String) -> String
        /// An outcome no case reaches: `untested outcome: ID (PATH:LINE)`.
        public let untestedOutcome: @Sendable (_ id: String, _ place: String) -> String
        /// Answers no case takes (the first `shown`, and how many more): `untested edges: …`.
        public let untestedEdges: @Sendable (_ shown: [String], _ more: Int) -> String

        /// A diff side: `OLD NAME (sha256 DIGEST)`, `NEW …`.
        public let diffSide: @Sendable (_ side: String, _ name: String, _ digest: String) -> String
        /// Tree fields that changed: `tree: FIELD, FIELD changed`.
        public let diffTreeFields: @Sendable (_ fields: [String]) -> String
        /// The diff's section headings.
        public let diffNodes: String, diffEdges: String, diffOutcomes: String, diffOneSided: String, diffSignOff: String
        /// The answers that show an outcome change: `with ANSWERS`.
        public let diffWith: @Sendable (_ witness: String) -> String
        /// The heading over values a number node now sends elsewhere (a moved boundary).
        public let diffRerouted: String
        /// One re-routed interval: `age 50 ..< 55 years: neurologist -> therapist (was '>= 50',
        /// now '< 55'); at the ends age=50, age=54`.
        public let diffReroutedLine:
            @Sendable (
                _ node: String, _ values: String, _ oldTarget: String, _ newTarget: String, _ oldRange: String, _ newRange: String,
                _ low: String, _ high: String
            ) -> String
        /// A witness with no answers.
        public let diffNoAnswers: String
        /// The scenario cases' heading: `scenario cases of PATH: N of M end elsewhere on OLD`.
        public let diffScenarios: @Sendable (_ path: String, _ changed: Int, _ total: Int) -> String
        /// A side's sign-off: `no sign-off`, `current`, `stale (approved DIGEST)`.
        public let diffNoSignOff: String, diffCurrent: String, diffStale: @Sendable (_ digest: String) -> String
        /// The behaviour comparison stopped at a bound: `the walk in step stopped after …`.
        public let diffIncomplete: @Sendable (_ states: Int, _ outcomes: Int) -> String
        /// The last line when nothing differs.
        public let diffSame: String
        /// The last line when something differs: `the models differ: N nodes, … changed`.
        public let diffDiffer: @Sendable (_ treeFields: Int, _ nodes: Int, _ edges: Int, _ outcomes: Int) -> String

        /// A hazard's name in the test report: `hazard: HAZ-001 Title`.
        public var hazardName: @Sendable (_ name: String) -> String = { "hazard: " + $0 }
        /// A tree's coverage: `outcomes 6/7 (85.7%), edges 11/12 (91.7%)`.
        public var coverageSummary:
            @Sendable (_ reached: Int, _ outcomes: Int, _ outcomePercent: String, _ crossed: Int, _ edges: Int, _ edgePercent: String) ->
                String = { reached, outcomes, outcomePercent, crossed, edges, edgePercent in
                    "outcomes \(reached)/\(outcomes) (\(outcomePercent)), edges \(crossed)/\(edges) (\(edgePercent))"
                }
        /// A change's kind as the diff names it (`added`, `changed`, `removed`, `retargeted`) in these words.
        public var diffChange: @Sendable (_ kind: String) -> String = { $0 }
        /// Where a changed part is: `OLD line 3, NEW line 4`.
        public var diffLines: @Sendable (_ old: Int?, _ new: Int?) -> String = { old, new in
            [old.map { "OLD line \($0)" }, new.map { "NEW line \($0)" }].compactMap { $0 }.joined(separator: ", ")
        }
        /// An answer one side has: `node=answer (NEW only), reached with WITNESS`.
        public var diffOneSidedLine: @Sendable (_ answer: String, _ side: String, _ witness: String) -> String = {
            "\($0) (\($1) only), reached with \($2)"
        }
        /// A scenario case that ends elsewhere on OLD: `line 12 'NAME': OLD -> NEW`.
        public var diffScenarioLine: @Sendable (_ line: Int, _ name: String, _ old: String, _ new: String) -> String = {
            "line \($0) '\($1)': \($2) -> \($3)"
        }
        /// A hazard verified in the test report: `verified by 'NAME', 'NAME'`.
        public var hazardVerifiedBy: @Sendable (_ names: [String]) -> String = {
            "verified by " + $0.map { "'\($0)'" }.joined(separator: ", ")
        }
        /// A hazard's named tests that fail: `failing: 'NAME', 'NAME'`.
        public var hazardFailing: @Sendable (_ names: [String]) -> String = { "failing: " + $0.map { "'\($0)'" }.joined(separator: ", ") }
        /// A hazard's control that names no test: `the control 'TEXT' names no invariant or case`.
        public var hazardControlNamesNoTest: @Sendable (_ control: String) -> String = {
            "the control '\($0)' names no invariant or case"
        }
        /// A hazard with no control.
        public var hazardNoControl = "it has no control"
        /// A hazard not verified, with its status as the log writes it: `not verified (status open)`.
        public var hazardNotVerified: @Sendable (_ status: String) -> String = { "not verified (status \($0))" }
        /// The heading over the translated strings to re-check after a diff.
        public var diffTranslations: @Sendable (_ path: String) -> String = {
            "Translations to re-check on the changed paths (\($0)):"
        }

        /// English.
        public static let english: ReportWords = {
            let count: @Sendable (Int, String) -> String = { number, noun in "\(number) \(noun)\(number == 1 ? "" : "s")" }
            return ReportWords(
                passedFailed: { passed, failed in "\(passed) passed, \(failed) failed" },
                suiteHeading: { file, tree in file + (tree.map { " (tree \($0))" } ?? "") },
                suiteCannotRun: { "ERROR the file cannot run: " + $0 },
                pass: "PASS", fail: "FAIL",
                at: { file, line, column in "at \(file):\(line):\(column)" },
                note: { "note: " + $0 },
                invariant: { "invariant: " + $0 }, coverage: { "coverage: " + $0 },
                coverageOf: { path, summary in "coverage of \(path): \(summary)" },
                untestedOutcome: { id, place in "untested outcome: \(id) (\(place))" },
                untestedEdges: { shown, more in
                    "untested edges: " + shown.joined(separator: ", ") + (more > 0 ? ", … and \(more) more" : "")
                },
                diffSide: { side, name, digest in "\(side) \(name) (sha256 \(digest))" },
                diffTreeFields: { "tree: \($0.joined(separator: ", ")) changed" },
                diffNodes: "nodes:", diffEdges: "edges:", diffOutcomes: "outcomes that changed:",
                diffOneSided: "answers on one side only:", diffSignOff: "sign-off:",
                diffWith: { "with " + $0 },
                diffRerouted: "values re-routed at number nodes:",
                diffReroutedLine: { node, values, oldTarget, newTarget, oldRange, newRange, low, high in
                    "\(node) \(values): \(oldTarget) -> \(newTarget) (was '\(oldRange)', now '\(newRange)'); at the ends \(node)=\(low)"
                        + (low == high ? "" : ", \(node)=\(high)")
                },
                diffNoAnswers: "no answers",
                diffScenarios: { path, changed, total in
                    "scenario cases of \(path): \(changed) of \(total) end elsewhere on OLD\(changed == 0 ? "" : ":")"
                },
                diffNoSignOff: "no sign-off", diffCurrent: "current", diffStale: { "stale (approved \($0))" },
                diffIncomplete: { states, outcomes in
                    "the behaviour comparison stopped after \(count(states, "pair")) of states and \(count(outcomes, "outcome pair")) "
                        + "(at most \(BehaviourDiff.maximumStates) pairs and \(BehaviourDiff.maximumListed) changes are compared; "
                        + "the trees share few node ids): the changes listed are the first found, not all"
                },
                diffSame: "the models are the same",
                diffDiffer: { treeFields, nodes, edges, outcomes in
                    let parts =
                        (treeFields > 0 ? [count(treeFields, "tree field")] : [])
                        + [count(nodes, "node"), count(edges, "edge"), count(outcomes, "outcome pair")]
                    return "the models differ: " + parts.joined(separator: ", ") + " changed"
                })
        }()
    }
}
