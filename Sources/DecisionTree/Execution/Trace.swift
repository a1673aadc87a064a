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
        switch step.answer {
        case .choice(let index)?:
            out.field("answer", node.edges[index].label)
        case .items(let chosen)?:
            out.key("answer")
            JSONText.appendList(chosen.map { node.items[$0] }, to: &out.bytes)
        case .next?:
            break
        case nil:
            out.field("edge", node.edges[step.edge].label)
        }
        bytes += out.finish()
    }
}
