// Execution/: the JSON record of a walk, to explain a run afterwards.

/// The JSON record of a walk: which answers, which path, which referral.
///
/// `{"tree","steps":[{"node","kind","answer"?}],"outcome":{"node","kind","refer"?,"urgency"?,"text"?,"advice"?}}`.
/// A question's answer is its label; a checklist's is the list of items that apply (`[]` for
/// none), as in scenario files and batch cases; a refer step passed through has no answer. An
/// unfinished walk has no `outcome` and says where it stopped: `"stopped":"NODE"`.
public enum Trace {
    /// The trace of `path` through `tree` as one line of JSON, without a trailing newline.
    public static func json(_ path: Path, in tree: Tree) -> String {
        var out = JSONObjectWriter()
        out.field("tree", tree.id)
        out.key("steps")
        out.bytes.append(UInt8(ascii: "["))
        for (position, step) in path.steps.enumerated() {
            if position > 0 { out.bytes.append(UInt8(ascii: ",")) }
            appendStep(step, in: tree, to: &out.bytes)
        }
        out.bytes.append(UInt8(ascii: "]"))
        let end = tree.nodes[path.end]
        if end.isTerminal {
            out.key("outcome")
            var outcome = JSONObjectWriter()
            outcome.field("node", end.id)
            outcome.field("kind", end.kind.rawValue)
            switch end.content {
            case .refer(let referral):
                outcome.field("refer", referral.specialist)
                outcome.field("urgency", referral.urgency.rawValue)
            case .outcome(let result):
                outcome.field("text", result.text)
            case .question, .checklist:
                break
            }
            if let advice = end.advice { outcome.field("advice", advice) }
            out.bytes += outcome.finish()
        } else {
            out.field("stopped", end.id)
        }
        return String(decoding: out.finish(), as: UTF8.self)
    }

    /// One step as `{"node","kind","answer"?}`, or `{"node","kind","edge"}` for a step found in
    /// the graph rather than answered.
    static func appendStep(_ step: Path.Step, in tree: Tree, to bytes: inout [UInt8]) {
        let node = tree.nodes[step.node]
        var out = JSONObjectWriter()
        out.field("node", node.id)
        out.field("kind", node.kind.rawValue)
        let (answer, edge) = step.recorded(in: tree)
        switch answer {
        case .label(let label)?:
            out.field("answer", label)
        case .items(let items)?:
            out.key("answer")
            JSONText.appendList(items, to: &out.bytes)
        case nil:
            break
        }
        if let edge { out.field("edge", edge) }
        bytes += out.finish()
    }
}

/// An answer as a record of a path writes it (a trace, a test report): a question's label, or
/// a checklist's items that apply as a list (`[]` for none).
enum RecordedAnswer: Encodable {
    case label(String)
    case items([String])

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .label(let label): try container.encode(label)
        case .items(let items): try container.encode(items)
        }
    }
}

extension Path.Step {
    /// The step as records write it: its answer (none for a refer step passed on the way), or,
    /// for a step found in the graph rather than answered, the label of the edge it takes.
    func recorded(in tree: Tree) -> (answer: RecordedAnswer?, edge: String?) {
        let node = tree.nodes[self.node]
        switch answer {
        case .choice(let index)?: return (.label(node.edges[index].answer), nil)
        case .items(let chosen)?: return (.items(chosen.map { node.items[$0] }), nil)
        case .next?: return (nil, nil)
        case nil: return (nil, node.edges[edge].answer)
        }
    }
}
