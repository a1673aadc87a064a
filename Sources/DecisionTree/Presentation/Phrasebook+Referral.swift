// Presentation/: how a referral and its urgency are worded, in each form a front end shows.

extension Phrasebook {
    /// Referral phrases. Each form is composed here once; `urgency` is the urgency in the
    /// tree's words (``Tree/urgencyText(of:)``), `nil` when the tree does not state it.
    public struct ReferralWords: Sendable {
        /// The label in front of a specialist's name: the referral words and a colon.
        public let label: String
        /// A referral named, as a node's title: ``label`` and the name (no urgency).
        public let title: @Sendable (_ specialist: String) -> String
        /// The label in front of the urgency's words: `Urgency: `.
        public let urgencyLabel: String
        /// A node's heading on the page: its ``title`` and `(urgency: WORDS)`, or
        /// `(urgency not stated)`.
        public let heading: @Sendable (_ specialist: String, _ urgency: String?) -> String
        /// A refer step inside a sentence (the outline), lower case, with `(urgency: WORDS)`.
        public let inSentence: @Sendable (_ specialist: String, _ urgency: String?) -> String
        /// A refer step passed on a run's path, lower case, in brackets: `(… NAME, WORDS)`.
        public let passedNote: @Sendable (_ specialist: String, _ urgency: String?) -> String
        /// A refer step the walk passed through: its ``title``, `(WORDS)` and `: ADVICE`, each
        /// part already styled for where it goes.
        public let passedLine: @Sendable (_ specialist: String, _ urgency: String?, _ advice: String?) -> String
        /// An action to take (exports): the referral words and the name, no colon.
        public let action: @Sendable (_ specialist: String) -> String
        /// The service a specialist gives (FHIR ActivityDefinition): `Referral to NAME`.
        public let service: @Sendable (_ specialist: String) -> String
        /// What a refer node says in an editor's hover: lower case, a colon, the name.
        public let hover: @Sendable (_ specialist: String) -> String
        /// The urgency on its own line: `Urgency: WORDS`, or that the tree does not state it.
        public let urgency: @Sendable (_ urgency: String?) -> String

        /// English.
        public static let english: ReferralWords = {
            let referTo = "Refer to", referToInSentence = "refer to", urgencyLabel = "Urgency: "
            let urgencyNote: @Sendable (String?) -> String = { words in words.map { " (urgency: \($0))" } ?? " (urgency not stated)" }
            return ReferralWords(
                label: referTo + ": ",
                title: { referTo + ": " + $0 },
                urgencyLabel: urgencyLabel,
                heading: { specialist, urgency in referTo + ": " + specialist + urgencyNote(urgency) },
                inSentence: { specialist, urgency in referToInSentence + " " + specialist + urgencyNote(urgency) },
                passedNote: { specialist, urgency in "(\(referToInSentence) \(specialist)\(urgency.map { ", \($0)" } ?? ""))" },
                passedLine: { specialist, urgency, advice in
                    referTo + ": " + specialist + (urgency.map { " (\($0))" } ?? "") + (advice.map { ": \($0)" } ?? "")
                },
                action: { referTo + " " + $0 },
                service: { "Referral to " + $0 },
                hover: { referToInSentence + ": " + $0 },
                urgency: { urgencyLabel + ($0 ?? "not stated by the tree") })
        }()
    }
}

extension Phrasebook.ReferralWords {
    /// `referral`'s page heading in `tree`'s words (its specialist's name and urgency words).
    public func heading(of referral: Referral, in tree: Tree) -> String {
        heading(tree.displayName(ofSpecialist: referral.specialist), tree.urgencyText(of: referral))
    }

    /// `referral` in a sentence, in `tree`'s words.
    public func inSentence(of referral: Referral, in tree: Tree) -> String {
        inSentence(tree.displayName(ofSpecialist: referral.specialist), tree.urgencyText(of: referral))
    }
}
