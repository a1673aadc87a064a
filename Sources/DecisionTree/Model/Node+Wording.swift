// Model/: how a tree's parts are worded for people, the same in every front end
// (terminal, rendering, export, messages).

extension Node {
    /// The label of an edge as a reader sees it: a checklist's `any` is "one or more apply".
    public func readableLabel(ofEdge position: Int) -> String {
        let label = edges[position].label
        switch (kind, label) {
        case (.checklist, Node.anyLabel): return "one or more apply"
        case (.checklist, Node.noneLabel): return "none apply"
        case (.refer, Node.nextLabel): return "then"
        default: return label
        }
    }

    /// `muscle_spasm (outcome)`, `neurologist_now (refer neurologist, urgent)`: for messages.
    public var summary: String {
        switch content {
        case .refer(let referral): "\(id) (refer \(referral.specialist), \(referral.urgency.rawValue))"
        default: "\(id) (\(kind.rawValue))"
        }
    }
}

extension Urgency {
    /// The words shown on a referral's urgency line.
    public var words: String {
        switch self {
        case .routine: "routine"
        case .soon: "soon - within days"
        case .urgent: "URGENT - as soon as possible"
        case .emergency: "EMERGENCY - now"
        }
    }
}

extension Referral {
    /// The specialist's name as a heading: first letter capitalised.
    public var heading: String { specialist.prefix(1).uppercased() + specialist.dropFirst() }
}
