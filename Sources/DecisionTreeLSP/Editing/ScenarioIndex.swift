// Editing/: where a scenario file names nodes of its tree (answer keys, expectations,
// anchors), read from the YAML as written.

import DecisionTree

/// Where a scenario file names nodes of its tree.
public struct ScenarioIndex: Sendable {
    /// A place that names a node: an answer's key in a case, `expect`, `node:` in an
    /// expectation, or the node of an `after` or `through` anchor (`NODE` or `NODE=ANSWER`).
    public struct Reference: Sendable {
        /// The id named.
        public let id: String
        /// Where it is written.
        public let span: SourceRange
        /// The key it stands under: `answers`, `expect`, `node`, `after` or `through`.
        public let field: String
    }

    /// A case or an invariant, by its name, for an outline.
    public struct Entry: Sendable {
        /// The `name:` value.
        public let name: String
        /// Where the name stands.
        public let span: SourceRange
        /// Whether it is an invariant rather than a case.
        public let isInvariant: Bool
    }

    /// The `tree:` value as written, when there is one.
    public let tree: String?
    /// The named cases and invariants, in file order.
    public let entries: [Entry]
    /// Every place a node is named, in file order.
    public let references: [Reference]

    /// The index of a scenario file's text, or `nil` when it is not YAML or not a mapping.
    public init?(text: String) {
        let source = SourceText(path: "", text: text)
        guard let root = try? YAMLReader.compose(text), let top = root.mapping else { return nil }
        var references: [Reference] = []
        var entries: [Entry] = []
        var tree: String?
        func node(_ value: YAMLNode, _ field: String) {
            if let id = value.scalar, !id.isEmpty {
                references.append(Reference(id: id, span: SourceRange.of(value, in: source), field: field))
            }
        }
        func anchor(_ value: YAMLNode, _ field: String) {
            guard let text = value.scalar, !text.isEmpty else { return }
            let id = String(text.prefix { $0 != "=" })
            var span = SourceRange.of(value, in: source)
            span = SourceRange(start: span.start, length: id.unicodeScalars.count)
            references.append(Reference(id: id, span: span, field: field))
        }
        func expectation(_ value: YAMLNode, _ field: String) {
            if value.scalar != nil { node(value, field); return }
            for (key, inner) in value.mapping ?? [] where key.scalar == "node" {
                if let list = inner.sequence { list.forEach { node($0, "node") } } else { node(inner, "node") }
            }
        }
        for (key, value) in top {
            switch key.scalar {
            case "tree": tree = value.scalar
            case "cases", "invariants":
                for entry in value.sequence ?? [] {
                    for (field, inner) in entry.mapping ?? [] {
                        switch field.scalar {
                        case "name":
                            if let name = inner.scalar, !name.isEmpty {
                                entries.append(
                                    Entry(name: name, span: SourceRange.of(inner, in: source), isInvariant: key.scalar == "invariants"))
                            }
                        case "answers": for (id, _) in inner.mapping ?? [] { node(id, "answers") }
                        case "expect": expectation(inner, "expect")
                        case "reaching": expectation(inner, "reaching")
                        case "after": anchor(inner, "after")
                        case "through":
                            if let list = inner.sequence { list.forEach { anchor($0, "through") } } else { anchor(inner, "through") }
                        default: break
                        }
                    }
                }
            default: break
            }
        }
        self.tree = tree
        self.references = references
        self.entries = entries
    }

    /// The id at `location`, if a reference stands there.
    public func id(at location: SourceLocation) -> (id: String, span: SourceRange)? {
        references.first { $0.span.contains(location) }.map { ($0.id, $0.span) }
    }

    /// Every place the id is named.
    public func occurrences(of id: String) -> [SourceRange] {
        references.filter { $0.id == id }.map(\.span)
    }
}
