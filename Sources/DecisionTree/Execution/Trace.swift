/// The record of a walk, to explain a run afterwards: which answers, which path, which referral.
///
/// Its JSON form (``json``) is
/// `{"tree","steps":[{"node","kind","answer"?}],"outcome":{"node","kind","refer"?,"urgency"?,"text"?,"advice"?}}`.
/// A question's answer is its label; a checklist's is the list of items that apply (`[]` for
/// none); a refer step passed through has no answer. An unfinished walk has no `outcome` and
/// says where it stopped: `"stopped":"NODE"`.
public struct Trace: Hashable, Sendable {
    /// An answer as the trace shows it.
    public enum AnswerValue: Hashable, Sendable {
        /// A question's answer label.
        case label(String)
        /// A checklist's items that apply; empty for none.
        case items([String])
    }

    /// One node passed, with the answer that left it.
    public struct Step: Hashable, Sendable {
        /// The node's id.
        public let node: String
        /// The node's kind.
        public let kind: NodeKind
        /// The answer given; `nil` for a refer step passed through.
        public let answer: AnswerValue?

        /// Creates a step.
        public init(node: String, kind: NodeKind, answer: AnswerValue?) {
            self.node = node
            self.kind = kind
            self.answer = answer
        }
    }

    /// The terminal node reached.
    public struct Outcome: Hashable, Sendable {
        /// The node's id.
        public let node: String
        /// ``NodeKind/refer`` or ``NodeKind/outcome``.
        public let kind: NodeKind
        /// The specialist, for a refer step.
        public let refer: String?
        /// The urgency, for a refer step.
        public let urgency: Urgency?
        /// The outcome's text, for an outcome.
        public let text: String?
        /// The advice, if the node has any.
        public let advice: String?

        /// The outcome that `node` stands for.
        public init(node: Node) {
            self.node = node.id
            self.kind = node.kind
            let isRefer = node.kind == .refer
            self.refer = isRefer ? (node.specialist ?? node.text) : nil
            self.urgency = isRefer ? (node.urgency ?? .routine) : nil
            self.text = isRefer ? nil : node.text
            self.advice = node.advice
        }
    }

    /// The tree's id.
    public let tree: String
    /// Every step, including refer steps passed through, in order.
    public let steps: [Step]
    /// The terminal node reached, once the walk is finished.
    public let outcome: Outcome?
    /// The node the walk stands at when it is not finished.
    public let stopped: String?

    /// The trace of `walk` as it stands.
    public init(walk: Walk) {
        let tree = walk.tree
        self.tree = tree.id
        self.steps = walk.steps.map { step in
            let node = tree.nodes[step.node]
            let answer: AnswerValue? = switch step.answer {
            case .choice(let index): .label(node.edges[index].label)
            case .items(let chosen): .items(chosen.map { node.items[$0] })
            case .next: nil
            }
            return Step(node: node.id, kind: node.kind, answer: answer)
        }
        self.outcome = walk.outcome.map(Outcome.init(node:))
        self.stopped = walk.isFinished ? nil : walk.node.id
    }

    /// The trace as one line of JSON, without a trailing newline, keys in the documented order.
    public var json: String {
        var out: [UInt8] = []
        func key(_ name: String, first: Bool = false) {
            if !first { out.append(UInt8(ascii: ",")) }
            JSONText.appendQuoted(name, to: &out)
            out.append(UInt8(ascii: ":"))
        }
        out.append(UInt8(ascii: "{"))
        key("tree", first: true)
        JSONText.appendQuoted(tree, to: &out)
        key("steps")
        out.append(UInt8(ascii: "["))
        for (position, step) in steps.enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "{"))
            key("node", first: true)
            JSONText.appendQuoted(step.node, to: &out)
            key("kind")
            JSONText.appendQuoted(step.kind.rawValue, to: &out)
            switch step.answer {
            case .label(let label)?:
                key("answer")
                JSONText.appendQuoted(label, to: &out)
            case .items(let items)?:
                key("answer")
                out.append(UInt8(ascii: "["))
                for (index, item) in items.enumerated() {
                    if index > 0 { out.append(UInt8(ascii: ",")) }
                    JSONText.appendQuoted(item, to: &out)
                }
                out.append(UInt8(ascii: "]"))
            case nil:
                break
            }
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        if let outcome {
            key("outcome")
            out.append(UInt8(ascii: "{"))
            key("node", first: true)
            JSONText.appendQuoted(outcome.node, to: &out)
            key("kind")
            JSONText.appendQuoted(outcome.kind.rawValue, to: &out)
            let optional: [(String, String?)] = [
                ("refer", outcome.refer), ("urgency", outcome.urgency?.rawValue),
                ("text", outcome.text), ("advice", outcome.advice),
            ]
            for case let (name, value?) in optional {
                key(name)
                JSONText.appendQuoted(value, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
        if let stopped {
            key("stopped")
            JSONText.appendQuoted(stopped, to: &out)
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }
}
