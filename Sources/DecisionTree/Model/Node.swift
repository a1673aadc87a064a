// Model/: the checked, immutable shape of a tree (nodes, edges, referrals, urgency) and the
// words it is shown with. It imports nothing of the library's other folders.

/// The five kinds of node a tree is made of.
public enum NodeKind: String, CaseIterable, Sendable, Codable {
    /// A question with two or more labelled answers.
    case question
    /// A question answered with a number; each of its ranges is an answer.
    case number
    /// A list of items; one edge is taken when any applies, another when none does.
    case checklist
    /// A referral to a specialist. Terminal unless it has a `next` edge.
    case refer
    /// A terminal result that is not a referral.
    case outcome

    /// "a question", "a checklist", "a refer", "an outcome": for messages.
    public var withArticle: String { self == .outcome ? "an outcome" : "a \(rawValue)" }
}

/// One edge out of a node: the answer's id, the label shown for it when the tree gives one,
/// and the node it leads to.
///
/// The id is what names the answer everywhere it is identified (scenario files, `--answer`,
/// batches, traces, FHIR codes, the content hash); what a person reads is
/// ``Node/readableLabel(ofEdge:)``, which shows ``label`` when given and the id otherwise.
public struct Edge: Hashable, Sendable {
    /// The answer's id as the author wrote it (`yes`, `any`, `none`, `next`, …).
    public var answer: String
    /// The label the tree gives to show for the answer (`{to: NODE, label: TEXT}`), or `nil`
    /// when the id is shown as written.
    public var label: String?
    /// The index of the target node in ``Tree/nodes``.
    public var target: Int
    /// Where the target is named in the source file, if the tree was loaded from one.
    public var location: SourceLocation?

    /// Creates an edge.
    public init(answer: String, label: String? = nil, target: Int, location: SourceLocation? = nil) {
        self.answer = answer
        self.label = label
        self.target = target
        self.location = location
    }
}

/// A referral: the specialist a refer node sends the patient to, how soon, and advice.
public struct Referral: Hashable, Sendable {
    /// The specialist, as the tree names it.
    public var specialist: String
    /// How soon (``Urgency/routine`` when the file states none, for the logic).
    public var urgency: Urgency
    /// Advice shown with the referral.
    public var advice: String?
    /// Whether the tree states the urgency. When it does not, ``urgency`` is routine for the
    /// logic (the batch and trace formats), but no front end shows it, and a scenario expectation
    /// matches it only with `urgency: none`.
    public var urgencyStated: Bool

    /// Creates a referral.
    public init(specialist: String, urgency: Urgency = .routine, advice: String? = nil, urgencyStated: Bool = true) {
        self.specialist = specialist
        self.urgency = urgency
        self.advice = advice
        self.urgencyStated = urgencyStated
    }
}

/// A node of a decision tree.
///
/// What a node says depends on its kind, and ``content`` carries exactly that, so no caller
/// needs a fallback. Edges are uniform across kinds, so graph algorithms need not know the kind:
/// - a question's edges are its answers, in file order;
/// - a number question's edges are its ranges, in file order, each with its text as its id;
/// - a checklist has exactly two edges, labelled ``Node/anyLabel`` and ``Node/noneLabel``, in that order;
/// - a refer step has one edge labelled ``Node/nextLabel``, or none when it ends the pathway;
/// - an outcome has no edges.
public struct Node: Sendable {
    /// The label of a checklist's edge taken when at least one item applies.
    public static let anyLabel = "any"
    /// The label of a checklist's edge taken when no item applies.
    public static let noneLabel = "none"
    /// The label of a refer step's continuation.
    public static let nextLabel = "next"

    /// A question's text; its answers are the node's edges.
    public struct Question: Hashable, Sendable {
        /// The question asked.
        public var text: String
        /// Creates a question.
        public init(text: String) { self.text = text }
    }

    /// A checklist's prompt and items; its edges are `any` then `none`.
    public struct Checklist: Hashable, Sendable {
        /// The prompt above the items.
        public var text: String
        /// The items, in file order.
        public var items: [String]
        /// Creates a checklist.
        public init(text: String, items: [String]) {
            self.text = text
            self.items = items
        }
    }

    /// A question answered with a number: the values allowed, and the ranges that route them.
    /// Its edges are its ranges, in file order, each identified by its text as written.
    public struct NumberQuestion: Hashable, Sendable {
        /// The question asked.
        public let text: String
        /// The unit shown with the value and the ranges (`years`), if any.
        public let unit: String?
        /// The smallest value allowed, inclusive; `nil` for none.
        public let minimum: ExactDecimal?
        /// The largest value allowed, inclusive; `nil` for none.
        public let maximum: ExactDecimal?
        /// Whether only whole numbers are allowed.
        public let integer: Bool
        /// The interval of each range, in edge order.
        public let ranges: [NumberInterval]
        /// The bounds and ranges in one object, so the transition carries one reference.
        public let table: RangeTable

        /// Creates a number question.
        public init(
            text: String, unit: String? = nil, minimum: ExactDecimal? = nil, maximum: ExactDecimal? = nil, integer: Bool = false,
            ranges: [NumberInterval]
        ) {
            self.text = text
            self.unit = unit
            self.minimum = minimum
            self.maximum = maximum
            self.integer = integer
            self.ranges = ranges
            table = RangeTable(minimum: minimum, maximum: maximum, integer: integer, ranges: ranges, unit: unit)
        }

        public static func == (left: NumberQuestion, right: NumberQuestion) -> Bool {
            left.text == right.text && left.unit == right.unit && left.table == right.table
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(text)
            hasher.combine(unit)
            hasher.combine(table)
        }

