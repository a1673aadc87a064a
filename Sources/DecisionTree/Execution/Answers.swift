// Execution/: the answers one patient gave, by node.

/// The answers one patient gave, indexed by node: the input of a walk, a batch case, a
/// scenario case and a highlighted path alike.
///
/// Every answer is checked against its node when it is set, whether a walk reaches that node
/// or not, so a typo never passes silently. Each node is answered at most once.
public struct Answers: Hashable, Sendable {
    /// The answer for each node, by index in ``Tree/nodes``; `nil` where none is given.
    public private(set) var byNode: [Answer?]
    private var count = 0

    /// No answers, for a tree of `nodeCount` nodes.
    public init(nodeCount: Int) { byNode = Array(repeating: nil, count: nodeCount) }

    /// No answers, for `tree`.
    public init(tree: Tree) { self.init(nodeCount: tree.nodes.count) }

    /// Parses `NODE=ANSWER` assignments (split at the first `=`), as `--answer` takes them.
    public init(assignments: [String], in tree: Tree) throws(AnswerError) {
        self.init(tree: tree)
        for assignment in assignments {
            let (id, text) = try Self.split(assignment)
            try set(text, forNodeID: id, in: tree)
        }
    }

    /// Splits `NODE=ANSWER` at the first `=`; both sides must be non-blank.
    public static func split(_ assignment: String) throws(AnswerError) -> (node: String, answer: String) {
        guard let equals = assignment.firstIndex(of: "=") else { throw .malformed(assignment) }
        let id = String(assignment[..<equals]).trimmingWhitespace
        let answer = String(assignment[assignment.index(after: equals)...]).trimmingWhitespace
        guard !id.isEmpty, !answer.isEmpty else { throw .malformed(assignment) }
        return (id, answer)
    }

    /// The answer for the node at `index`.
    public subscript(index: Int) -> Answer? { byNode[index] }

    /// Whether no node has an answer.
    public var isEmpty: Bool { count == 0 }

    /// The indices of the answered nodes, ascending.
    public var answeredNodes: [Int] { byNode.indices.filter { byNode[$0] != nil } }

    /// Sets `answer` for the node at `index`, checking that it fits and that the node has none yet.
    public mutating func set(_ answer: Answer, forNode index: Int, in tree: Tree) throws(AnswerError) {
        let node = tree.nodes[index]
        guard byNode[index] == nil else { throw .duplicate(node: node.id) }
        guard node.edge(for: answer) != nil else {
            throw .doesNotFit(node: node.id, given: answer.text(at: node), valid: Answer.valid(for: node))
        }
        byNode[index] = answer
        count += 1
    }

    /// Parses `text` (see ``Answer/parse(_:for:acceptingLabels:)``, by id) as the answer of the node with id `id`.
    /// Returns the node's index.
    @discardableResult
    public mutating func set(_ text: String, forNodeID id: String, in tree: Tree) throws(AnswerError) -> Int {
        let index = try Self.node(id, in: tree)
        try set(text, forNode: index, in: tree)
        return index
    }

    /// Parses `text` as the answer of the node at `index`, checking that the node has none yet.
    mutating func set(_ text: String, forNode index: Int, in tree: Tree) throws(AnswerError) {
        // Read in place: `tree.nodes[index]` as an argument copies the node (retaining each of
        // its fields), which was a tenth of a batch run's time.
        byNode[index] = try tree.nodes.withUnsafeBufferPointer { (nodes) throws(AnswerError) in
            guard byNode[index] == nil else { throw .duplicate(node: nodes[index].id) }
            return try Answer.parse(text, for: nodes[index])
        }
        count += 1
    }

    /// Sets `answer`, which ``Answer/parse(_:for:acceptingLabels:)`` or
    /// ``Answer/parse(items:for:)`` gave for the node at `index`, checking only that the node has none yet.
    mutating func set(parsed answer: Answer, forNode index: Int, in tree: Tree) throws(AnswerError) {
        guard byNode[index] == nil else { throw .duplicate(node: tree.nodes[index].id) }
        byNode[index] = answer
        count += 1
    }

    /// Parses a list of items (see ``Answer/parse(items:for:)``) as the answer of the node with id `id`.
    /// Returns the node's index.
    @discardableResult
    public mutating func set(items: [String], forNodeID id: String, in tree: Tree) throws(AnswerError) -> Int {
        let index = try Self.node(id, in: tree)
        try set(items: items, forNode: index, in: tree)
        return index
    }

    /// Parses a list of items as the answer of the node at `index`, checking that the node has none yet.
    mutating func set(items: [String], forNode index: Int, in tree: Tree) throws(AnswerError) {
        byNode[index] = try tree.nodes.withUnsafeBufferPointer { (nodes) throws(AnswerError) in
            guard byNode[index] == nil else { throw .duplicate(node: nodes[index].id) }
            return try Answer.parse(items: items, for: nodes[index])
        }
        count += 1
    }

    /// Forgets every answer, keeping the storage.
    public mutating func removeAll() {
        guard count > 0 else { return }
        // Only the answered entries are written (a batch answers a few nodes of many).
        byNode.withUnsafeMutableBufferPointer { byNode in
            for index in byNode.indices where byNode[index] != nil { byNode[index] = nil }
        }
        count = 0
    }

    /// The index of the node `id`, or ``AnswerError/unknownNode(_:suggestion:)``.
    public static func node(_ id: String, in tree: Tree) throws(AnswerError) -> Int {
        guard let index = tree.index(of: id) else { throw AnswerError.unknownNode(id, in: tree) }
        return index
    }
}
