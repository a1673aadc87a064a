// Model/: the one transition rule of a tree: which edge an answer takes out of a node.

/// A parsed answer to one node.
public enum Answer: Hashable, Sendable {
    /// A question's answer: the index of the chosen edge in ``Node/edges``.
    case choice(Int)
    /// A checklist's answer: the indices of the items that apply, ascending; empty means none.
    case items([Int])
    /// Going on past a refer step that has a `next` edge.
    case next
    /// A number question's answer: the value given, which picks the range it falls in.
    case number(ExactDecimal)
}

/// How a node turns an answer into an edge: the tree's transition rule, in a form small
/// enough to tabulate (see `Evaluator`).
public enum Transition: Hashable, Sendable {
    /// A question with this many answers: `.choice(i)` takes edge `i`.
    case choose(answers: Int)
    /// A number question: `.number(v)` takes the range `v` falls in, when `v` is allowed;
    /// `.choice(i)` names range `i` itself.
    case ranges(RangeTable)
    /// A checklist with this many items: items take edge 0 (`any`), none takes edge 1 (`none`).
    case check(items: Int)
    /// A refer step with `next`: `.next` takes edge 0.
    case pass
    /// A terminal node: no answer fits.
    case end

    /// The index of the edge `answer` takes, or `nil` when the answer does not fit.
    @inline(__always)
    public func edge(for answer: Answer) -> Int? {
        switch (self, answer) {
        case (.choose(let count), .choice(let index)):
            return index >= 0 && index < count ? index : nil
        case (.check(let count), .items(let chosen)):
            for item in chosen where item < 0 || item >= count { return nil }
            return chosen.isEmpty ? 1 : 0
        case (.pass, .next):
            return 0
        case (.ranges(let number), .number(let value)):
            return number.range(for: value)
        case (.ranges(let number), .choice(let index)):
            return index >= 0 && index < number.ranges.count ? index : nil
        default:
            return nil
        }
    }
}

extension Node {
    /// This node's transition rule.
    public var transition: Transition {
        if edges.isEmpty { return .end }
        switch content {
        case .question: return .choose(answers: edges.count)
        case .number(let number): return .ranges(number.table)
        case .checklist(let checklist): return .check(items: checklist.items.count)
        case .refer: return .pass
        case .outcome: return .end
        }
    }

    /// The index of the edge `answer` takes out of this node, or `nil` when it does not fit.
    public func edge(for answer: Answer) -> Int? { transition.edge(for: answer) }
}
