// Presentation/: the words of `dtree run`'s screens: the header, a step's prompt and choices,
// the menus, help, a wrong answer, and the end of a walk. Styling and wrapping are the
// terminal's; the words are here.

extension Phrasebook {
    /// Run-screen phrases. Text from the tree or the person arrives already made safe.
    public struct RunWords: Sendable {
        /// The commands a step takes: `Commands: b back · r restart · ? help · q quit`.
        public let commands: String
        /// The line under the header: how to answer, then ``commands``.
        public let howToAnswer: String
        /// The tree's version after its title: `  vVERSION`.
        public let version: @Sendable (_ version: String) -> String
        /// Where a step is: `(ID, step N)`.
        public let step: @Sendable (_ id: String, _ number: Int) -> String
        /// How to answer a checklist, under its items.
        public let checklistHint: String
        /// A node answered by `--answer`: `  (from --answer ID)`.
        public let preset: @Sendable (_ id: String) -> String
        /// An answer that does not fit: `“TEXT” is not one of the choices. …`, listing `choices`
        /// (numbered from 1), `count` of them, with `0 none` for a checklist.
        public let notAChoice: @Sendable (_ text: String, _ choices: [String], _ count: Int, _ checklist: Bool) -> String
        /// How to answer a number question, under its ranges: `Type a whole number from 0 to
        /// 120 (years); the unit may follow it.`
        public let numberHint: @Sendable (_ allowed: String) -> String
        /// A number question's answer that does not fit: `“TEXT” is not an allowed value. Type
        /// ALLOWED.`
        public let notAllowedNumber: @Sendable (_ text: String, _ allowed: String) -> String
        /// An empty line typed at a step.
        public let emptyAnswer: String
        /// After going back a step.
        public let wentBack: String
        /// Going back at the first step.
        public let nothingToGoBackTo: String
        /// After restarting.
        public let startingAgain: String
        /// The prompt after the end of a walk.
        public let finishPrompt: String
        /// Something other than a command typed after the end of a walk.
        public let walkFinished: String
        /// Help shown for a refer step passed on the way: `ID, passed on the way:`.
        public let passedOnTheWay: @Sendable (_ id: String) -> String
        /// A step with no help.
        public let noHelp: String
        /// A cited source, quoted: `“CITE”`.
        public let quoted: @Sendable (_ text: String) -> String
        /// A node's id after the result: `  (ID)`.
        public let endID: @Sendable (_ id: String) -> String
        /// The label before advice, padded so the advice lines up: `Advice:  `.
        public let adviceLabel: String
        /// The heading of the numbered path: `Path:`.
        public let pathHeading: String
        /// The label before a referral passed on the way, listed at the end before the outcome:
        /// `First: ` (then each passed referral's line).
        public let earlierReferralLabel: String
        /// The label before the disclaimer at the end: `Note: `.
        public let noteLabel: String
        /// A checklist answered in the path's lines and a preset answer: no item ticked (`none`),
        /// and its `any` branch taken without items named (`any`).
        public var checkedNone = "none", checkedAny = "any"

        /// English.
        public static let english: RunWords = {
            let commands = "Commands: b back · r restart · ? help · q quit"
            return RunWords(
                commands: commands,
                howToAnswer: "Type a number or an answer. " + commands,
                version: { "  v" + $0 },
                step: { id, number in "(\(id), step \(number))" },
                checklistHint: "Pick every one that applies: numbers or labels, separated by commas or spaces; 0 for none.",
                preset: { "  (from --answer \($0))" },
                notAChoice: { text, choices, count, checklist in
                    var listed = choices.enumerated().map { "\($0.offset + 1) \($0.element)" }
                    let hint: String
                    if checklist {
                        hint = "Type numbers 1–\(count) (commas or spaces between them) or labels, or 0 for none:"
                        listed.append("0 none")
                    } else {
                        hint = "Type a number 1–\(count) or an answer:"
                    }
                    return "“\(text)” is not one of the choices. \(hint) \(listed.joined(separator: " · ")). ? shows help."
                },
                numberHint: { "Type \($0); the unit may follow the number." },
                notAllowedNumber: { text, allowed in "“\(text)” is not an allowed value. Type \(allowed). ? shows help." },
                emptyAnswer: "Type a number, or ? for help.",
                wentBack: "↩ Back.",
                nothingToGoBackTo: "This is the first step: there is nothing to go back to.",
                startingAgain: "↺ Starting again.",
                finishPrompt: "Press Enter to finish, or b back · r restart · ? help.",
                walkFinished: "The walk is finished: Enter, b or r.",
                passedOnTheWay: { "\($0), passed on the way:" },
                noHelp: "No help is written for this step.",
                quoted: { "“\($0)”" },
                endID: { "  (\($0))" },
                adviceLabel: "Advice:  ",
                pathHeading: "Path:",
                earlierReferralLabel: "First: ",
                noteLabel: "Note: ")
        }()
    }
}
