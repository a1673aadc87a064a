// Loading/: a tree file's nodes decoded while libyaml's events arrive, so that a large file's
// YAML is never held whole: each id is checked as it is met, each body read straight from its
// events and let go.

/// The pairs of a tree file's top-level `nodes:` mapping, taken from the composer as libyaml's
/// events arrive (``YAMLReader/compose(_:streamingNodeBodiesInto:)``): the nodes decoded, and
/// what checking the ids and decoding the bodies found, in the order ``TreeDecoder`` would
/// have found it reading the whole composed mapping.
struct StreamedNodes: NodeBodySink {
    static var takesNodeBodies: Bool { true }

    /// Where the streamed `nodes:` mapping begins; `nil` when the file has none.
    private(set) var mappingLocation: SourceLocation?
    /// What the ids' check found: keys that are not text, ids written again.
    private(set) var idReader: MappingReader
    /// Decodes each body; its reader collects the nodes' diagnostics (an invalid id among them).
    private(set) var decoder: TreeDecoder
    /// The decoded nodes in file order (the draft shares the array, never copies it).
    private(set) var nodes: [TreeDraft.Node] = []
    /// How many pairs the mapping has, whatever their keys.
    private(set) var pairCount = 0
    /// How many text ids are written again (their bodies are neither decoded nor reported).
    private(set) var duplicateIDs = 0
    /// Each id's node's position in ``nodes``: the index the validator would build.
    private(set) var indexByID: [String: Int]

    /// A node of a tree file takes this many bytes or more but in the tersest of files (a
    /// question with two answers written in block style takes about 65), so a table and an
    /// array sized for the file's bytes over it are rarely outgrown: growing the table hashes
    /// every id again, growing the array copies every node. Room reserved and not used costs
    /// little: a large array's pages are mapped only when written.
    static let bytesPerNode = 64

    /// Streams the nodes of the tree file at `file`, `bytes` long.
    init(file: String, bytes: Int) {
        idReader = MappingReader(file: file)
        decoder = TreeDecoder(file: file)
        indexByID = Dictionary(minimumCapacity: bytes / Self.bytesPerNode)
        nodes.reserveCapacity(bytes / Self.bytesPerNode)
    }

    /// Whether any body was taken (a document composed with this sink is missing them).
    var isEmpty: Bool { mappingLocation == nil }

    mutating func beginNodes(at location: SourceLocation) { mappingLocation = location }

    /// Admits an id the first time it is written; reports it as ``MappingReader`` reports a
    /// mapping's key written again.
    mutating func admit(nodeID id: String, at location: SourceLocation) -> Bool {
        pairCount += 1
        // Each body admitted is taken before the next id is met: this id's node goes next.
        guard let first = indexByID.updateValue(nodes.count, forKey: id) else { return true }
        indexByID[id] = first
        idReader.reportDuplicateKey("node id", id, first: nodes[first].location, at: location)
        duplicateIDs += 1
        return false
    }

    mutating func refuse(nodeKey key: YAMLNode) {
        pairCount += 1
        idReader.reportKeyNotText("node id", kindDescription: key.kindDescription, at: key.location)
    }

    /// Checks the id and decodes the body, as ``TreeDecoder`` does for each node it meets.
    mutating func take(nodeID id: String, at location: SourceLocation, body: NodeBodyEvents.Value) {
        _ = decoder.reader.checkNodeID(id, at: location)
        nodes.append(decoder.decodeNode(id: id, at: location, body))
    }
}
