// Loading/: a tree file's nodes decoded while libyaml's events arrive, so that a large file's
// YAML is never held whole: each node's body is composed, decoded and let go.

/// The nodes of a tree file's top-level `nodes:` mapping, decoded as the composer hands over
/// each body (``YAMLReader/compose(_:streamingNodeBodiesInto:)``), with what decoding them
/// found, in the order ``TreeDecoder/decode(_:streamed:)`` would have found it.
struct StreamedNodes: NodeBodySink {
    /// Decodes each body; its reader collects the nodes' diagnostics only.
    private(set) var decoder: TreeDecoder
    /// The decoded nodes in file order (the draft shares the array, never copies it).
    private(set) var nodes: [TreeDraft.Node] = []
    /// Where each of ``nodes``' ids is written, in the same order.
    private(set) var idLocations: [SourceLocation] = []

    /// Streams the nodes of the tree file at `file`.
    init(file: String) { decoder = TreeDecoder(file: file) }

    /// Whether any body was taken (a document composed with this sink is missing them).
    var isEmpty: Bool { nodes.isEmpty }

    /// Checks the id and decodes the body, as ``TreeDecoder`` does for each node it meets.
    mutating func take(nodeID key: YAMLNode, body: YAMLNode) -> Bool {
        guard let id = key.scalar else { return false }
        _ = decoder.reader.checkNodeID(id, at: key.location)
        nodes.append(decoder.decodeNode(id: id, at: key.location, body))
        idLocations.append(key.location)
        return true
    }
}
