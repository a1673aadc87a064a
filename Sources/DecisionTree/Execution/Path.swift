// Execution/: the path a walk took, or a path found in the graph.

/// The steps taken through a tree: each node left, the edge taken and the answer that took it,
/// then the node the path ends at.
///
/// Walks, scenario cases, invariant counterexamples, highlighted renders, recorded sessions and
/// traces all describe a patient's way through a tree with this one type.
public struct Path: Hashable, Sendable {
    /// One node left: by which edge, and with which answer.
    public struct Step: Hashable, Sendable {
        /// The node's index in ``Tree/nodes``.
        public let node: Int
        /// The index of the edge taken, in the node's ``Node/edges``.
        public let edge: Int
        /// The answer given (``Answer/next`` for a refer step passed through); `nil` for a step
        /// of a path found in the graph rather than answered, where any answer taking `edge` will do.
        public let answer: Answer?

        /// Creates a step.
        public init(node: Int, edge: Int, answer: Answer?) {
            self.node = node
            self.edge = edge
            self.answer = answer
        }

        /// The edge taken.
        public var edgeRef: EdgeRef { EdgeRef(node: node, edge: edge) }

        /// What was answered, as text: the answer, or the edge's label when there is none.
        public func text(in tree: Tree) -> String {
            let node = tree.nodes[self.node]
            return answer.map { $0.text(at: node) } ?? node.edges[edge].answer
        }

        /// What was answered, as a person reads it: a question's answer by its display label,
        /// a refer step passed on its way as `then` (``Node/readableLabel(ofEdge:)``).
        public func readableText(in tree: Tree) -> String {
            let node = tree.nodes[self.node]
            if let answer, isAnswered { return answer.readableText(at: node) }
            return node.readableLabel(ofEdge: edge)
        }

        /// Whether a person answered this step (not a refer step passed on its way).
        public var isAnswered: Bool { answer != .next }
    }

    /// The node the path begins at.
    public let origin: Int
    /// The steps, in order.
    public private(set) var steps: [Step]
    /// The node the path ends at: a terminal, or a node still to be answered.
    public private(set) var end: Int

    /// A path that has not left `origin`.
    public init(origin: Int) {
        self.origin = origin
        self.steps = []
        self.end = origin
    }

    /// Appends a step out of ``end`` along `edge`, which must be one of its edges.
    public mutating func append(edge: Int, answer: Answer?, in tree: Tree) {
        steps.append(Step(node: end, edge: edge, answer: answer))
        end = tree.nodes[end].edges[edge].target
    }

    /// Removes the steps from `index` on; the path then ends where that step began.
    public mutating func truncate(at index: Int) {
        guard index < steps.count else { return }
        end = steps[index].node
        steps.removeSubrange(index...)
    }

    /// Every node on the path, in order: each step's node, then ``end``.
    public var nodes: [Int] { steps.map(\.node) + [end] }

    /// The edges taken, in order.
    public var edges: [EdgeRef] { steps.map(\.edgeRef) }

    /// The steps a person answered, without refer steps passed on the way.
    public var answeredSteps: [Step] { steps.filter(\.isAnswered) }

    /// `red_flags (Tingling) -> neurologist_now`: for messages.
    public func describe(in tree: Tree) -> String {
        (steps.map { "\(tree.nodes[$0.node].id) (\($0.text(in: tree)))" } + [tree.nodes[end].id]).joined(separator: " -> ")
    }
}
