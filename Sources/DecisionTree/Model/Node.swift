/// The four kinds of node a tree is made of.
public enum NodeKind: String, CaseIterable, Sendable, Codable {
    /// A question with two or more labelled answers.
    case question
    /// A list of items; one edge is taken when any applies, another when none does.
    case checklist
    /// A referral to a specialist. Terminal unless it has a `next` edge.
    case refer
    /// A terminal result that is not a referral.
    case outcome
}

/// One edge out of a node: the answer label and the node it leads to.
public struct Edge: Hashable, Sendable {
    /// The answer label as the author wrote it (`yes`, `any`, `none`, `next`, …).
    public var label: String
    /// The index of the target node in ``Tree/nodes``.
    public var target: Int
    /// Where the target is named in the source file, if the tree was loaded from one.
    public var location: SourceLocation?

    /// Creates an edge.
    public init(label: String, target: Int, location: SourceLocation? = nil) {
        self.label = label
        self.target = target
        self.location = location
    }
}

/// A node of a decision tree.
///
/// Edges are uniform across kinds, so graph algorithms need not know the kind:
/// - a question's edges are its answers, in file order;
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

    /// The node's id, unique in its tree.
    public var id: String
    /// What kind of node this is.
    public var kind: NodeKind
    /// The question, the checklist's prompt, the outcome's text, or for a refer step the specialist.
    public var text: String
    /// A checklist's items, in file order; empty for other kinds.
    public var items: [String]
    /// The specialist a refer step sends the patient to.
    public var specialist: String?
    /// A refer step's urgency (``Urgency/routine`` when the file says none); `nil` for other kinds.
    public var urgency: Urgency?
    /// Advice shown with a refer step or an outcome.
    public var advice: String?
    /// Extra explanation shown on request while stepping through.
    public var help: String?
    /// The passage of the source document this node rests on.
    public var cite: String?
    /// The edges out of this node; see the type's discussion for their meaning per kind.
    public var edges: [Edge]
    /// Where the node's id stands in the source file, if loaded from one.
    public var location: SourceLocation?

    /// Creates a node. Prefer loading trees with ``TreeLoader``, which validates them.
    public init(
        id: String, kind: NodeKind, text: String, items: [String] = [], specialist: String? = nil,
        urgency: Urgency? = nil, advice: String? = nil, help: String? = nil, cite: String? = nil,
        edges: [Edge] = [], location: SourceLocation? = nil
    ) {
        self.id = id
        self.kind = kind
        self.text = text
        self.items = items
        self.specialist = specialist
        self.urgency = urgency
        self.advice = advice
        self.help = help
        self.cite = cite
        self.edges = edges
        self.location = location
    }

    /// Whether a walk ends here: an outcome, or a refer step without `next`.
    public var isTerminal: Bool { edges.isEmpty }
}
