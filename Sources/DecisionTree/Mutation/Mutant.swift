// Mutation/: one mutant: its operator, the edit it makes to the model, where in the file the
// edited node or edge is written, and the edit applied to a tree.

/// The kinds of single edit a mutant makes, in the order mutants are generated.
public enum MutationOperator: String, CaseIterable, Sendable, Codable, Comparable {
    /// An edge leads to another node (any node but its own target that keeps the graph acyclic).
    case retarget
    /// Two answers of a question swap targets.
    case swapAnswers = "swap-answers"
    /// A question loses one answer (only a question with three or more: a question needs two).
    case dropAnswer = "drop-answer"
    /// A checklist loses one item (only a checklist with two or more: a checklist needs one).
    case dropItem = "drop-item"
    /// A checklist's `any` and `none` swap targets.
    case swapAnyNone = "swap-any-none"
    /// A referral's urgency becomes each other level and unstated (or, when unstated, each level).
    case urgency
    /// A referral's or outcome's advice is dropped or reworded: only a wording check can notice,
    /// so these mutants are their own class and do not count in the score.
    case advice
    /// A refer step with `next` is cut out of its chain: whatever led to it leads to its `next`.
    case dropReferStep = "drop-refer-step"
    /// A number question's boundary between two neighbouring ranges moves by the smallest step,
    /// down or up: both ranges' ends move with it, so the ranges still partition the values.
    case boundary

    /// Whether the operator changes only wording (no case or invariant can tell).
    public var isWording: Bool { self == .advice }

    public static func < (lhs: MutationOperator, rhs: MutationOperator) -> Bool {
        // Every case is in allCases; the fallback only spares a force-unwrap.
        (allCases.firstIndex(of: lhs) ?? allCases.endIndex) < (allCases.firstIndex(of: rhs) ?? allCases.endIndex)
    }
}

/// One mutant of a tree: a single edit of the model.
public struct Mutant: Sendable {
    /// The edit, as data: indices into the original tree.
    public enum Edit: Hashable, Sendable {
        /// Edge `edge` now leads to node `to`.
        case retarget(EdgeRef, to: Int)
        /// Edges `first` and `second` of `node` swap targets.
        case swapAnswers(node: Int, first: Int, second: Int)
        /// Edge `edge` of question `node` is removed.
        case dropAnswer(node: Int, edge: Int)
        /// Item `item` of checklist `node` is removed.
        case dropItem(node: Int, item: Int)
        /// Checklist `node`'s `any` and `none` swap targets.
        case swapAnyNone(node: Int)
        /// Refer node `node`'s urgency becomes `urgency`, or unstated when `nil`.
        case urgency(node: Int, to: Urgency?)
        /// Node `node`'s advice is dropped (`nil`) or reworded to `to`.
        case advice(node: Int, to: String?)
        /// Refer step `node` is removed from its chain: edges to it (and the start) go to its `next`.
        case dropReferStep(node: Int)
        /// Number question `node`'s range `below` ends, and its range `above` starts, `shift` later
        /// (earlier when negative).
        case boundary(node: Int, below: Int, above: Int, shift: ExactDecimal)
    }

    /// The mutant's position in the generated order (stable for a given tree).
    public let number: Int
    /// The edit.
    public let edit: Edit
    /// The edit's operator.
    public var `operator`: MutationOperator {
        switch edit {
        case .retarget: .retarget
        case .swapAnswers: .swapAnswers
        case .dropAnswer: .dropAnswer
        case .dropItem: .dropItem
        case .swapAnyNone: .swapAnyNone
        case .urgency: .urgency
        case .advice: .advice
        case .dropReferStep: .dropReferStep
        case .boundary: .boundary
        }
    }

    /// The node the edit changes.
    public var node: Int {
        switch edit {
        case .retarget(let edge, _): edge.node
        case .swapAnswers(let node, _, _), .dropAnswer(let node, _), .dropItem(let node, _), .swapAnyNone(let node),
            .urgency(let node, _), .advice(let node, _), .dropReferStep(let node),
            .boundary(let node, _, _, _):
            node
        }
    }

    /// Where the edited edge (its target) or node (its id) is written in the tree's file.
    public func location(in tree: Tree) -> SourceLocation? {
        let node = tree.nodes[node]
        switch edit {
        case .retarget(let edge, _): return node.edges[edge.edge].location ?? node.location
        case .swapAnswers(_, let first, _): return node.edges[first].location ?? node.location
        case .dropAnswer(_, let edge): return node.edges[edge].location ?? node.location
        case .boundary(_, let below, _, _): return node.edges[below].location ?? node.location
        default: return node.location
        }
    }

