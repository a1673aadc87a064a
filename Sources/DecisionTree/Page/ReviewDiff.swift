// Page/: what changed between two versions of a tree, node by node, for `dtree review --against`.

/// The differences between an old and a new version of a tree, matched by node id.
public struct ReviewDiff: Sendable {
    /// How a node changed.
    public enum Kind: String, Sendable {
        /// Only in the new version.
        case added
        /// Only in the old version.
        case removed
        /// In both, with different content.
        case changed
    }

    /// One node's change.
    public struct Change: Sendable, Equatable {
        /// The node's id.
        public var id: String
        /// Added, removed or changed.
        public var kind: Kind
        /// What changed (`text`, `items`, `specialist`, `urgency`, `advice`, `help`, `cite`,
        /// `answers`, `kind`); empty for an added or removed node.
        public var fields: [String]
        /// Its index in the new tree; `nil` for a removed node.
        public var newIndex: Int?
        /// Whether it is an end (an outcome, or a referral without `next`) in either version.
        public var isEnd: Bool
    }

    /// The old version's version string.
    public var oldVersion: String?
    /// The old version's content hash.
    public var oldHash: String
    /// The old version's file name.
    public var oldFile: String
    /// Every change, new tree order first, then removed nodes in old order.
    public var changes: [Change]

    /// The changes that are ends: the outcomes and referrals a reviewer must look at again.
    public var changedEnds: [Change] { changes.filter(\.isEnd) }

    /// Compares `old` (read from `oldFile`) with `new`.
    public init(old: Tree, oldFile: String, new: Tree) {
        oldVersion = old.version
        oldHash = ContentHash.sha256(of: old)
        self.oldFile = oldFile
        var changes: [Change] = []
        for (index, node) in new.nodes.enumerated() {
            guard let before = old[id: node.id] else {
                changes.append(Change(id: node.id, kind: .added, fields: [], newIndex: index, isEnd: node.isTerminal))
                continue
            }
            let fields = Self.fields(before, in: old).enumerated().compactMap { position, field in
                field.value == Self.fields(node, in: new)[position].value ? nil : field.name
            }
            if !fields.isEmpty {
                changes.append(Change(id: node.id, kind: .changed, fields: fields, newIndex: index, isEnd: node.isTerminal || before.isTerminal))
            }
        }
        for node in old.nodes where new.index(of: node.id) == nil {
            changes.append(Change(id: node.id, kind: .removed, fields: [], newIndex: nil, isEnd: node.isTerminal))
        }
        self.changes = changes
    }

    /// A node's comparable parts, in a fixed order.
    private static func fields(_ node: Node, in tree: Tree) -> [(name: String, value: String)] {
        let referral = node.referral
        return [
            ("kind", node.kind.rawValue),
            ("text", node.prompt ?? (node.kind == .outcome ? ReviewPage.heading(node, in: tree) : "")),
            ("items", node.items.joined(separator: "\u{1F}")),
            ("specialist", referral.map { tree.displayName(ofSpecialist: $0.specialist) } ?? ""),
            ("urgency", referral.flatMap { tree.urgencyText(of: $0) } ?? ""),
            ("advice", node.advice ?? ""),
            ("help", node.help ?? ""),
            ("cite", node.cite ?? ""),
            ("answers", node.edges.map { $0.label + "\u{1E}" + tree.nodes[$0.target].id }.joined(separator: "\u{1F}")),
        ]
    }
}
