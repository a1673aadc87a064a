// Presentation/: the chart's words: the banners inside its boxes, the graph label's facts and
// the legend (kinds, urgencies, a diff's marks, the path).

extension Phrasebook {
    /// Chart phrases. The chart's layout and colours are Rendering's; its words are here.
    public struct ChartWords: Sendable {
        /// Above a referral's specialist: `REFER TO`.
        public let referBanner: String
        /// Above an outcome's text: `OUTCOME`.
        public let outcomeBanner: String
        /// On the node the answers reached, in two short lines.
        public let reachedBanner: [String]
        /// On the node that needs an answer next, in two short lines.
        public let nextBanner: [String]
        /// On a node a diff added: `+ ADDED`.
        public let addedBanner: String
        /// On a node a diff changed: `~ CHANGED: FIELD, FIELD`.
        public let changedBanner: @Sendable (_ fields: [String]) -> String
        /// On a node a diff removed (drawn from the older version): `x REMOVED`.
        public let removedBanner: String
        /// The facts under the title: `Tree ID · version VERSION`.
        public let facts: @Sendable (_ id: String, _ version: String?) -> String
        /// The legend's heading: `Legend`.
        public let legend: String
        /// The legend's name for a question.
        public let legendQuestion: String
        /// The legend's name for a checklist.
        public let legendChecklist: String
        /// The legend's name for an outcome.
        public let legendOutcome: String
        /// The legend's name for a referral whose urgency reads `words` (the tree's words or
        /// the urgency word), or, for `nil`, one whose urgency the tree does not state.
        public let legendReferral: @Sendable (_ urgency: String?) -> String
        /// The legend's entries of a diff picture: added, changed, removed.
        public let legendAdded: String, legendChanged: String, legendRemoved: String
        /// The legend's entry for the path of the answers.
        public let legendPath: String

        /// English.
        public static let english = ChartWords(
            referBanner: "REFER TO",
            outcomeBanner: "OUTCOME",
            reachedBanner: ["★ REACHED WITH", "THESE ANSWERS"],
            nextBanner: ["▶ NEXT: NEEDS", "AN ANSWER"],
            addedBanner: "+ ADDED",
            changedBanner: { "~ CHANGED: " + $0.joined(separator: ", ") },
            removedBanner: "x REMOVED",
            facts: { id, version in (["Tree \(id)"] + (version.map { ["version \($0)"] } ?? [])).joined(separator: " · ") },
            legend: "Legend",
            legendQuestion: "◇ Question",
            legendChecklist: "☐ Checklist",
            legendOutcome: "▢ Outcome",
            legendReferral: { words in words.map { "➜ Refer: \($0)" } ?? "➜ Refer (urgency not stated)" },
            legendAdded: "+ Added",
            legendChanged: "~ Changed",
            legendRemoved: "x Removed (was in OLD)",
            legendPath: "━ Path of the answers")
    }
}
