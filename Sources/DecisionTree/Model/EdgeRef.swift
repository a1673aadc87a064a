/// One edge of a tree: its source node and its position among that node's edges.
public struct EdgeRef: Hashable, Sendable {
    /// The source node's index in ``Tree/nodes``.
    public var node: Int
    /// The edge's index in the source node's ``Node/edges``.
    public var edge: Int

    /// Creates an edge reference.
    public init(node: Int, edge: Int) {
        self.node = node
        self.edge = edge
    }
}
