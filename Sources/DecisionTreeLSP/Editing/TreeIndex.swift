// Editing/: where each node id is defined and each target names it in a tree file, read from
// the YAML as written, so that a tree with errors (or half typed) can still be navigated.

import DecisionTree

/// Where each node of a tree file is defined and where each target names a node.
///
/// Built from the YAML alone, without validation: an editor needs it most while the tree is
/// wrong. A file that is not YAML, or not a mapping, has no index.
public struct TreeIndex: Sendable {
    /// One node as written: its id and where it stands, its kind key, and its fields.
    public struct NodeEntry: Sendable {
        /// The node id.
        public let id: String
        /// Where the id stands (the key under `nodes:`).
        public let span: SourceSpan
        /// `question`, `checklist`, `refer` or `outcome`, or `nil` when the node has no kind key.
        public let kind: String?
        /// The scalar fields in file order (`question: ...`, `urgency: ...`, `help: ...`).
        public let fields: [(key: String, value: String)]
        /// A question's answers: label and target, in file order.
        public let answers: [(label: String, target: String)]
        /// A checklist's items.
        public let items: [String]

        /// The value of a scalar field.
        public func field(_ key: String) -> String? { fields.first { $0.key == key }?.value }
    }

    /// A place that names a node: `start`, an answer's target, `any`, `none` or `next`.
    public struct Reference: Sendable {
        /// The id named.
        public let id: String
        /// Where it is written.
        public let span: SourceSpan
        /// The key it stands under: `start`, `answers`, `any`, `none` or `next`.
        public let field: String
    }

    /// The nodes, in file order.
    public let nodes: [NodeEntry]
    /// Every place a node is named as a target, in file order.
    public let references: [Reference]
    /// The declared specialists.
    public let specialists: [String]
    /// The specialists `refer` nodes name, declared or not.
    public var referredSpecialists: [String] { nodes.compactMap { $0.kind == "refer" ? $0.field("refer") : nil } }

    /// The keys a tree file's top level may hold.
    public static let topLevelKeys = TreeDecoder.topLevelKeys
    /// The keys a node of each kind may hold, its kind key first.
    public static func keys(forKind kind: String) -> [String] {
        guard let nodeKind = NodeKind(rawValue: kind) else { return TreeDecoder.kindKeys }
        return [kind] + TreeDecoder.keysByKind[nodeKind, default: []].sorted() + ["help", "cite"]
    }
    /// The kind keys: `question`, `checklist`, `refer`, `outcome`.
    public static let kindKeys = TreeDecoder.kindKeys

    /// The index of a tree file's text, or `nil` when it is not YAML or not a mapping.
    public init?(text: String) {
        let source = SourceText(path: "", text: text)
        guard let root = try? YAMLReader.compose(text), let top = root.mapping else { return nil }
        var nodes: [NodeEntry] = []
        var references: [Reference] = []
        var specialists: [String] = []
        func target(_ value: YAMLNode, _ field: String) {
            if let id = value.scalar, !id.isEmpty {
                references.append(Reference(id: id, span: SourceSpan.of(value, in: source), field: field))
            }
        }
        for (key, value) in top {
            switch key.scalar {
            case "start": target(value, "start")
            case "specialists": specialists = value.sequence?.compactMap(\.scalar) ?? []
            case "nodes":
                for (idNode, body) in value.mapping ?? [] {
                    guard let id = idNode.scalar else { continue }
                    var kind: String?
                    var fields: [(key: String, value: String)] = []
                    var answers: [(label: String, target: String)] = []
                    var items: [String] = []
                    for (fieldKey, fieldValue) in body.mapping ?? [] {
                        guard let name = fieldKey.scalar else { continue }
                        if kind == nil, TreeDecoder.kindKeys.contains(name) { kind = name }
                        switch name {
                        case "answers":
                            for (label, to) in fieldValue.mapping ?? [] {
                                answers.append((label.scalar ?? "", to.scalar ?? ""))
                                target(to, "answers")
                            }
                        case "any", "none", "next":
                            target(fieldValue, name)
                            if let text = fieldValue.scalar { fields.append((name, text)) }
                        case "items":
                            items = fieldValue.sequence?.compactMap(\.scalar) ?? []
                        default:
                            if let text = fieldValue.scalar { fields.append((name, text)) }
                        }
                    }
                    nodes.append(NodeEntry(id: id, span: SourceSpan.of(idNode, in: source), kind: kind,
                                           fields: fields, answers: answers, items: items))
                }
            default: break
            }
        }
        self.nodes = nodes
        self.references = references
        self.specialists = specialists
    }

    /// The node with this id.
    public func node(_ id: String) -> NodeEntry? { nodes.first { $0.id == id } }

    /// The id at `location`: a node's definition or a target naming it.
    public func id(at location: SourceLocation) -> (id: String, span: SourceSpan)? {
        if let node = nodes.first(where: { $0.span.contains(location) }) { return (node.id, node.span) }
        if let reference = references.first(where: { $0.span.contains(location) }) { return (reference.id, reference.span) }
        return nil
    }

    /// Every place the id stands: its definition first, then each target naming it.
    public func occurrences(of id: String) -> [SourceSpan] {
        nodes.filter { $0.id == id }.map(\.span) + references.filter { $0.id == id }.map(\.span)
    }
}
