// Loading/: a composed YAML node, scalars as written and collections in file order.

/// A composed YAML node: scalars as the author wrote them, collections in file order.
///
/// No tag resolution happens: `yes` stays the string `yes` and `5` stays `5`.
/// Nodes are reference types so that composing shares rather than copies.
package final class YAMLNode {
    enum Content {
        case scalar(String)
        case sequence([YAMLNode])
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    let content: Content
    package let location: SourceLocation

    init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }

    /// The scalar's text, or `nil` for a collection.
    package var scalar: String? {
        if case .scalar(let value) = content { return value }
        return nil
    }

    /// The mapping's pairs, or `nil` for anything else.
    package var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The sequence's items, or `nil` for anything else.
    package var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// A word for what the node is, for messages: "text", "a list" or "a mapping".
    var kindDescription: String {
        switch content {
        case .scalar: "text"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}
