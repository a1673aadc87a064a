// Presentation/: the review page's words: its headings, labels, table columns, the sign-off
// block, and everything its script shows (which it receives as text, never composes).

extension Phrasebook {
    /// Review-page phrases.
    public struct PageWords: Sendable {
        /// The window title: `Review: TITLE`.
        public let title: @Sendable (_ tree: String) -> String
        /// The facts under the title: `Tree ID · version VERSION · file FILE`.
        public let facts: @Sendable (_ id: String, _ version: String?, _ file: String) -> String
        /// The label before the content hash.
        public let contentHash: String
        /// The tree's source document: `Source: TITLE (FILE)` or `Source: FILE`.
        public let source: @Sendable (_ title: String?, _ file: String) -> String
        /// The diagram's heading and name.
        public let diagram: String
        /// How to use the diagram.
        public let diagramHint: String
        /// The stepper's name and heading.
        public let stepperName: String, stepperHeading: String
        /// What the stepper says without JavaScript.
        public let needsJavaScript: String
        /// The stepper's buttons and the heading of its path.
        public let back: String, restart: String, pathSoFar: String
        /// The node-details panel's heading and its hint.
        public let nodeDetails: String, chooseABox: String
        /// The outline's summary line.
        public let outline: String
        /// The changes section: `Changes since FILE (version VERSION)`.
        public let changesSince: @Sendable (_ file: String, _ version: String?) -> String
        /// The label before the older version's content hash.
        public let oldHash: String
        /// When no node changed.
        public let noNodeChanged: String
        /// `N node(s) changed; …` with how the diagram marks them.
        public let nodesChanged: @Sendable (_ count: Int) -> String
        /// The changes tables' columns: node, change, what changed.
        public let changeColumns: [String]
        /// The headings of the changed ends and of every changed node; `None.` when empty.
        public let changedEnds: String, everyChangedNode: String, none: String
        /// What the changed-outcomes list says: every patient who now ends elsewhere.
        public let changedEndsHint: String
        /// A changed pair of outcomes: `OLD → NEW`.
        public let outcomePair: @Sendable (_ old: String, _ new: String) -> String
        /// A pair's witness: `with a=b, c=d` (or that no answer is needed).
        public let witness: @Sendable (_ answers: [String]) -> String
        /// The button that walks a pair's witness on the diagram.
        public let replayWitness: String
        /// The heading of the changed answers (edges), and its table's columns.
        public let changedAnswers: String, edgeColumns: [String]
        /// The heading of the scenario cases that end elsewhere on the older version.
        public let casesElsewhere: String
        /// A case that ends elsewhere on OLD: `NAME (line N): OLD → NEW`.
        public let caseElsewhere: @Sendable (_ name: String, _ line: Int, _ old: String, _ new: String) -> String
        /// The scenario tests' heading.
        public let scenarioTests: String
        /// When the tree has no scenario file.
        public let noScenarioFile: String
        /// Where the results come from: `From FILE.`.
        public let testsFrom: @Sendable (_ file: String) -> String
        /// When the scenario file could not run.
        public let cannotRun: @Sendable (_ error: String) -> String
        /// The results table's columns: kind, name, result, details, diagram.
        public let testColumns: [String]
        /// A row's kind: a case or an invariant.
        public let caseKind: String, invariantKind: String
        /// A row's result: passed or failed.
        public let pass: String, fail: String
        /// A row's button: replay a case, or show an invariant's counterexample.
        public let replay: String, showCounterexample: String
        /// `Coverage: X of outcomes, Y of answers.` and whether every outcome is tested.
        public let coverage: @Sendable (_ outcomes: String, _ answers: String, _ allTested: Bool) -> String
        /// A node named by its heading and id (an untested outcome, a box on the diagram):
        /// `HEADING (ID)`.
        public let nodeName: @Sendable (_ heading: String, _ id: String) -> String
        /// The node table's heading and its columns: node, what it says, help, source.
        public let nodesHeading: String, nodeColumns: [String]
        /// The sign-off block's heading.
        public let signOff: String
        /// No sign-off yet.
        public let signOffMissing: String
        /// The latest sign-off approved this content.
        public let signOffCurrent: @Sendable (_ by: String, _ role: String, _ date: String, _ note: String?) -> String
        /// The latest sign-off approved other content (`digest`, shortened).
        public let signOffStale: @Sendable (_ by: String, _ role: String, _ date: String, _ digest: String) -> String
        /// The line to sign on paper.
        public let signLine: String

        // What the script shows: whole text, or templates whose %1 and %2 it fills.

        /// The last line of the outcome box.
        public let wholePath: String
        /// A checklist's buttons: go on with the ticked items, or none of them.
        /// The language switch's label (shown before one button per language).
        public var languages: String = "Language"
        public let goOn: String, noneOfTheseApply: String
        /// Said when "go on" is pressed with nothing ticked: the page refuses, as the terminal
        /// refuses an empty answer.
        public let nothingTicked: String
        /// The label of a number question's field on the page: `Value`.
        public let numberField: String
        /// A number the page's stepper refuses, `%1` the text typed and `%2` the allowed values:
        /// `“%1” is not an allowed value: type %2.`
        public let numberRefused: String
        /// Between ticked items, in the answer a checklist step shows.
        public let tickedSeparator: String
        /// A step on the path: `HEADING → ANSWER`.
        public let pathStep: @Sendable (_ heading: String, _ answer: String) -> String
        /// The path's last line: `Reached: HEADING` at an end, else `Now: HEADING`.
        public let reached: @Sendable (_ heading: String) -> String, now: @Sendable (_ heading: String) -> String
        /// A node's identity in the details panel: `Id: ID (KIND) in FILE`.
        public let identity: @Sendable (_ id: String, _ kind: String, _ file: String) -> String
        /// A node's help in the details panel (`none` when it has none).
        public let help: @Sendable (_ help: String?) -> String
        /// A node's cite in the details panel, with the tree's source document.
        public let cite: @Sendable (_ cite: String?, _ source: String?) -> String
        /// A changed node's name on the diagram: `✎ CHANGE: NAME`.
        public let changedName: @Sendable (_ change: String, _ name: String) -> String

