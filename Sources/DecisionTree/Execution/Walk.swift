// Execution/: stepping through a tree one answer at a time.

/// A walk through a tree: where it stands and the path that led there.
///
/// Refer steps with a `next` edge are passed by themselves (and recorded in ``path``), so a walk
/// always stands at a node that needs an answer or at a terminal node. Every mutation either
/// succeeds or leaves the walk as it was.
public struct Walk: Sendable {
    /// The tree walked.
    public let tree: Tree
    /// The path so far.
    public private(set) var path: Path

    /// Starts a walk at the tree's start, or at the node with id `from`.
    public init(tree: Tree, from id: String? = nil) throws(AnswerError) {
        var origin = tree.start
        if let id { origin = try Answers.node(id, in: tree) }
        self.tree = tree
        self.path = Path(origin: origin)
        passReferSteps()
    }

    /// The node the walk began at.
    public var origin: Int { path.origin }
    /// The index of the node the walk stands at.
    public var current: Int { path.end }
    /// The node the walk stands at.
    public var node: Node { tree.nodes[path.end] }
    /// Whether the walk has reached a terminal node.
    public var isFinished: Bool { node.isTerminal }
    /// The terminal node reached, once finished.
    public var outcome: Node? { isFinished ? node : nil }

    /// Starts a walk at the tree's start.
    public init(startingAt tree: Tree) {
        self.tree = tree
        self.path = Path(origin: tree.start)
        passReferSteps()
    }

    /// The walk `answers` take from the tree's start: as far as they go, to a terminal or to the
    /// first node they do not answer.
    public init(tree: Tree, following answers: Answers) {
        self.init(startingAt: tree)
        follow(answers)
    }

    /// Answers the current node with typed text (see ``Answer/parse(_:for:acceptingLabels:)``):
    /// a person may type an answer's id or the label shown for it.
    public mutating func answer(_ text: String) throws(AnswerError) {
        try take(Answer.parse(text, for: node, acceptingLabels: true))
    }

    /// Answers the current node with a parsed answer.
    public mutating func take(_ answer: Answer) throws(AnswerError) {
        let node = self.node
        guard let edge = node.edge(for: answer) else {
            throw .doesNotFit(node: node.id, given: answer.text(at: node), valid: Answer.valid(for: node))
        }
        path.append(edge: edge, answer: answer, in: tree)
        passReferSteps()
    }

    /// Takes every answer `answers` gives, from where the walk stands, until a terminal or a
    /// node without an answer (``Answers`` holds only answers that fit their nodes).
    public mutating func follow(_ answers: Answers) {
        while !isFinished, let answer = answers[current] {
            do { try take(answer) } catch { return }
        }
    }

    /// Goes back to the node answered last, undoing that answer and any refer steps after it.
    /// Returns `false`, changing nothing, when nothing has been answered.
    @discardableResult
    public mutating func back() -> Bool {
        guard let last = path.steps.lastIndex(where: \.isAnswered) else { return false }
        path.truncate(at: last)
        return true
    }

    /// Goes back to where the walk began.
    public mutating func restart() {
        path = Path(origin: path.origin)
        passReferSteps()
    }

    /// Whether ``back()`` would change anything: some node has been answered.
    public var canGoBack: Bool { path.steps.contains(where: \.isAnswered) }

    /// The choices at the current node as a person reads them, in file order: a question's
    /// answer labels (``Node/readableLabel(ofEdge:)``) or a checklist's items. Empty at a
    /// terminal node.
    public var choices: [String] {
        switch node.content {
        case .question, .number: node.edges.indices.map { node.readableLabel(ofEdge: $0) }
        case .checklist(let checklist): checklist.items
        case .refer, .outcome: []
        }
    }

    /// The refer steps passed at the end of the path, after the last answer (or from the
    /// origin when nothing is answered yet), oldest first.
    public var referStepsJustPassed: [Path.Step] {
        Array(path.steps.reversed().prefix { !$0.isAnswered }.reversed())
    }

    private mutating func passReferSteps() {
        var guardCount = 0
        while case .pass = node.transition, guardCount <= tree.nodes.count {
            path.append(edge: 0, answer: .next, in: tree)
            guardCount += 1
        }
    }
}
