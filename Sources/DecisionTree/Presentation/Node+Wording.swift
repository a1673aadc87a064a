// Presentation/: how a tree's parts are worded for people, the same in every front end
// (terminal, rendering, export, messages); the words come from the phrasebook.

extension Node {
    /// The label of an edge as a reader sees it: a checklist's `any` is "one or more apply".
    public func readableLabel(ofEdge position: Int) -> String {
        let label = edges[position].label
        let words = Phrasebook.english.node
        switch (kind, label) {
        case (.checklist, Node.anyLabel): return words.anyApplies
        case (.checklist, Node.noneLabel): return words.noneApply
        case (.refer, Node.nextLabel): return words.then
        default: return label
        }
    }

    /// `muscle_spasm (outcome)`, `neurologist_now (refer neurologist, urgent)`, `trauma (refer
    /// traumatologist)` when the urgency is not stated: for messages.
    public var summary: String { Phrasebook.english.node.summary(self) }
}
