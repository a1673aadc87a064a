// Review/: which patients end somewhere else: the two trees walked in step over the answers
// they share (a product of the two graphs), never by enumerating paths.

/// Every pair of outcomes a patient can reach in OLD and NEW that differ, each with one shortest
/// witness, and the answers that exist on one side only.
///
/// Both trees are walked in step from their starts. A state is a pair (node in OLD, node in
/// NEW); each pair is visited once, breadth-first, so the work is linear in the number of pairs
/// reachable (at most |OLD| × |NEW|, and about |NEW| when little changed), and the first path to
/// a pair is a shortest one. At a node with the same id on both sides, the answers whose labels
/// both sides have (any case) move both walks; the others are reported as one-sided. Where the
/// walks stand at different nodes (a node added or removed, a branch that now ends sooner), the
/// side whose node the other lacks moves alone (OLD first when both have both), over all its
/// answers. When both stand at an end, the pair of ends is an outcome pair. Two ends of one tree
/// that end alike (the same ``Node/endingWords``) lead on alike, so a pair is visited once per
/// kind of end, not per end node: a tree of a thousand outcomes that say "Rest" pairs like one.
///
/// Two trees with few node ids in common pair nearly every node of one with every node of the
/// other, and every end with every end: the pairs, and the changed outcomes worth listing, grow
/// with |OLD| × |NEW|. So the walk is bounded: it stops after ``maximumStates`` pairs of states,
/// or once ``maximumListed`` outcome changes (or one-sided answers) are found, and says so
/// (``complete`` is false); what it found by then, shortest witnesses first, is kept.
public struct BehaviourDiff: Sendable {
    /// Which tree a step or an answer belongs to.
    public enum Side: String, Sendable {
        /// Both trees (the same node id, the same answer).
        case both
        /// OLD only.
        case old
        /// NEW only.
        case new
    }

    /// One answer on the way to a pair of states: `node=answer`, as `dtree run --answer` takes it.
    public struct Step: Hashable, Sendable, CustomStringConvertible {
        /// The node's id.
        public let node: String
        /// The answer: a question's label, a checklist's first shared item, or `none`.
        public let answer: String
        /// Which tree asks it.
        public let side: Side
        /// `node=answer`, with ` (OLD only)` or ` (NEW only)` when one tree asks it.
        public var description: String {
            "\(node)=\(answer)" + (side == .both ? "" : " (\(side.rawValue.uppercased()) only)")
        }
    }

    /// A pair of ends that differ, and the answers of one patient who reaches it.
    public struct OutcomeChange: Sendable {
        /// The end node's id in OLD.
        public let oldNode: String
        /// The end node's id in NEW.
        public let newNode: String
        /// Where OLD ends, in words (``Node/endingWords``).
        public let old: String
        /// Where NEW ends, in words.
        public let new: String
        /// One shortest sequence of answers that reaches the pair.
        public let witness: [Step]
    }

    /// An answer one tree has at a node both have.
    public struct OneSidedAnswer: Sendable {
        /// The node's id.
        public let node: String
        /// The answer label or checklist item.
        public let answer: String
        /// The tree that has it.
        public let side: Side
        /// The answers that reach the node.
        public let witness: [Step]
    }

    /// Every changed pair of ends, in the order reached (shortest witnesses first).
    public let outcomes: [OutcomeChange]
    /// Every answer only one side has, at nodes the walk in step reaches.
    public let oneSided: [OneSidedAnswer]
    /// At each number node both trees have and the walk in step reaches, the values the two
    /// sides send to different nodes (a moved boundary), in node order reached, then value order.
    public let rangeChanges: [RangeChange]
    /// How many pairs of states were visited.
    public let statesVisited: Int
    /// Whether every reachable pair of states was visited and every change listed; false when
    /// a bound stopped the walk.
    public let complete: Bool

    /// The most pairs of states one comparison visits (about 100 MB of bookkeeping).
    public static let maximumStates = 1_000_000
    /// The most outcome changes, and the most one-sided answers, one comparison lists.
    public static let maximumListed = 1_000

