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
        public let span: SourceRange
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
        public let span: SourceRange
        /// The key it stands under: `start`, `answers`, `any`, `none` or `next`.
        public let field: String
    }

    /// A key as written: its name, where it stands, and the kind of the node it is on (`nil`
    /// for a top-level key).
    public struct KeyEntry: Sendable {
        /// The key.
        public let name: String
        /// Where it is written.
        public let span: SourceRange
        /// Whether it is a top-level key.
        public let topLevel: Bool
        /// The kind key of the node it is on, if that node has one.
        public let kind: String?

        /// What the key means, from the format table.
        public var documentation: String? {
            if topLevel { return TreeFormat.topLevelKey(name)?.doc }
            return TreeIndex.documentation(ofKey: name, kind: kind ?? "")
        }
    }

    /// The nodes, in file order.
    public let nodes: [NodeEntry]
    /// The top-level keys and the keys of each node, in file order.
    public let keys: [KeyEntry]
    /// Every place a node is named as a target, in file order.
    public let references: [Reference]
    /// The declared specialists.
    public let specialists: [String]
    /// The specialists `refer` nodes name, declared or not.
    public var referredSpecialists: [String] { nodes.compactMap { $0.kind == "refer" ? $0.field("refer") : nil } }

    /// The keys a tree file's top level may hold, from the format table.
    public static let topLevelKeys = TreeFormat.topLevelKeyNames
    /// The keys a node of each kind may hold, its kind key first, then its own keys
    /// alphabetically, then `help` and `cite`; every kind key when `kind` is not one.
    public static func keys(forKind kind: String) -> [String] {
        guard let nodeKind = NodeKind(rawValue: kind) else { return kindKeys }
        let format = NodeFormat.of(nodeKind)
        return [format.kindKeyName] + format.ownKeys.map(\.name).sorted() + NodeFormat.commonKeys.map(\.name)
    }
    /// The kind keys: `question`, `checklist`, `refer`, `outcome`.
    public static let kindKeys = NodeFormat.kindKeyNames
    /// What a key means, from the format table: a top-level key when `kind` is `nil` and the
    /// key is one, else a key of that kind of node (or of any kind, when `kind` is unknown).
    public static func documentation(ofKey key: String, kind: String?) -> String? {
        if let kind, let nodeKind = NodeKind(rawValue: kind) { return NodeFormat.of(nodeKind).key(key)?.doc }
        if kind == nil, let top = TreeFormat.topLevelKey(key) { return top.doc }
        return NodeFormat.all.lazy.compactMap { $0.key(key)?.doc }.first
    }

    /// The index of a tree file's text, or `nil` when it is not YAML or not a mapping.
    public init?(text: String) {
        let source = SourceText(path: "", text: text)
        guard let root = try? YAMLReader.compose(text), let top = root.mapping else { return nil }
        var nodes: [NodeEntry] = []
        var references: [Reference] = []
        var specialists: [String] = []
        var keys: [KeyEntry] = []
        func target(_ value: YAMLNode, _ field: String) {
            if let id = value.scalar, !id.isEmpty {
                references.append(Reference(id: id, span: SourceRange.of(value, in: source), field: field))
            }
        }
        for (key, value) in top {
            if let name = key.scalar { keys.append(KeyEntry(name: name, span: SourceRange.of(key, in: source), topLevel: true, kind: nil)) }
            switch key.scalar {
            case let key? where TreeFormat.topLevelKey(key)?.role == .target: target(value, key)
            case "specialists": specialists = value.sequence?.compactMap(\.scalar) ?? []
            case "nodes":
                for (idNode, body) in value.mapping ?? [] {
                    guard let id = idNode.scalar else { continue }
                    var kind: String?
                    var fields: [(key: String, value: String)] = []
                    var answers: [(label: String, target: String)] = []
                    var items: [String] = []
                    var fieldKeys: [(name: String, span: SourceRange)] = []
                    for (fieldKey, fieldValue) in body.mapping ?? [] {
                        guard let name = fieldKey.scalar else { continue }
                        fieldKeys.append((name, SourceRange.of(fieldKey, in: source)))
                        if kind == nil, NodeFormat.kindKeyNames.contains(name) { kind = name }
                        if NodeFormat.answersKeyNames.contains(name) {
                            for (label, value) in fieldValue.mapping ?? [] {
                                // An answer's value is its target, or a mapping `{to, label}`.
                                let to = value.mapping?.first { $0.key.scalar == AnswerFormat.target.name }?.value ?? value
                                answers.append((label.scalar ?? "", to.scalar ?? ""))
                                target(to, name)
                            }
                        } else if NodeFormat.targetKeyNames.contains(name) {
                            target(fieldValue, name)
                            if let text = fieldValue.scalar { fields.append((name, text)) }
                        } else if name == "items" {
                            items = fieldValue.sequence?.compactMap(\.scalar) ?? []
                        } else if let text = fieldValue.scalar {
                            fields.append((name, text))
                        }
                    }
                    keys += fieldKeys.map { KeyEntry(name: $0.name, span: $0.span, topLevel: false, kind: kind) }
                    nodes.append(
                        NodeEntry(
                            id: id, span: SourceRange.of(idNode, in: source), kind: kind,
                            fields: fields, answers: answers, items: items))
                }
            default: break
            }
        }
        self.nodes = nodes
        self.keys = keys
        self.references = references
        self.specialists = specialists
    }

    /// The node with this id.
    public func node(_ id: String) -> NodeEntry? { nodes.first { $0.id == id } }

    /// The id at `location`: a node's definition or a target naming it.
    public func id(at location: SourceLocation) -> (id: String, span: SourceRange)? {
        if let node = nodes.first(where: { $0.span.contains(location) }) { return (node.id, node.span) }
        if let reference = references.first(where: { $0.span.contains(location) }) { return (reference.id, reference.span) }
        return nil
    }

    /// The key at `location`, if one is written there.
    public func key(at location: SourceLocation) -> KeyEntry? { keys.first { $0.span.contains(location) } }

    /// Every place the id stands: its definition first, then each target naming it.
    public func occurrences(of id: String) -> [SourceRange] {
        nodes.filter { $0.id == id }.map(\.span) + references.filter { $0.id == id }.map(\.span)
    }
}
