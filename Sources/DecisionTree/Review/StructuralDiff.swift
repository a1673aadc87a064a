// Review/: what changed between two versions of a tree, node by node (matched by id).

/// The nodes and edges that differ between two versions of a tree, matched by node id, each
/// with its line in OLD and in NEW.
public struct StructuralDiff: Sendable {
    /// What happened to a node.
    public enum Change: String, Sendable {
        /// The id is only in NEW.
        case added
        /// The id is only in OLD.
        case removed
        /// The id is on both sides and some field differs.
        case changed
    }

    /// One node that differs.
    public struct NodeChange: Sendable {
        /// The node's id.
        public let id: String
        /// Added, removed or changed.
        public let change: Change
        /// For a changed node, the fields that differ, from `kind`, `text`, `items`, `answers`,
        /// `targets`, `specialist`, `urgency`, `advice`, `help`, `cite`, `inference`, `reassures` and `evidence`.
        public let fields: [String]
        /// The node's line in OLD, if it is there.
        public let oldLine: Int?
        /// The node's line in NEW, if it is there.
        public let newLine: Int?
    }

    /// What happened to an edge of a node on both sides, matched by answer label (any case).
    public enum EdgeChangeKind: String, Sendable {
        /// The answer is only in NEW.
        case added
        /// The answer is only in OLD.
        case removed
        /// The answer leads elsewhere.
        case retargeted
    }

    /// One edge that differs.
    public struct EdgeChange: Sendable {
        /// The id of the node the edge leaves.
        public let node: String
        /// The answer label (NEW's spelling when on both sides).
        public let label: String
        /// Added, removed or retargeted.
        public let change: EdgeChangeKind
        /// The target's id in OLD, if the edge is there.
        public let oldTarget: String?
        /// The target's id in NEW, if the edge is there.
        public let newTarget: String?
        /// The edge's line in OLD, if it is there.
        public let oldLine: Int?
        /// The edge's line in NEW, if it is there.
        public let newLine: Int?
    }

    /// Top-level fields that differ (`title`, `start`, `version`, …).
    public let treeFields: [String]
    /// Nodes added, removed or changed: NEW's order, then removed ones in OLD's order.
    public let nodes: [NodeChange]
    /// Edges of nodes on both sides that were added, removed or retargeted.
    public let edges: [EdgeChange]

    /// Whether nothing differs.
    public var isEmpty: Bool { treeFields.isEmpty && nodes.isEmpty && edges.isEmpty }

    /// Compares `old` and `new`.
    public init(old: Tree, new: Tree) {
        var treeFields: [String] = []
        if old.id != new.id { treeFields.append("tree") }
        if old.title != new.title { treeFields.append("title") }
        if old.version != new.version { treeFields.append("version") }
        if old.source != new.source { treeFields.append("source") }
        if old.disclaimer != new.disclaimer { treeFields.append("disclaimer") }
        if old.specialists != new.specialists { treeFields.append("specialists") }
        if old.startNode.id != new.startNode.id { treeFields.append("start") }
        self.treeFields = treeFields

        var nodes: [NodeChange] = []
        var edges: [EdgeChange] = []
        for newNode in new.nodes {
            guard let oldNode = old[id: newNode.id] else {
                nodes.append(NodeChange(id: newNode.id, change: .added, fields: [], oldLine: nil, newLine: newNode.location?.line))
                continue
            }
            let fields = Self.fields(oldNode, in: old, newNode, in: new)
            if !fields.isEmpty {
                nodes.append(
                    NodeChange(
                        id: newNode.id, change: .changed, fields: fields, oldLine: oldNode.location?.line, newLine: newNode.location?.line))
            }
            edges += Self.edges(oldNode, in: old, newNode, in: new)
        }
        for oldNode in old.nodes where new.index(of: oldNode.id) == nil {
            nodes.append(NodeChange(id: oldNode.id, change: .removed, fields: [], oldLine: oldNode.location?.line, newLine: nil))
        }
        self.nodes = nodes
        self.edges = edges
    }

    private static func fields(_ a: Node, in old: Tree, _ b: Node, in new: Tree) -> [String] {
        var fields: [String] = []
        if a.kind != b.kind { fields.append("kind") }
        switch (a.content, b.content) {
        case (.refer(let x), .refer(let y)):
            if x.specialist != y.specialist { fields.append("specialist") }
            if x.urgency != y.urgency { fields.append("urgency") }
        case (.refer, _), (_, .refer):
            fields.append("text")
        default:
            if a.prompt ?? a.outcomeText != b.prompt ?? b.outcomeText { fields.append("text") }
        }
        if a.items != b.items { fields.append("items") }
        if a.edges.map(\.answer) != b.edges.map(\.answer) { fields.append("answers") }
        // Only a tree that gives labels can change them.
        if a.edges.contains(where: { $0.label != nil }) || b.edges.contains(where: { $0.label != nil }),
            a.edges.map(\.label) != b.edges.map(\.label)
        {
            fields.append("answer labels")
        }
        let oldTargets = a.edges.map { old.nodes[$0.target].id }
        let newTargets = b.edges.map { new.nodes[$0.target].id }
        if a.edges.map(\.answer) == b.edges.map(\.answer), oldTargets != newTargets { fields.append("targets") }
        if a.advice != b.advice { fields.append("advice") }
        if a.help != b.help { fields.append("help") }
        if a.cite != b.cite { fields.append("cite") }
        if a.inference != b.inference { fields.append("inference") }
        if a.reassures != b.reassures { fields.append("reassures") }
        if a.evidence != b.evidence { fields.append("evidence") }
        return fields
    }

    private static func edges(_ a: Node, in old: Tree, _ b: Node, in new: Tree) -> [EdgeChange] {
        var changes: [EdgeChange] = []
        var oldByLabel: [String: Edge] = [:]
        for edge in a.edges { oldByLabel[edge.answer.lowercased()] = edge }
        var matched = Set<String>()
        for edge in b.edges {
            let key = edge.answer.lowercased()
            let newTarget = new.nodes[edge.target].id
            guard let before = oldByLabel[key] else {
                changes.append(
                    EdgeChange(
                        node: b.id, label: edge.answer, change: .added, oldTarget: nil, newTarget: newTarget, oldLine: nil,
                        newLine: edge.location?.line))
                continue
            }
            matched.insert(key)
            let oldTarget = old.nodes[before.target].id
            if oldTarget != newTarget {
                changes.append(
                    EdgeChange(
                        node: b.id, label: edge.answer, change: .retargeted, oldTarget: oldTarget, newTarget: newTarget,
                        oldLine: before.location?.line, newLine: edge.location?.line))
            }
        }
        for edge in a.edges where !matched.contains(edge.answer.lowercased()) {
            changes.append(
                EdgeChange(
                    node: a.id, label: edge.answer, change: .removed, oldTarget: old.nodes[edge.target].id, newTarget: nil,
                    oldLine: edge.location?.line, newLine: nil))
        }
        return changes
    }
}

extension Node {
    /// An outcome's text; `nil` for other kinds.
    var outcomeText: String? {
        if case .outcome(let outcome) = content { return outcome.text }
        return nil
    }

    /// Where a walk that ends here ends, in words: `neurologist (urgent)`, `traumatologist
    /// (urgency not stated)` or the outcome's text.
    public var endingWords: String { Phrasebook.english.node.ending(self) }
}
