// Rendering/: the chart's shapes, colours and fonts.

import DecisionTree

/// How a tree looks on paper: shapes, colours and fonts chosen for clinicians (the words are
/// the phrasebook's, ``Phrasebook/ChartWords``).
///
/// Every kind has its own shape *and* colour, so the chart still reads in greyscale or for a
/// reader who does not tell red from green; referrals are coloured by urgency, and urgent and
/// emergency referrals also carry the word and a heavier border.
enum ClinicianStyle {
    /// The font for all text: resolved by fontconfig (Liberation Sans, Arial, Helvetica).
    static let font = "Helvetica"
    /// Body text size in points.
    static let textSize = 14.0
    /// Small text (advice, ids, edge labels) in points.
    static let smallSize = 11.0
    /// Characters per line of a node's main text.
    static let wrapWidth = 30
    /// Characters per line of advice and checklist items.
    static let detailWrapWidth = 38

    /// A fill colour, a border colour and a border width.
    struct Look: Equatable, Sendable {
        var fill: String
        var border: String
        var text: String = "#1B1B1B"
        var penwidth: Double = 1.5
    }

    /// Colours of the highlighted path and of what is off it.
    static let pathColor = "#0050D0"
    static let dimFill = "#F6F6F6"
    static let dimBorder = "#CCCCCC"
    static let dimText = "#A6A6A6"
    static let mutedText = "#5F5F5F"
    /// Colours of a diff picture: added (green), changed (amber; darker for text), removed (red).
    static let addedColor = "#1E8E3E"
    static let changedColor = "#F0A000"
    static let changedText = "#9A5B00"
    static let removedColor = "#C62828"
    static let removedFill = "#FDF1F1"

    /// The Graphviz shape of a kind.
    static func shape(_ kind: NodeKind) -> String {
        switch kind {
        case .question, .number: "diamond"
        case .checklist: "note"
        case .refer: "cds"
        case .outcome: "box"
        }
    }

    /// The Graphviz style of a kind (outcomes are rounded boxes: flowchart terminators).
    static func style(_ kind: NodeKind) -> String {
        kind == .outcome ? "rounded,filled" : "filled"
    }

    /// The look of `node`.
    static func look(_ node: Node) -> Look {
        switch node.content {
        case .question: look(.question)
        case .number: look(.number)
        case .checklist: look(.checklist)
        case .outcome(let outcome): outcome.reassures ? look(.outcome) : notReassuring
        case .refer(let referral): referral.urgencyStated ? look(referring: referral.urgency) : unstatedReferral
        }
    }

    /// The look of an outcome the tree does not declare reassuring: no reassurance green.
    static let notReassuring = Look(fill: "#F2F2F2", border: "#616161")

    /// The colour of the inference mark on a node.
    static let inferenceColor = "#6A1B9A"

    /// The look of a referral whose urgency the tree does not state: no urgency's colour.
    static let unstatedReferral = Look(fill: "#F1EEF6", border: "#8C82A6")

    /// The look of a node of a kind other than refer.
    static func look(_ kind: NodeKind) -> Look {
        switch kind {
        case .question, .number: Look(fill: "#E3EEFB", border: "#2B5C9E")
        case .checklist: Look(fill: "#FFF6D8", border: "#9A6B00")
        // Drawn only for an outcome declared reassuring (`reassures: true`).
        case .outcome: Look(fill: "#E6F4E6", border: "#2E7D32")
        case .refer: look(referring: .routine)
        }
    }

    /// The look of a referral of `urgency`.
    static func look(referring urgency: Urgency) -> Look {
        switch urgency {
        case .routine: Look(fill: "#EEE8F7", border: "#5B3C99")
        case .soon: Look(fill: "#FFE9CC", border: "#D35400", penwidth: 2.5)
        case .urgent: Look(fill: "#FFD6D6", border: "#C40000", penwidth: 3.5)
        case .emergency: Look(fill: "#B00000", border: "#5C0000", text: "#FFFFFF", penwidth: 4.5)
        }
    }
}
