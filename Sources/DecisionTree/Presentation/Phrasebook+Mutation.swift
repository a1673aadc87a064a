// Presentation/: the words of mutation testing: each mutant's edit, its class, the scores per
// tree and per operator, and the suggested cases' names.

extension Phrasebook {
    /// Mutation testing's words (`dtree test --mutants`, `--suggest`, the review page's score).
    public struct MutationWords: Sendable {
        /// An edge retargeted: `injury=yes leads to once (was trauma)`.
        public let retarget: @Sendable (_ edge: String, _ target: String, _ was: String) -> String
        /// Two answers swapped: `injury: yes and no swap targets`.
        public let swapAnswers: @Sendable (_ node: String, _ first: String, _ second: String) -> String
        /// An answer dropped: `answer injury=yes dropped`.
        public let dropAnswer: @Sendable (_ edge: String) -> String
        /// A checklist item dropped: `red_flags: item 'Tingling' dropped`.
        public let dropItem: @Sendable (_ node: String, _ item: String) -> String
        /// A checklist's branches swapped: `red_flags: any and none swap targets`.
        public let swapAnyNone: @Sendable (_ node: String) -> String
        /// An urgency changed: `trauma: urgency emergency (was not stated)`; `nil` is unstated.
        public let urgency: @Sendable (_ node: String, _ to: String?, _ was: String?) -> String
        /// Advice dropped: `trauma: advice dropped`.
        public let dropAdvice: @Sendable (_ node: String) -> String
        /// Advice reworded: `trauma: advice reworded`.
        public let rewordAdvice: @Sendable (_ node: String) -> String
        /// The reworded advice a mutant gives.
        public let rewordedAdvice: @Sendable (_ advice: String) -> String
        /// A refer step cut out: `refer step therapist cut out (what led to it goes to therapist_finding)`.
        public let dropReferStep: @Sendable (_ node: String, _ next: String) -> String
        /// A number question's boundary moved: `age: '< 18' and '18 ..< 50' become '< 17' and '17 ..< 50'`.
        public let boundary: @Sendable (_ node: String, _ below: String, _ above: String, _ newBelow: String, _ newAbove: String) -> String
        /// The classes as the report prints them.
        public let killed: String, survived: String, equivalent: String, wording: String
        /// What killed a mutant: `killed by case 'NAME'` / `killed by invariant 'NAME'`.
        public let killedByCase: @Sendable (_ name: String) -> String, killedByInvariant: @Sendable (_ name: String) -> String
        /// A survivor's witness: `with ANSWERS: DIFFERENCE`.
        public let witness: @Sendable (_ answers: String, _ difference: String) -> String
        /// The patient ends elsewhere: `OLD -> NEW`.
        public let outcomeChanged: @Sendable (_ old: String, _ new: String) -> String
        /// An answer one side lacks: `the answer 'ANSWER' is gone` / `is new`.
        public let answerOneSided: @Sendable (_ answer: String, _ dropped: Bool) -> String
        /// A refer step cut out: `the referral NODE is skipped`.
        public let referralSkipped: @Sendable (_ node: String) -> String
        /// A referral on the way that changed: `the referral on the way OLD -> NEW`.
        public let referralChanged: @Sendable (_ old: String, _ new: String) -> String
        /// No answers at all (the start).
        public let noAnswers: String
        /// `mutation score of PATH: 90% (9 of 10 killed; 3 equivalent, 2 wording not counted)`.
        public let score:
            @Sendable (_ path: String, _ percent: String, _ killed: Int, _ counted: Int, _ equivalent: Int, _ wording: Int) -> String
        /// One operator's score: `retarget: 100% (12 of 12)`.
        public let operatorScore: @Sendable (_ name: String, _ percent: String, _ killed: Int, _ counted: Int) -> String
        /// How many mutants ran, of how many candidates: `N mutants of M candidate edits (--max-mutants CAP)`.
        public let ran: @Sendable (_ ran: Int, _ candidates: Int, _ cap: Int) -> String
        /// The closing line: `K killed, S survived (E equivalent, W wording)`.
        public let closing: @Sendable (_ killed: Int, _ survived: Int, _ equivalent: Int, _ wording: Int) -> String
        /// A tree below `--min-score`: `mutation score 80% is below the minimum of 100% (--min-score)`.
        public let belowMinimum: @Sendable (_ percent: String, _ minimum: String) -> String
        /// A tree with errors is not mutated.
        public let notMutated: @Sendable (_ path: String) -> String
        /// The run was interrupted.
        public let interrupted: String
        /// A suggested case's name: `walks injury=yes` / `reaches trauma` / `kills: EDIT`.
        public let suggestEdge: @Sendable (_ edge: String) -> String, suggestOutcome: @Sendable (_ node: String) -> String,
            suggestKill: @Sendable (_ edit: String) -> String
        /// The heading of the suggestions for one scenario file: `N suggested cases for FILE`.
        public let suggestHeading: @Sendable (_ count: Int, _ file: String) -> String
        /// Written: `appended N cases to FILE`.
        public let suggestWritten: @Sendable (_ count: Int, _ file: String) -> String
        /// Nothing to suggest.
        public let suggestNothing: @Sendable (_ file: String) -> String