    /// Walks `old` and `new` in step, within the bounds (the defaults are ``maximumStates`` and
    /// ``maximumListed``).
    public init(old: Tree, new: Tree, maximumStates: Int = BehaviourDiff.maximumStates, maximumListed: Int = BehaviourDiff.maximumListed) {
        let width = new.nodes.count
        var parent: [Int: (from: Int, step: Step?)] = [:]
        let start = old.start * width + new.start
        parent[start] = (start, nil)
        // Pairs are told apart by node, except that ends are told apart by what they say.
        let oldKind = Self.endKinds(old), newKind = Self.endKinds(new)
        var seen: Set<Int> = [oldKind[old.start] * width + newKind[new.start]]
        var queue = [start]
        var head = 0
        var outcomes: [OutcomeChange] = []
        var seenOutcomes = Set<[String]>()
        var oneSided: [OneSidedAnswer] = []
        var seenOneSided = Set<[String]>()
        var rangeChanges: [RangeChange] = []
        var seenNumbers = Set<String>()

        func witness(to state: Int) -> [Step] {
            var steps: [Step] = []
            var current = state
            while let entry = parent[current], entry.from != current {
                if let step = entry.step { steps.append(step) }
                current = entry.from
            }
            return steps.reversed()
        }

        var complete = true
        walk: while head < queue.count {
            guard outcomes.count < maximumListed, oneSided.count < maximumListed else {
                complete = false
                break
            }
            let state = queue[head]
            head += 1
            let a = state / width, b = state % width
            let oldNode = old.nodes[a], newNode = new.nodes[b]
            var moves: [(a: Int, b: Int, step: Step?)] = []
            switch (oldNode.isTerminal, newNode.isTerminal) {
            case (true, true):
                // Each changed pair of ends is reported once, so witnesses cost at most the
                // number of distinct changed pairs times the depth.
                let pair = [oldNode.endingWords, newNode.endingWords]
                if pair[0] != pair[1], seenOutcomes.insert(pair).inserted {
                    outcomes.append(
                        OutcomeChange(oldNode: oldNode.id, newNode: newNode.id, old: pair[0], new: pair[1], witness: witness(to: state)))
                }
            case (true, false):
                for edge in newNode.edges.indices {
                    moves.append((a, newNode.edges[edge].target, Self.step(newNode, edge, .new, other: nil)))
                }
            case (false, true):
                for edge in oldNode.edges.indices {
                    moves.append((oldNode.edges[edge].target, b, Self.step(oldNode, edge, .old, other: nil)))
                }
            case (false, false):
                var shared: [(Int, Int)] = []
                if oldNode.id == newNode.id, let oldNumber = oldNode.number, let newNumber = newNode.number {
                    // Ranges are matched by the values they take, not by their text.
                    let pieces = Self.pieces(oldNumber, newNumber)
                    for piece in pieces {
                        let step = Step(node: newNode.id, answer: piece.witness.description, side: .both)
                        moves.append((oldNode.edges[piece.oldEdge].target, newNode.edges[piece.newEdge].target, step))
                    }
                    if seenNumbers.insert(newNode.id).inserted {
                        rangeChanges += Self.rangeChanges(oldNode, newNode, pieces, old: old, new: new)
                    }
                } else if oldNode.id == newNode.id {
                    var oldByLabel: [String: Int] = [:]
                    for (position, edge) in oldNode.edges.enumerated() { oldByLabel[edge.answer.lowercased()] = position }
                    for (position, edge) in newNode.edges.enumerated() {
                        if let match = oldByLabel.removeValue(forKey: edge.answer.lowercased()) { shared.append((match, position)) }
                    }
                }
                if !moves.isEmpty {
                    // A number node both have: its pieces are the moves.
                } else if shared.isEmpty {
                    let oldFirst = new.index(of: oldNode.id) == nil || old.index(of: newNode.id) != nil
                    if oldFirst {
                        for edge in oldNode.edges.indices {
                            moves.append((oldNode.edges[edge].target, b, Self.step(oldNode, edge, .old, other: nil)))
                        }
                    } else {
                        for edge in newNode.edges.indices {
                            moves.append((a, newNode.edges[edge].target, Self.step(newNode, edge, .new, other: nil)))
                        }
                    }
                } else {
                    for (x, y) in shared {
                        moves.append((oldNode.edges[x].target, newNode.edges[y].target, Self.step(newNode, y, .both, other: oldNode)))
                    }
                    // The witness is built only when there is something to report, so the walk
                    // stays linear (a witness is as long as the path to the pair).
                    for (answer, side) in Self.oneSidedAnswers(oldNode, newNode)
                    where seenOneSided.insert([newNode.id, answer, side.rawValue]).inserted {
                        oneSided.append(OneSidedAnswer(node: newNode.id, answer: answer, side: side, witness: witness(to: state)))
                    }
                }
            }
            for move in moves {
                let next = move.a * width + move.b
                if seen.insert(oldKind[move.a] * width + newKind[move.b]).inserted {
                    guard queue.count < maximumStates else {
                        complete = false
                        break walk
                    }
                    parent[next] = (state, move.step)
                    queue.append(next)
                }
            }
        }
        self.outcomes = outcomes
        self.oneSided = oneSided
        self.rangeChanges = rangeChanges
        self.statesVisited = queue.count
        self.complete = complete
    }

