// Presentation/: the phrasebook, the one owner of every word a person reads (refer and urgency
// lines, outcome and end screens, chart legends, page labels, terminal prompts and menus,
// report headings, node summaries). Uses Model/ only.

/// Every phrase dtree shows a person, composed in one place and grouped by where it is read.
///
/// Front ends (the terminal, the chart, the review page, the exports, the language server,
/// the reports) take their words from a phrasebook and never compose a phrase themselves.
/// A phrasebook is a table: fixed words are strings, phrases with parts are functions of
/// those parts, so a second language is another ``Phrasebook`` value, not new code in the
/// front ends. ``english`` is the only one today.
public struct Phrasebook: Sendable {
    /// Referrals and urgency, in every front end.
    public let referral: ReferralWords
    /// Nodes and answers in words: readable answer labels, outlines and one-line summaries.
    public let node: NodeWords
    /// The `dtree run` screens: header, prompts, menus, help and the end of a walk.
    public let run: RunWords
    /// The review page: headings, labels and what its script shows.
    public let page: PageWords
    /// The chart: banners in the boxes, the graph label and the legend.
    public let chart: ChartWords
    /// Reports: `dtree test` and `dtree diff` headings and lines.
    public let report: ReportWords
    /// What a recommendation rests on beyond its cite: inference, reassurance, evidence.
    public var basis = BasisWords.english
    /// The clinical safety case report (`dtree safety`).
    public var safety = SafetyWords.english
    /// Mutation testing's words (`dtree test --mutants`, the review page's score).
    public var mutation = MutationWords.english

    /// The English phrasebook.
    public static let english = Phrasebook(
        referral: .english, node: .english, run: .english, page: .english, chart: .english, report: .english)
}
