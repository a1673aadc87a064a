/// One case's answers, already parsed, indexed by node: the input of ``Evaluator``.
public struct AnswerSheet: Hashable, Sendable {
    /// The answer for each node, by index in ``Tree/nodes``; `nil` where none is given.
    public private(set) var byNode: [Answer?]

    /// No answers yet, for a tree of `nodeCount` nodes.
    public init(nodeCount: Int) {
        byNode = Array(repeating: nil, count: nodeCount)
    }

    /// No answers yet, for `tree`.
    public init(tree: Tree) { self.init(nodeCount: tree.nodes.count) }

    /// Parses `answers` (node id → typed answer, see ``AnswerParser``) for `tree`.
    public init(tree: Tree, answers: [String: String]) throws(BatchError) {
        self.init(tree: tree)
        for (id, text) in answers.sorted(by: { $0.key < $1.key }) {
            let node = try Self.node(id, in: tree)
            do throws(AnswerError) {
                self[node] = try AnswerParser.parse(text, for: tree.nodes[node])
            } catch {
                throw BatchError.answer(error)
            }
        }
    }

    /// The answer for the node at `index`.
    public subscript(index: Int) -> Answer? {
        get { byNode[index] }
        set { byNode[index] = newValue }
    }

    /// Whether no node has an answer.
    public var isEmpty: Bool { byNode.allSatisfy { $0 == nil } }

    /// Forgets every answer, keeping the storage.
    public mutating func removeAll() {
        for index in byNode.indices { byNode[index] = nil }
    }

    /// The index of the node `id`, or an error naming the closest id.
    public static func node(_ id: String, in tree: Tree) throws(BatchError) -> Int {
        guard let index = tree.index(of: id) else {
            throw BatchError.unknownNode(Walk.UnknownNode(id: id, suggestion: Suggestion.closest(to: id, in: tree.nodes.map(\.id))))
        }
        return index
    }
}

/// Why a case could not be read or run.
public enum BatchError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The line is not a JSON object of answers; `column` is 1-based, in bytes.
    case syntax(column: Int, message: String)
    /// An answer names no node.
    case unknownNode(Walk.UnknownNode)
    /// An answer does not fit its node.
    case answer(AnswerError)
    /// A node is answered twice in one case.
    case duplicate(node: String)
    /// An answer is neither a label, a whole number nor a list of them.
    case value(node: String, message: String)
    /// The line is longer than the runner accepts.
    case lineTooLong(limit: Int)
    /// The walk reached a node that needs an answer and the case gives none.
    case noAnswer(node: String)

    public var description: String {
        switch self {
        case .syntax(let column, let message): "invalid JSON at column \(column): \(message)"
        case .unknownNode(let error): "\(error)"
        case .answer(let error): "\(error)"
        case .duplicate(let node): "'\(node)' is answered twice"
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
    /// The answer for this node does not fit it (a number out of range, a wrong kind).
    case invalid(Int)
}

/// Runs cases of pre-parsed answers through a tree as fast as possible, keeping no history.
///
/// It follows the same rules as ``Walk``: refer steps with `next` are passed, a checklist
/// takes `any` when an item applies and `none` otherwise. Use it for batches; use ``Walk``
/// when the path matters.
public struct Evaluator: Sendable {
    /// The tree evaluated.
    public let tree: Tree
    /// The node every case starts at.
    public let origin: Int

    private let kinds: [UInt8]
    private let edgeStart: [Int]
    private let edgeCount: [Int]
    private let itemCount: [Int]
    private let targets: [Int]

    private static let question: UInt8 = 0, checklist: UInt8 = 1, refer: UInt8 = 2, outcome: UInt8 = 3

    /// Prepares `tree` for evaluation from its start, or from the node with id `from`.
    public init(tree: Tree, from id: String? = nil) throws(Walk.UnknownNode) {
        var origin = tree.start
        if let id {
            guard let index = tree.index(of: id) else {
                throw Walk.UnknownNode(id: id, suggestion: Suggestion.closest(to: id, in: tree.nodes.map(\.id)))
            }
            origin = index
        }
        self.tree = tree
        self.origin = origin
        var kinds: [UInt8] = [], starts: [Int] = [], counts: [Int] = [], items: [Int] = [], targets: [Int] = []
        for node in tree.nodes {
            let kind: UInt8 = switch node.kind {
            case .question: Self.question
            case .checklist: Self.checklist
            case .refer: Self.refer
            case .outcome: Self.outcome
            }
            kinds.append(kind)
            starts.append(targets.count)
            counts.append(node.edges.count)
            items.append(node.items.count)
            targets.append(contentsOf: node.edges.map(\.target))
        }
        self.kinds = kinds
        self.edgeStart = starts
        self.edgeCount = counts
        self.itemCount = items
        self.targets = targets
    }

    /// Walks one case from the origin to a terminal node, or to the node where it cannot go on.
    public func evaluate(_ answers: AnswerSheet) -> Evaluation {
        var node = origin
        // A valid tree is acyclic, so a walk visits each node at most once.
        for _ in 0...kinds.count {
            let count = edgeCount[node]
            if count == 0 { return .outcome(node) }
            var edge = 0
            switch kinds[node] {
            case Self.refer:
                edge = 0
            case Self.question:
                guard let answer = answers.byNode[node] else { return .stopped(node) }
                guard case .choice(let index) = answer, index >= 0, index < count else { return .invalid(node) }
                edge = index
            default:
                guard let answer = answers.byNode[node] else { return .stopped(node) }
                guard case .items(let chosen) = answer else { return .invalid(node) }
                let limit = itemCount[node]
                for item in chosen where item < 0 || item >= limit { return .invalid(node) }
                edge = chosen.isEmpty ? 1 : 0
            }
            node = targets[edgeStart[node] + edge]
        }
        return .stopped(node)
    }
}