    /// The edit in words, naming nodes and answers by id (`injury=yes -> once (was trauma)`).
    public func description(in tree: Tree, words: Phrasebook.MutationWords = Phrasebook.mutationWords) -> String {
        let nodes = tree.nodes
        let id = nodes[node].id
        switch edit {
        case .retarget(let edge, let target):
            let old = nodes[edge.node].edges[edge.edge]
            return words.retarget("\(id)=\(old.answer)", nodes[target].id, nodes[old.target].id)
        case .swapAnswers(_, let first, let second):
            return words.swapAnswers(id, nodes[node].edges[first].answer, nodes[node].edges[second].answer)
        case .dropAnswer(_, let edge):
            return words.dropAnswer("\(id)=\(nodes[node].edges[edge].answer)")
        case .dropItem(_, let item):
            return words.dropItem(id, nodes[node].items[item])
        case .swapAnyNone:
            return words.swapAnyNone(id)
        case .urgency(_, let urgency):
            let referral = nodes[node].referral
            let old = referral.map { $0.urgencyStated ? $0.urgency.rawValue : nil } ?? nil
            return words.urgency(id, urgency?.rawValue, old)
        case .advice(_, let advice):
            return advice == nil ? words.dropAdvice(id) : words.rewordAdvice(id)
        case .dropReferStep:
            return words.dropReferStep(id, nodes[node].edges.first.map { nodes[$0.target].id } ?? "")
        case .boundary(_, let below, let above, let shift):
            guard let number = nodes[node].number else { return id }
            let moved = number.movingBoundary(below: below, above: above, by: shift)
            let edges = nodes[node].edges
            return words.boundary(
                id, edges[below].answer, edges[above].answer, Node.NumberQuestion.writtenForm(of: moved.ranges[below]),
                Node.NumberQuestion.writtenForm(of: moved.ranges[above]))
        }
    }

    /// The mutated tree: the same nodes at the same indices, one edit made. A refer step cut out
    /// of its chain stays in the node list, unreachable (as a file would have it until the
    /// author deleted it).
    public func apply(to tree: Tree) -> Tree {
        var nodes = tree.nodes
        var start = tree.start
        switch edit {
        case .retarget(let edge, let target):
            nodes[edge.node].edges[edge.edge].target = target
        case .swapAnswers(let node, let first, let second):
            let target = nodes[node].edges[first].target
            nodes[node].edges[first].target = nodes[node].edges[second].target
            nodes[node].edges[second].target = target
        case .swapAnyNone(let node):
            let target = nodes[node].edges[0].target
            nodes[node].edges[0].target = nodes[node].edges[1].target
            nodes[node].edges[1].target = target
        case .dropAnswer(let node, let edge):
            nodes[node].edges.remove(at: edge)
        case .dropItem(let node, let item):
            if case .checklist(var checklist) = nodes[node].content {
                checklist.items.remove(at: item)
                nodes[node].content = .checklist(checklist)
            }
        case .urgency(let node, let urgency):
            if case .refer(var referral) = nodes[node].content {
                referral.urgency = urgency ?? .routine
                referral.urgencyStated = urgency != nil
                nodes[node].content = .refer(referral)
            }
        case .advice(let node, let advice):
            switch nodes[node].content {
            case .refer(var referral):
                referral.advice = advice
                nodes[node].content = .refer(referral)
            case .outcome(var outcome):
                outcome.advice = advice
                nodes[node].content = .outcome(outcome)
            case .question, .number, .checklist:
                break
            }
        case .dropReferStep(let node):
            let next = nodes[node].edges[0].target
            for index in nodes.indices where index != node {
                for position in nodes[index].edges.indices where nodes[index].edges[position].target == node {
                    nodes[index].edges[position].target = next
                }
            }
            if start == node { start = next }
        case .boundary(let node, let below, let above, let shift):
            if let number = nodes[node].number {
                nodes[node].content = .number(number.movingBoundary(below: below, above: above, by: shift))
            }
        }
        return Tree(
            id: tree.id, title: tree.title, version: tree.version, source: tree.source, disclaimer: tree.disclaimer,
            specialists: tree.specialists, start: start, nodes: nodes, path: tree.path,
            specialistNames: tree.specialistNames, urgencyWords: tree.urgencyWords, review: tree.review)
    }

    /// A case's answers carried over to the mutant: a dropped answer or item shifts the later
    /// ones down; `nil` when the case answers with the very answer or item the mutant dropped
    /// (its scenario file would no longer load: the case fails).
    func carry(_ answers: Answers, into mutant: Tree) -> Answers? {
        switch edit {
        case .dropAnswer(let node, let edge):
            guard case .choice(let chosen)? = answers[node] else { return answers }
            if chosen == edge { return nil }
            return replacing(answers, node: node, with: .choice(chosen > edge ? chosen - 1 : chosen), in: mutant)
        case .dropItem(let node, let item):
            guard case .items(let chosen)? = answers[node] else { return answers }
            if chosen.contains(item) { return nil }
            return replacing(answers, node: node, with: .items(chosen.map { $0 > item ? $0 - 1 : $0 }), in: mutant)
        default:
            return answers
        }
    }

    /// A waypoint carried over to the mutant; `nil` when it names the dropped answer.
    func carry(_ waypoint: Waypoint) -> Waypoint? {
        guard case .dropAnswer(let node, let dropped) = edit, case .edge(let edge) = waypoint, edge.node == node else {
            return waypoint
        }
        if edge.edge == dropped { return nil }
        return .edge(EdgeRef(node: node, edge: edge.edge > dropped ? edge.edge - 1 : edge.edge))
    }

    private func replacing(_ answers: Answers, node: Int, with answer: Answer, in tree: Tree) -> Answers? {
        var carried = Answers(tree: tree)
        for index in answers.answeredNodes {
            guard let given = index == node ? answer : answers[index] else { continue }
            do { try carried.set(given, forNode: index, in: tree) } catch { return nil }
        }
        return carried
    }
}