        /// English.
        public static let english = PageWords(
            title: { "Review: " + $0 },
            facts: { id, version, file in "Tree \(id)" + (version.map { " · version \($0)" } ?? "") + " · file \(file)" },
            contentHash: "Content hash (SHA-256 of the JSON model): ",
            source: { title, file in NodeWords.english.sourceLabel + (title.map { "\($0) (\(file))" } ?? file) },
            diagram: "Diagram",
            diagramHint: "Click a box, or tab to it and press Enter, to read its text, help and source.",
            stepperName: "Try the tree", stepperHeading: "Try it",
            needsJavaScript: "The stepper needs JavaScript; the diagram, outline and tables below work without it.",
            back: "◀ Back", restart: "↺ Restart", pathSoFar: "Path so far",
            nodeDetails: "Node details", chooseABox: "Choose a box on the diagram.",
            outline: "Text outline of the whole tree",
            changesSince: { file, version in "Changes since " + file + (version.map { " (version \($0))" } ?? "") },
            oldHash: "Old content hash: ",
            noNodeChanged: "No node changed.",
            nodesChanged: { count in
                "\(count) node\(count == 1 ? "" : "s") changed. The diagram draws the change as 'dtree diff -o' does: added nodes and answers green, changed ones amber, and what the older version had and this one lacks ghosted in dashed red; a changed or added node has ✎ in its name for screen readers."
            },
            changeColumns: ["Node", "Change", "What changed"],
            changedEnds: "Changed outcomes and referrals", everyChangedNode: "Every changed node", none: "None.",
            changedEndsHint:
                "Every pair of ends that differs for some patient, as 'dtree diff' finds it, with the answers of one such patient.",
            outcomePair: { old, new in old + " → " + new },
            witness: { $0.isEmpty ? "with no answers" : "with " + $0.joined(separator: ", ") },
            replayWitness: "Replay on the diagram",
            changedAnswers: "Changed answers",
            edgeColumns: ["Node", "Answer", "Change", "Before", "Now"],
            casesElsewhere: "Scenario cases that end elsewhere on the older version",
            caseElsewhere: { name, line, old, new in "\(name) (line \(line)): \(old) → \(new)" },
            scenarioTests: "Scenario tests",
            noScenarioFile: "No scenario file (NAME.tests.yaml beside the tree, or --tests FILE).",
            testsFrom: { "From " + $0 + "." },
            cannotRun: { "The scenario file could not be run: " + $0 },
            testColumns: ["Kind", "Name", "Result", "Details", "Diagram"],
            caseKind: "case", invariantKind: "invariant",
            pass: "✔ pass", fail: "✘ FAIL",
            replay: "Replay", showCounterexample: "Show counterexample",
            coverage: { outcomes, answers, allTested in
                "Coverage: \(outcomes) of outcomes, \(answers) of answers."
                    + (allTested ? " Every outcome is tested." : " Untested outcomes:")
            },
            nodeName: { heading, id in heading + " (\(id))" },
            nodesHeading: "Every node and its source", nodeColumns: ["Node", "What it says", "Help", "Source (cite)"],
            signOff: "Sign-off",
            signOffMissing: "No sign-off yet (the tree's review: list is empty). Sign for exactly this content:",
            signOffCurrent: { by, role, date, note in
                "Approved by \(by) (\(role)) on \(date)\(note.map { ": \($0)" } ?? ""). The sign-off is current: it approved exactly this content."
            },
            signOffStale: { by, role, date, digest in
                "Stale: the latest sign-off, by \(by) (\(role)) on \(date), approved \(digest), and the content has changed since. Sign again for exactly this content:"
            },
            signLine: "Reviewed by: ______________________   Role: ______________   Date: ____________   Signature: ______________",
            wholePath: "The whole path is listed below and lit on the diagram.",
            goOn: "Go on with the ticked signs", noneOfTheseApply: "None of these apply",
            nothingTicked: "Nothing is ticked: tick the signs that apply, or choose “None of these apply”.",
            numberField: "Value",
            numberRefused: "“%1” is not an allowed value: type %2.",
            tickedSeparator: "; ",
            pathStep: { heading, answer in heading + " → " + answer },
            reached: { "Reached: " + $0 }, now: { "Now: " + $0 },
            identity: { id, kind, file in "Id: " + id + " (" + kind + ") in " + file },
            help: { NodeWords.english.helpLabel + ($0 ?? "none") },
            cite: { cite, source in NodeWords.english.sourceLabel + (cite ?? "no cite") + (source.map { " (" + $0 + ")" } ?? "") },
            changedName: { change, name in "✎ " + change + ": " + name })
    }
}
