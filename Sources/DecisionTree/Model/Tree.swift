// Model/: a validated tree.

/// A validated decision tree: an acyclic graph of nodes with one start.
///
/// Every edge target is a valid index into ``nodes`` and the graph has no cycle,
/// so code that walks a `Tree` needs no checks of its own. Node order is the
/// order of the file and is kept everywhere: display, run, render and export.
public struct Tree: Sendable {
    /// The tree's id: lowercase letters, digits and `-`.
    public let id: String
    /// A human title.
    public let title: String
    /// The author's version string, as written.
    public let version: String?
    /// The document the logic comes from, which every `cite:` quotes.
    public let source: SourceDocument?
    /// The disclaimer to show wherever a user meets the tree.
    public let disclaimer: String?
    /// The declared specialist vocabulary, if the file declares one.
    public let specialists: [String]?
    /// Display names of specialists by id, when `specialists:` maps ids to names.
    public let specialistNames: [String: String]
    /// The tree's own words for urgencies (`urgencies:`), shown instead of the bare word.
    public let urgencyWords: [Urgency: String]
    /// The index of the start node in ``nodes``.
    public let start: Int
    /// All nodes, in file order.
    public let nodes: [Node]
    /// The file the tree was loaded from, if any.
    public let path: String?
    /// The sign-offs of the `review:` list, in file order (the last is the latest). Not part of
    /// the model: the content hash leaves them out.
    public let review: [SignOff]

    /// The name and version of the normalized JSON model (`"format"` in an export).
    public static let modelFormat = "dtree-model/1"

    private let indexByID: [String: Int]

    /// Creates a tree from nodes whose edges already hold valid indices.
    ///
    /// This initializer trusts its input; ``TreeLoader`` is the checked way in.
    public init(
        id: String, title: String, version: String? = nil, source: SourceDocument? = nil,
        disclaimer: String? = nil, specialists: [String]? = nil, start: Int, nodes: [Node],
        path: String? = nil, specialistNames: [String: String] = [:], urgencyWords: [Urgency: String] = [:],
        review: [SignOff] = []
    ) {
        var index = [String: Int](minimumCapacity: nodes.count)
        for (position, node) in nodes.enumerated() where index[node.id] == nil {
            index[node.id] = position
        }
        self.init(
            id: id, title: title, version: version, source: source, disclaimer: disclaimer,
            specialists: specialists, start: start, nodes: nodes, path: path,
            specialistNames: specialistNames, urgencyWords: urgencyWords, review: review, indexByID: index)
    }

    /// Creates a tree whose node index the caller already built: each id to its first node's
    /// position (the loader has one from resolving targets, so a large tree is not hashed twice).
    init(
        id: String, title: String, version: String?, source: SourceDocument?,
        disclaimer: String?, specialists: [String]?, start: Int, nodes: [Node],
        path: String?, specialistNames: [String: String], urgencyWords: [Urgency: String],
        review: [SignOff], indexByID: [String: Int]
    ) {
        self.specialistNames = specialistNames
        self.urgencyWords = urgencyWords
        self.id = id
        self.title = title
        self.version = version
        self.source = source
        self.disclaimer = disclaimer
        self.specialists = specialists
        self.start = start
        self.nodes = nodes
        self.path = path
        self.review = review
        self.indexByID = indexByID
    }

    /// The index of the node with this id, if there is one.
    public func index(of id: String) -> Int? { indexByID[id] }

    /// The node with this id, if there is one.
    public subscript(id id: String) -> Node? { indexByID[id].map { nodes[$0] } }

    /// The start node.
    public var startNode: Node { nodes[start] }

    /// A specialist as people read it: its display name, or its id as written.
    public func displayName(ofSpecialist id: String) -> String { specialistNames[id] ?? id }

    /// A referral's urgency in the tree's words (`urgencies:`), or the urgency word as written;
    /// `nil` when the tree does not state the urgency, so nothing is shown.
    public func urgencyText(of referral: Referral) -> String? {
        guard referral.urgencyStated else { return nil }
        return urgencyWords[referral.urgency] ?? referral.urgency.rawValue
    }
}
