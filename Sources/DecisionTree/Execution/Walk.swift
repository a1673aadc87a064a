/// One step of a walk: a node and the answer that left it.
public struct Step: Hashable, Sendable {
    /// The node's index in ``Tree/nodes``.
    public let node: Int
    /// The answer given there (``Answer/next`` for a refer step passed through).
    public let answer: Answer
    /// The index of the edge taken, in the node's ``Node/edges``.
    public let edge: Int

    /// Creates a step: `answer` given at node index `node`, leaving by edge index `edge`.
    public init(node: Int, answer: Answer, edge: Int) {
        self.node = node
        self.answer = answer
        self.edge = edge
    }
}

/// A walk through a tree: where it stands and how it got there.
///
/// A walk knows nothing of terminals. Refer steps with a `next` edge are passed through
/// by themselves (and recorded in ``steps``), so a walk always stands at a node that needs
/// an answer or at a terminal node. Every mutation either succeeds or leaves the walk as it was.
public struct Walk: Sendable {
    /// An id that names no node, given to `from:`.
    public struct UnknownNode: Error, Hashable, Sendable, CustomStringConvertible {
        /// The id given.
        public let id: String
        /// A likely intended id, if any.
        public let suggestion: String?

        /// Creates the error for `id`, with a likely intended id.
        public init(id: String, suggestion: String?) {
            self.id = id
            self.suggestion = suggestion
        }

        public var description: String {
            "no node '\(id)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        }
    }

    /// The tree walked.
    public let tree: Tree
    /// The node the walk began at.
    public let origin: Int
    /// The node the walk stands at.
    public private(set) var current: Int
    /// The steps taken so far, including refer steps passed through.
    public private(set) var steps: [Step] = []

    /// Starts a walk at the tree's start, or at the node with id `from`.
    public init(tree: Tree, from id: String? = nil) throws(UnknownNode) {
        var origin = tree.start
        if let id {
            guard let index = tree.index(of: id) else {
                throw UnknownNode(id: id, suggestion: Suggestion.closest(to: id, in: tree.nodes.map(\.id)))
            }
            origin = index
        }
        self.tree = tree
        self.origin = origin
        self.current = origin
        passReferSteps()
    }

    /// The node the walk stands at.
    public var node: Node { tree.nodes[current] }

    /// Whether the walk has reached a terminal node.
    public var isFinished: Bool { node.isTerminal }

    /// The terminal node reached, once finished.
    public var outcome: Node? { isFinished ? node : nil }

    /// Answers the current node with typed text (a label or number; see ``AnswerParser``).
    public mutating func answer(_ text: String) throws(AnswerError) {
        try take(AnswerParser.parse(text, for: node))
    }

    /// Answers the current node with a parsed answer.
    public mutating func take(_ answer: Answer) throws(AnswerError) {
        let node = self.node
        let edge = answer.edgeIndex(in: node)
        guard !node.isTerminal, edge >= 0, edge < node.edges.count, Self.fits(answer, node) else {
            throw AnswerError(node: node.id, given: "\(answer)", valid: AnswerParser.validAnswers(for: node))
        }
        steps.append(Step(node: current, answer: answer, edge: edge))
        current = node.edges[edge].target
        passReferSteps()
    }

    /// Goes back to the node answered last, undoing that answer and any refer steps after it.
    /// Returns `false`, changing nothing, at the start.
    @discardableResult
    public mutating func back() -> Bool {
        guard let last = steps.lastIndex(where: { $0.answer != .next }) else {
            return false
        }
        current = steps[last].node
        steps.removeSubrange(last...)
        return true
    }

    /// Goes back to where the walk began.
    public mutating func restart() {
        current = origin
        steps.removeAll()
        passReferSteps()
    }

    /// Every node visited, in order: each step's node, then the current node.
    public var path: [Int] { steps.map(\.node) + [current] }

    private mutating func passReferSteps() {
        var guardCount = 0
        while node.kind == .refer, !node.edges.isEmpty, guardCount <= tree.nodes.count {
            steps.append(Step(node: current, answer: .next, edge: 0))
            current = node.edges[0].target
            guardCount += 1
        }
    }

    private static func fits(_ answer: Answer, _ node: Node) -> Bool {
        switch (answer, node.kind) {
        case (.choice, .question), (.next, .refer): true
        case (.items(let chosen), .checklist): chosen.allSatisfy { $0 >= 0 && $0 < node.items.count }
        default: false
        }
    }
}
