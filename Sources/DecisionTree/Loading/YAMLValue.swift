// Loading/: what the decoders read of a YAML value, whether a composed YAMLNode or one node
// body's events kept flat (NodeBodyEvents), so both are decoded by the same code.

/// A YAML value as the decoders read it: a scalar's text as written, a mapping's pairs or a
/// list's items in file order, and where it is written.
///
/// ``YAMLNode`` is the composed document; ``NodeBodyEvents/Value`` is one body of a tree file's
/// `nodes:` read straight from libyaml's events. ``MappingReader`` and ``TreeDecoder`` are
/// generic over this protocol, so a node decodes to the same draft and the same diagnostics
/// from either.
protocol YAMLValue {
    /// A mapping's pairs, in file order.
    associatedtype Pairs: Collection where Pairs.Element == (key: Self, value: Self)
    /// A list's items, in file order.
    associatedtype Items: Collection where Items.Element == Self

    /// Where the value begins as written (at the opening quote of a quoted scalar).
    var location: SourceLocation { get }
    /// The value as written, quotes included: what a diagnostic about it is about.
    var span: SourceRange { get }
    /// Where a scalar's text stands, inside its quotes: what a fix-it that rewrites the text replaces.
    var textSpan: SourceRange { get }
    /// The scalar's text, or `nil` for a collection.
    var scalar: String? { get }
    /// The mapping's pairs, or `nil` for anything else.
    var mapping: Pairs? { get }
    /// The list's items, or `nil` for anything else.
    var sequence: Items? { get }
    /// A word for what the value is, for messages: "text", "a list" or "a mapping".
    var kindDescription: String { get }
}

extension YAMLValue {
    /// The mapping's key that begins at `location`, if there is one.
    func key(at location: SourceLocation) -> Self? {
        mapping?.first { $0.key.location == location }?.key
    }
}

extension YAMLNode: YAMLValue {}
