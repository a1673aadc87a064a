// Execution/: the JSON record of a walk, to explain a run afterwards.

/// The JSON record of a walk: which answers, which path, which referral.
///
/// `{"tree","steps":[{"node","kind","answer"?}],"referrals":[{"node","refer","urgency"?,"advice"?}],`
/// `"outcome":{"node","kind","refer"?,"urgency"?,"text"?,"advice"?}}`.
/// A question's answer is its label; a checklist's is the list of items that apply (`[]` for
/// none), as in scenario files and batch cases; a refer step passed through has no answer.
/// `referrals` lists every referral on the path in order, those passed on the way and the
/// outcome's own (empty when there is none). `urgency` is there only when the tree states it:
/// an unstated urgency is absent, never "routine". An unfinished walk has no `outcome` and says
/// where it stopped: `"stopped":"NODE"`.
public enum Trace {
    /// The trace of `path` through `tree` as one line of JSON, without a trailing newline.
    public static func json(_ path: Path, in tree: Tree) -> String {
        value(path, in: tree).text(.compact)
    }

    /// The trace as a JSON value, keys in the documented order.
    static func value(_ path: Path, in tree: Tree) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("tree", .string(tree.id)),
            ("steps", .array(path.steps.map { step($0, in: tree) })),
            ("referrals", .array(path.nodes.filter { tree.nodes[$0].referral != nil }.map { referral(at: $0, in: tree) })),
        ]
        let end = tree.nodes[path.end]
        if end.isTerminal {
            var outcome: [(String, JSONValue)] = [("node", .string(end.id)), ("kind", .string(end.kind.rawValue))]
            switch end.content {
            case .refer(let referral):
                outcome.append(("refer", .string(referral.specialist)))
                if referral.urgencyStated { outcome.append(("urgency", .string(referral.urgency.rawValue))) }
            case .outcome(let result):
                outcome.append(("text", .string(result.text)))
            case .question, .number, .checklist:
                break
            }
            if let advice = end.advice { outcome.append(("advice", .string(advice))) }
            fields.append(("outcome", .object(outcome)))
        } else {
            fields.append(("stopped", .string(end.id)))
        }
        return .object(fields)
    }

    /// The refer node at `index` as `{"node","refer","urgency"?,"advice"?}`; `urgency` only when stated.
    static func referral(at index: Int, in tree: Tree) -> JSONValue {
        let node = tree.nodes[index]
        guard let referral = node.referral else { return .object([("node", .string(node.id))]) }
        var fields: [(String, JSONValue)] = [("node", .string(node.id)), ("refer", .string(referral.specialist))]
        if referral.urgencyStated { fields.append(("urgency", .string(referral.urgency.rawValue))) }
        if let advice = node.advice { fields.append(("advice", .string(advice))) }
        return .object(fields)
    }

    /// One step as `{"node","kind","answer"?}`, or `{"node","kind","edge"}` for a step found in
    /// the graph rather than answered.
    static func step(_ step: Path.Step, in tree: Tree) -> JSONValue {
        let node = tree.nodes[step.node]
        var fields: [(String, JSONValue)] = [("node", .string(node.id)), ("kind", .string(node.kind.rawValue))]
        let (answer, edge) = step.recorded(in: tree)
        switch answer {
        case .label(let label)?: fields.append(("answer", .string(label)))
        case .items(let items)?: fields.append(("answer", .array(items.map(JSONValue.string))))
        case .number(let value)?:
            // The range it took follows as `edge`.
            fields.append(("answer", value.jsonValue))
        case nil: break
        }
        if let edge { fields.append(("edge", .string(edge))) }
        return .object(fields)
    }
}

extension ExactDecimal {
    /// The number as a JSON number: whole numbers exactly; others as the nearest double, whose
    /// shortest text is the decimal written (at most 15 significant digits are read back alike).
    var jsonValue: JSONValue {
        if isInteger, let whole = Int(description) { return .integer(whole) }
        return .number(Double(description) ?? 0)
    }
}

/// An answer as a record of a path writes it (a trace, a test report): a question's label, or
/// a checklist's items that apply as a list (`[]` for none).
enum RecordedAnswer: Encodable {
    case label(String)
    case items([String])
    /// A number question's value.
    case number(ExactDecimal)

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .label(let label): try container.encode(label)
        case .items(let items): try container.encode(items)
        case .number(let value):
            if value.isInteger, let whole = Int(value.description) {
                try container.encode(whole)
            } else {
                try container.encode(Double(value.description) ?? 0)
            }
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
        case .number(let value)?: return (.number(value), node.edges[edge].answer)
        case nil: return (nil, node.edges[edge].answer)
        }
    }
}
