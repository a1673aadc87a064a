// Presentation/: how a tree's parts are worded for people, the same in every front end
// (terminal, rendering, export, messages); the words come from the phrasebook.

extension Node {
    /// The label of an edge as a reader sees it: the one display accessor for answers. A
    /// question's answer shows the label the tree gives it, or else its id as written; a
    /// checklist's `any` is "one or more apply" (in `words`' language: a chart or page shown in
    /// Russian says «есть хотя бы одно»; what is written into files stays English).
    public func readableLabel(ofEdge position: Int, words: Phrasebook.NodeWords = Phrasebook.english.node) -> String {
        let edge = edges[position]
        switch kind {
        case .checklist where edge.answer == Node.anyLabel: return words.anyApplies
        case .checklist where edge.answer == Node.noneLabel: return words.noneApply
        case .refer where edge.answer == Node.nextLabel: return words.then
        case .number: return edge.label ?? Self.readableRange(edge.answer, unit: number?.unit)
        case .question, .checklist, .refer, .outcome: return edge.label ?? edge.answer
        }
    }

    /// A range as a reader sees it, with the node's unit: `≥ 50 years`, `< 18 years`,
    /// `18 to under 50 years`, `36 to 38 °C`, `7 years` (for `= 7`).
    static func readableRange(_ text: String, unit: String?) -> String {
        let words = Phrasebook.english.node
        let suffix = unit.map { " \($0)" } ?? ""
        let trimmed = text.trimmingSpaces
        for (op, shown) in [("<=", "≤"), (">=", "≥"), ("<", "<"), (">", ">"), ("=", "")] where trimmed.hasPrefix(op) {
            let value = String(trimmed.dropFirst(op.count)).trimmingSpaces
            return (shown.isEmpty ? "" : shown + " ") + value + suffix
        }
        for (op, inclusive) in [("..<", false), ("...", true)] {
            guard let found = trimmed.firstRange(of: op) else { continue }
            let low = String(trimmed[..<found.lowerBound]).trimmingSpaces
            let high = String(trimmed[found.upperBound...]).trimmingSpaces
            return (inclusive ? words.rangeThrough(low, high) : words.rangeUpTo(low, high)) + suffix
        }
        return trimmed + suffix
    }

    /// `muscle_spasm (outcome)`, `neurologist_now (refer neurologist, urgent)`, `trauma (refer
    /// traumatologist)` when the urgency is not stated: for messages.
    public var summary: String { Phrasebook.english.node.summary(self) }

    /// ` (line 86)`, where the node is written, for messages that name it; empty for a node
    /// not loaded from a file.
    public var lineSuffix: String { location.map { " (line \($0.line))" } ?? "" }
}
