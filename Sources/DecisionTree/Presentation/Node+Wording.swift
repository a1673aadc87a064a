// Presentation/: how a tree's parts are worded for people, the same in every front end
// (terminal, rendering, export, messages); the words come from the phrasebook.

extension Node {
    /// The label of an edge as a reader sees it: the one display accessor for answers. A
    /// question's answer shows the label the tree gives it, or else its id as written; a
    /// checklist's `any` is "one or more apply".
    public func readableLabel(ofEdge position: Int) -> String {
        let edge = edges[position]
        let words = Phrasebook.english.node
        switch kind {
        case .checklist where edge.answer == Node.anyLabel: return words.anyApplies
        case .checklist where edge.answer == Node.noneLabel: return words.noneApply
        case .refer where edge.answer == Node.nextLabel: return words.then
        case .question, .checklist, .refer, .outcome: return edge.label ?? edge.answer
        }
    }

    /// `muscle_spasm (outcome)`, `neurologist_now (refer neurologist, urgent)`, `trauma (refer
    /// traumatologist)` when the urgency is not stated: for messages.
    public var summary: String { Phrasebook.english.node.summary(self) }
}