    /// For each node of `tree`, the first node that ends as it does when it is an end (the same
    /// ``Node/endingWords``), else the node itself.
    private static func endKinds(_ tree: Tree) -> [Int] {
        var first: [String: Int] = [:]
        return tree.nodes.indices.map { index in
            let node = tree.nodes[index]
            guard node.isTerminal else { return index }
            let words = node.endingWords
            if let earlier = first[words] { return earlier }
            first[words] = index
            return index
        }
    }

    /// Whether no patient ends somewhere else and no answer is on one side only.
    public var isEmpty: Bool { outcomes.isEmpty && oneSided.isEmpty && rangeChanges.isEmpty }

    /// The witness step for taking `edge` out of `node`; `nil` for a refer's `next`, which
    /// nobody answers. A checklist's `any` is answered with its first item (one `other` also
    /// has, when given), so the witness runs as it reads.
    private static func step(_ node: Node, _ edge: Int, _ side: Side, other: Node?) -> Step? {
        switch node.content {
        case .refer, .outcome:
            return nil
        case .question:
            return Step(node: node.id, answer: node.edges[edge].answer, side: side)
        case .number(let number):
            // A value the range takes, so the witness reads as a patient's answer.
            let values = number.ranges[edge].intersection(number.allowed)
            let value = values?.lowWitness(integer: number.integer) ?? values?.highWitness(integer: number.integer)
            return Step(node: node.id, answer: value?.description ?? node.edges[edge].answer, side: side)
        case .checklist(let checklist):
            guard node.edges[edge].answer == Node.anyLabel else { return Step(node: node.id, answer: Node.noneLabel, side: side) }
            let otherItems = Set((other?.items ?? checklist.items).map { $0.lowercased() })
            let item = checklist.items.first { otherItems.contains($0.lowercased()) } ?? checklist.items.first ?? Node.anyLabel
            return Step(node: node.id, answer: item, side: side)
        }
    }

    /// The answers (labels, and a checklist's items) one of two same-id nodes has and the other lacks.
    private static func oneSidedAnswers(_ old: Node, _ new: Node) -> [(String, Side)] {
        var result: [(String, Side)] = []
        let oldLabels = old.kind == .checklist ? old.items : (old.kind == .question ? old.edges.map(\.answer) : [])
        let newLabels = new.kind == .checklist ? new.items : (new.kind == .question ? new.edges.map(\.answer) : [])
        let oldSet = Set(oldLabels.map { $0.lowercased() }), newSet = Set(newLabels.map { $0.lowercased() })
        for label in newLabels where !oldSet.contains(label.lowercased()) { result.append((label, .new)) }
        for label in oldLabels where !newSet.contains(label.lowercased()) { result.append((label, .old)) }
        return result
    }
}