        /// The values allowed: from ``minimum`` to ``maximum``, both included.
        public var allowed: NumberInterval {
            NumberInterval(lower: minimum, lowerIncluded: true, upper: maximum, upperIncluded: true)
        }

        /// The values allowed, in words: `a whole number from 0 to 120 years`, `a number`.
        public var valuesDescription: String {
            let kind = integer ? "a whole number" : "a number"
            let suffix = unit.map { " (\($0))" } ?? ""
            switch (minimum, maximum) {
            case let (low?, high?): return "\(kind) from \(low) to \(high)\(suffix)"
            case let (low?, nil): return "\(kind) of at least \(low)\(suffix)"
            case let (nil, high?): return "\(kind) of at most \(high)\(suffix)"
            case (nil, nil): return "\(kind)\(suffix)"
            }
        }

        /// Whether `value` is allowed: within the bounds, and whole when ``integer``.
        public func allows(_ value: ExactDecimal) -> Bool { table.allows(value) }

        /// The index of the range an allowed `value` falls in (the first, were ranges to
        /// overlap, which validation forbids); `nil` when the value is not allowed or in no range.
        public func range(for value: ExactDecimal) -> Int? { table.range(for: value) }
    }

    /// A terminal result that is not a referral.
    public struct Outcome: Hashable, Sendable {
        /// What the result is.
        public var text: String
        /// Advice shown with it.
        public var advice: String?
        /// Whether the tree declares this outcome reassuring (`reassures: true`): only such
        /// outcomes are drawn in the reassurance style.
        public var reassures: Bool
        /// Creates an outcome.
        public init(text: String, advice: String? = nil, reassures: Bool = false) {
            self.text = text
            self.advice = advice
            self.reassures = reassures
        }
    }

    /// What a node says, by kind.
    public enum Content: Hashable, Sendable {
        /// A question; its answers are the edges.
        case question(Question)
        /// A number question; its ranges are the edges. Boxed: its bounds and range table
        /// are some 130 bytes, which every node of a large tree of questions would carry.
        indirect case number(NumberQuestion)
        /// A checklist; its edges are `any` then `none`.
        case checklist(Checklist)
        /// A referral; a `next` edge continues the pathway.
        case refer(Referral)
        /// A terminal outcome.
        case outcome(Outcome)
    }

    /// The node's id, unique in its tree.
    public var id: String
    /// What the node says.
    public var content: Content
    /// The edges out of this node; see the type's discussion for their meaning per kind.
    public var edges: [Edge]
    /// Where the node's id stands in the source file, if loaded from one.
    public var location: SourceLocation?
    /// ``help``, ``cite``, ``inference`` and ``evidence``, which many nodes lack, out of line
    /// (none kept when all four are empty): a large tree holds a pointer per node for them
    /// rather than some 50 bytes.
    private var notes = OutOfLine<Notes>()

    /// Extra explanation shown on request while stepping through.
    public var help: String? {
        get { notes.get(\.help) }
        set { notes.set(\.help, to: newValue) }
    }
    /// The passage of the source document this node rests on.
    public var cite: String? {
        get { notes.get(\.cite) }
        set { notes.set(\.cite, to: newValue) }
    }
    /// What the node says that is the tree's own inference, not the source's words.
    public var inference: String? {
        get { notes.get(\.inference) }
        set { notes.set(\.inference, to: newValue) }
    }
    /// The evidence the node's recommendation states (GRADE), when the tree states any.
    public var evidence: Evidence? {
        get { notes.get(\.evidence) }
        set { notes.set(\.evidence, to: newValue) }
    }

    /// Creates a node. Prefer loading trees with ``TreeLoader``, which validates them.
    public init(
        id: String, content: Content, help: String? = nil, cite: String? = nil,
        edges: [Edge] = [], location: SourceLocation? = nil, inference: String? = nil, evidence: Evidence? = nil
    ) {
        self.id = id
        self.content = content
        self.edges = edges
        self.location = location
        notes.fields = Notes(help: help, cite: cite, inference: inference, evidence: evidence)
    }

    /// A node's occasional notes.
    private struct Notes: OutOfLineFields, Sendable {
        var help: String?
        var cite: String?
        var inference: String?
        var evidence: Evidence?

        var isEmpty: Bool { help == nil && cite == nil && inference == nil && evidence == nil }
    }

    /// What kind of node this is.
    public var kind: NodeKind {
        switch content {
        case .question: .question
        case .number: .number
        case .checklist: .checklist
        case .refer: .refer
        case .outcome: .outcome
        }
    }

    /// The text a person answers: a question's or a checklist's; `nil` for other kinds.
    public var prompt: String? {
        switch content {
        case .question(let question): question.text
        case .number(let number): number.text
        case .checklist(let checklist): checklist.text
        case .refer, .outcome: nil
        }
    }

    /// A checklist's items; empty for other kinds.
    public var items: [String] {
        if case .checklist(let checklist) = content { return checklist.items }
        return []
    }

    /// The referral of a refer node; `nil` for other kinds.
    public var referral: Referral? {
        if case .refer(let referral) = content { return referral }
        return nil
    }

    /// A number question's values and ranges; `nil` for other kinds.
    public var number: NumberQuestion? {
        if case .number(let number) = content { return number }
        return nil
    }

    /// The advice of a referral or an outcome.
    public var advice: String? {
        switch content {
        case .refer(let referral): referral.advice
        case .outcome(let outcome): outcome.advice
        case .question, .number, .checklist: nil
        }
    }

    /// Whether the node is an outcome the tree declares reassuring (`reassures: true`).
    public var reassures: Bool {
        if case .outcome(let outcome) = content { return outcome.reassures }
        return false
    }

    /// Whether a walk ends here: an outcome, or a refer step without `next`.
    public var isTerminal: Bool { edges.isEmpty }
}
