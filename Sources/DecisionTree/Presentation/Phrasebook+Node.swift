// Presentation/: nodes and answers in words: readable answer labels, the text outline's lines
// and the one-line summaries messages use.

extension Phrasebook {
    /// Node phrases.
    public struct NodeWords: Sendable {
        /// A checklist's `any` answer as read: `one or more apply`.
        public let anyApplies: String
        /// A checklist's `none` answer as read: `none apply`.
        public let noneApply: String
        /// A refer step's `next`, as read: `then`.
        public let then: String
        /// The label before a node's help: `Help: `.
        public let helpLabel: String
        /// The label before a node's cited source: `Source: `.
        public let sourceLabel: String
        /// The label before an outcome's text: `Outcome: `.
        public let outcomeLabel: String
        /// The label before a node's advice: `Advice: `.
        public let adviceLabel: String
        /// A checklist's exclusive option when it is offered as a choice: `None of these`.
        public let noneOfThese: String
        /// A node for messages: `muscle_spasm (outcome)`, `neurologist_now (refer neurologist,
        /// urgent)`, `trauma (refer traumatologist)`. Ids and urgency words as written.
        public let summary: @Sendable (Node) -> String
        /// Where a walk that ends at a node ends, for reports: `neurologist (urgent)`,
        /// `traumatologist (urgency not stated)` or the node's text. Ids and urgency words as written.
        public let ending: @Sendable (Node) -> String
        /// An outline line leading to a node written above: `go to 'ID' (above)`.
        public let outlineAbove: @Sendable (_ id: String) -> String
        /// What leads out of a refer step in the outline: `Then`.
        public let outlineThen: String
        /// What leads along an answer in the outline: `If LABEL`.
        public let outlineIf: @Sendable (_ answer: String) -> String
        /// A question in the outline: `Ask: TEXT`.
        public let outlineQuestion: @Sendable (_ text: String) -> String
        /// A checklist in the outline: `Check: TEXT [ITEM; ITEM]`.
        public let outlineChecklist: @Sendable (_ text: String, _ items: [String]) -> String
        /// A number question in the outline: `Ask for a number: TEXT`.
        public let outlineNumber: @Sendable (_ text: String) -> String
        /// A range `A ..< B` as read: `A to under B`.
        public let rangeUpTo: @Sendable (_ low: String, _ high: String) -> String
        /// A range `A ... B` as read: `A to B`.
        public let rangeThrough: @Sendable (_ low: String, _ high: String) -> String
        /// An outcome in the outline: `outcome: TEXT`.
        public let outlineOutcome: @Sendable (_ text: String) -> String
        /// Advice after a node's outline line: `. Advice: TEXT`.
        public let outlineAdvice: @Sendable (_ advice: String) -> String

        /// English.
        public static let english = NodeWords(
            anyApplies: "one or more apply",
            noneApply: "none apply",
            then: "then",
            helpLabel: "Help: ",
            sourceLabel: "Source: ",
            outcomeLabel: "Outcome: ",
            adviceLabel: "Advice: ",
            noneOfThese: "None of these",
            summary: { node in
                switch node.content {
                case .refer(let referral):
                    "\(node.id) (refer \(referral.specialist)" + (referral.urgencyStated ? ", \(referral.urgency.rawValue))" : ")")
                default: "\(node.id) (\(node.kind.rawValue))"
                }
            },
            ending: { node in
                switch node.content {
                case .refer(let referral):
                    "\(referral.specialist) (\(referral.urgencyStated ? referral.urgency.rawValue : "urgency not stated"))"
                case .outcome(let outcome): outcome.text
                case .question(let question): question.text
                case .number(let number): number.text
                case .checklist(let checklist): checklist.text
                }
            },
            outlineAbove: { "go to '\($0)' (above)" },
            outlineThen: "Then",
            outlineIf: { "If " + $0 },
            outlineQuestion: { "Ask: " + $0 },
            outlineChecklist: { text, items in "Check: " + text + " [" + items.joined(separator: "; ") + "]" },
            outlineNumber: { "Ask for a number: " + $0 },
            rangeUpTo: { low, high in "\(low) to under \(high)" },
            rangeThrough: { low, high in "\(low) to \(high)" },
            outlineOutcome: { "outcome: " + $0 },
            outlineAdvice: { ". Advice: " + $0 })
    }
}
