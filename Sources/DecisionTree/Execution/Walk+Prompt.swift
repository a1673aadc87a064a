/// What a walk offers at the node it stands at, for any front end to show.
extension Walk {
    /// The current node's prompt: a question, a checklist's prompt, an outcome's text,
    /// or for a refer step the specialist.
    public var prompt: String { node.text }

    /// The choices at the current node, in file order: a question's answer labels or a
    /// checklist's items (answered by label or by 1-based number; `0`/`none` for none).
    /// Empty at a terminal node.
    public var choices: [String] {
        switch node.kind {
        case .question: node.edges.map(\.label)
        case .checklist: node.items
        case .refer, .outcome: []
        }
    }

    /// The answers the current node accepts, as a person would type them.
    public var validAnswers: [String] { AnswerParser.validAnswers(for: node) }

    /// Whether ``back()`` would change anything: some node has been answered.
    public var canGoBack: Bool { steps.contains { $0.answer != .next } }

    /// The steps a person answered, without the refer steps passed through.
    public var answeredSteps: [Step] { steps.filter { $0.answer != .next } }

    /// The refer steps passed through at the end of ``steps``, after the last answer
    /// (or from the origin when nothing is answered yet), oldest first.
    public var referStepsJustPassed: [Step] {
        Array(steps.reversed().prefix { $0.answer == .next }.reversed())
    }

    /// The node ids of ``path``, in order.
    public var pathIDs: [String] { path.map { tree.nodes[$0].id } }
}