        /// The review page's heading for the mutation score, and a survivor's line there.
        public let pageHeading: String, pageLine: @Sendable (_ line: Int) -> String

        /// English.
        public static let english = MutationWords(
            retarget: { "\($0) leads to \($1) (was \($2))" },
            swapAnswers: { "\($0): \($1) and \($2) swap targets" },
            dropAnswer: { "answer \($0) dropped" },
            dropItem: { "\($0): item '\($1)' dropped" },
            swapAnyNone: { "\($0): any and none swap targets" },
            urgency: { node, to, was in "\(node): urgency \(to ?? "not stated") (was \(was ?? "not stated"))" },
            dropAdvice: { "\($0): advice dropped" },
            rewordAdvice: { "\($0): advice reworded" },
            rewordedAdvice: { "Reworded by a mutant: " + $0 },
            dropReferStep: { "refer step \($0) cut out (what led to it goes to \($1))" },
            boundary: { "\($0): '\($1)' and '\($2)' become '\($3)' and '\($4)'" },
            killed: "KILLED", survived: "SURVIVED", equivalent: "EQUIVALENT", wording: "WORDING",
            killedByCase: { "killed by case '\($0)'" }, killedByInvariant: { "killed by invariant '\($0)'" },
            witness: { "with \($0): \($1)" },
            outcomeChanged: { "\($0) -> \($1)" },
            answerOneSided: { answer, dropped in "the answer '\(answer)' is \(dropped ? "gone" : "new")" },
            referralSkipped: { "the referral \($0) is skipped" },
            referralChanged: { "the referral on the way \($0) -> \($1)" },
            noAnswers: "no answers",
            score: { path, percent, killed, counted, equivalent, wording in
                "mutation score of \(path): \(percent) (\(killed) of \(counted) killed; \(equivalent) equivalent and \(wording) wording mutants not counted)"
            },
            operatorScore: { "  \($0): \($1) (\($2) of \($3))" },
            ran: { "  \($0) mutants of \($1) candidate edits (--max-mutants \($2))" },
            closing: { "\($0) killed, \($1) survived (\($2) equivalent, \($3) wording not counted)" },
            belowMinimum: { "mutation score \($0) is below the minimum of \($1) (--min-score)" },
            notMutated: { "\($0): the tree has errors and is not mutated" },
            interrupted: "interrupted: nothing was written",
            suggestEdge: { "walks \($0)" }, suggestOutcome: { "reaches \($0)" }, suggestKill: { "kills: \($0)" },
            suggestHeading: { "\($0) suggested case\($0 == 1 ? "" : "s") for \($1)" },
            suggestWritten: { "appended \($0) case\($0 == 1 ? "" : "s") to \($1)" },
            suggestNothing: { "nothing to suggest for \($0)" },
            pageHeading: "Mutation testing", pageLine: { "line \($0)" })
    }

    /// Mutation testing's words as the engine writes them (English): a mutant's description
    /// in JSON, the reworded advice a mutant gives; a report in another language takes its
    /// phrasebook's ``mutation``.
    public static let mutationWords = MutationWords.english
}
