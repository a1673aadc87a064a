// Translation/: the stable id and source text of every string of a tree a person reads, taken
// from one table of fields, so a new text field is one line to add.

/// One string of a tree to translate: its stable id, its source text and a note for the
/// translator.
public struct TranslatableString: Hashable, Sendable {
    /// The id, derived from where the string stands and never from its text: `tree.title`,
    /// `tree.disclaimer`, `specialists.ID`, `urgencies.URGENCY`, `NODE.FIELD`,
    /// `NODE.answers.ANSWER`, `NODE.items.N` (N from 1, in file order).
    public var id: String
    /// The text in the tree's own language.
    public var text: String
    /// What the string is, for the translator (`question of 'injury'`).
    public var note: String

    /// Creates a translatable string.
    public init(id: String, text: String, note: String) {
        self.id = id
        self.text = text
        self.note = note
    }
}

/// The translatable strings of a tree, in a fixed order: the tree's own, then each node's in
/// file order, each node's fields in the order of ``nodeFields``.
///
/// Cites are not translated: they quote the source document and stay in its language.
public enum TranslatableStrings {
    /// One field of a node that holds words a person reads: its name (the id's last part) and
    /// what it holds for a node, if anything. Add a field here and it is extracted, checked,
    /// merged and shown translated.
    public struct NodeField: Sendable {
        /// The field's name in ids (`question`, `help`, …).
        public var name: String
        /// The node's text in this field, or `nil`.
        public var text: @Sendable (Node) -> String?
        /// Replaces the node's text in this field (a tree shown in another language).
        public var set: @Sendable (inout Node, String) -> Void
    }

    /// The single-text fields of a node, in id order. Answers and items, which are lists, are
    /// extracted after these (`answers.ID`, `items.N`).
    public static let nodeFields: [NodeField] = [
        NodeField(
            name: "question", text: { if case .question(let q) = $0.content { q.text } else { nil } },
            set: { node, text in if case .question(var q) = node.content { q.text = text; node.content = .question(q) } }),
        NodeField(
            name: "number", text: { if case .number(let n) = $0.content { n.text } else { nil } },
            set: { node, text in
                if case .number(let n) = node.content {
                    node.content = .number(
                        Node.NumberQuestion(
                            text: text, unit: n.unit, minimum: n.minimum, maximum: n.maximum, integer: n.integer, ranges: n.ranges))
                }
            }),
        NodeField(
            name: "checklist", text: { if case .checklist(let c) = $0.content { c.text } else { nil } },
            set: { node, text in if case .checklist(var c) = node.content { c.text = text; node.content = .checklist(c) } }),
        NodeField(
            name: "outcome", text: { if case .outcome(let o) = $0.content { o.text } else { nil } },
            set: { node, text in if case .outcome(var o) = node.content { o.text = text; node.content = .outcome(o) } }),
        NodeField(
            name: "advice", text: { $0.advice },
            set: { node, text in
                switch node.content {
                case .refer(var r): r.advice = text; node.content = .refer(r)
                case .outcome(var o): o.advice = text; node.content = .outcome(o)
                case .question, .number, .checklist: break
                }
            }),
        NodeField(name: "help", text: { $0.help }, set: { $0.help = $1 }),
        NodeField(name: "inference", text: { $0.inference }, set: { $0.inference = $1 }),
    ]

    /// Every translatable string of `tree`, in order, each id once.
    public static func extract(from tree: Tree) -> [TranslatableString] {
        var strings: [TranslatableString] = []
        strings.append(TranslatableString(id: "tree.title", text: tree.title, note: "the tree's title"))
        if let disclaimer = tree.disclaimer {
            strings.append(TranslatableString(id: "tree.disclaimer", text: disclaimer, note: "the tree's disclaimer"))
        }
        for specialist in specialists(of: tree) {
            strings.append(
                TranslatableString(
                    id: "specialists.\(specialist)", text: tree.displayName(ofSpecialist: specialist),
                    note: "the name of specialist '\(specialist)'"))
        }
        for urgency in Urgency.allCases where tree.urgencyWords[urgency] != nil || usesUrgency(tree, urgency) {
            strings.append(
                TranslatableString(
                    id: "urgencies.\(urgency.rawValue)", text: tree.urgencyWords[urgency] ?? urgency.rawValue,
                    note: "the words for urgency '\(urgency.rawValue)'"))
        }
        for node in tree.nodes {
            for field in nodeFields {
                if let text = field.text(node) {
                    strings.append(
                        TranslatableString(id: "\(node.id).\(field.name)", text: text, note: "\(field.name) of '\(node.id)'"))
                }
            }
            if node.kind == .question {
                for (position, edge) in node.edges.enumerated() {
                    strings.append(
                        TranslatableString(
                            id: "\(node.id).answers.\(edge.answer)", text: node.readableLabel(ofEdge: position),
                            note: "answer '\(edge.answer)' of '\(node.id)'"))
                }
            }
            for (position, item) in node.items.enumerated() {
                strings.append(
                    TranslatableString(
                        id: "\(node.id).items.\(position + 1)", text: item, note: "item \(position + 1) of '\(node.id)'"))
            }
        }
        return strings
    }

    /// The specialists a person can read in this tree: the declared ones in file order, then
    /// any referred to and not declared, in node order.
    static func specialists(of tree: Tree) -> [String] {
        var seen = Set<String>()
        var ordered: [String] = []
        for specialist in tree.specialists ?? [] where seen.insert(specialist).inserted { ordered.append(specialist) }
        for node in tree.nodes {
            if let referral = node.referral, seen.insert(referral.specialist).inserted { ordered.append(referral.specialist) }
        }
        return ordered
    }

    private static func usesUrgency(_ tree: Tree, _ urgency: Urgency) -> Bool {
        tree.nodes.contains { node in node.referral.map { $0.urgencyStated && $0.urgency == urgency } ?? false }
    }
}
