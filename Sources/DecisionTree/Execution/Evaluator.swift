// Execution/: evaluating batches of cases fast, with the tree's own transition rule.

/// Why a batch case could not be read or run.
public enum BatchError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The line is not a JSON object of answers; `column` is 1-based, in bytes.
    case syntax(column: Int, message: String)
    /// An answer names no node, is given twice or does not fit its node.
    case answer(AnswerError)
    /// An answer's JSON value is neither a label, a whole number nor a list of them.
    case value(node: String, message: String)
    /// The line is longer than the runner accepts.
    case lineTooLong(limit: Int)
    /// The walk reached a node that needs an answer and the case gives none.
    case noAnswer(node: String)

    public var description: String {
        switch self {
        case .syntax(let column, let message): "invalid JSON at column \(column): \(message)"
        case .answer(let error): "\(error)"
        case .value(let node, let message): "the answer to '\(node)' \(message)"
        case .lineTooLong(let limit): "line longer than \(limit) bytes"
        case .noAnswer(let node): "stopped at \(node): no answer"
        }
    }
}

/// What evaluating one case gave.
public enum Evaluation: Hashable, Sendable {
    /// The walk reached this terminal node (an index in ``Tree/nodes``).
    case outcome(Int)
    /// The walk stopped at this node, which has no answer in the case.
    case stopped(Int)
}

/// Runs cases of parsed answers through a tree as fast as possible, keeping no path.
///
/// It tabulates each node's ``Transition`` (the rule ``Walk`` applies too) and its edge
/// targets in flat arrays. Use it for batches; use ``Walk`` when the path matters.
public struct Evaluator: Sendable {
    /// The tree evaluated.
    public let tree: Tree
    /// The node every case starts at.
    public let origin: Int

    private let transitions: [Transition]
    private let edgeStart: [Int]
    private let targets: [Int]

    /// Prepares `tree` for evaluation from its start, or from the node with id `from`.
    public init(tree: Tree, from id: String? = nil) throws(AnswerError) {
        self.tree = tree
        self.origin = try id.map { id throws(AnswerError) in try Answers.node(id, in: tree) } ?? tree.start
        var transitions: [Transition] = [], starts: [Int] = [], targets: [Int] = []
        transitions.reserveCapacity(tree.nodes.count)
        starts.reserveCapacity(tree.nodes.count)
        for node in tree.nodes {
            transitions.append(node.transition)
            starts.append(targets.count)
            targets.append(contentsOf: node.edges.map(\.target))
        }
        self.transitions = transitions
        self.edgeStart = starts
        self.targets = targets
    }

    /// Walks one case from the origin to a terminal node, or to the node where it cannot go on.
    public func evaluate(_ answers: Answers) -> Evaluation {
        var none: [Int]? = nil
        return evaluate(answers, passing: &none)
    }

    /// Walks one case as ``evaluate(_:)`` does, appending to `passed` (when given) each refer
    /// step passed on the way, in order.
    public func evaluate(_ answers: Answers, passing passed: inout [Int]?) -> Evaluation {
        var node = origin
        // A valid tree is acyclic, so a walk visits each node at most once.
        for _ in 0...transitions.count {
            let edge: Int?
            switch transitions[node] {
            case .end: return .outcome(node)
            case .pass:
                edge = 0
                passed?.append(node)
            case let rule:
                guard let answer = answers[node] else { return .stopped(node) }
                edge = rule.edge(for: answer)
            }
            guard let edge else { return .stopped(node) }
            node = targets[edgeStart[node] + edge]
        }
        return .stopped(node)
    }
}
