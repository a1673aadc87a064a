// Model/: references to a tree's edges and to points on its paths.

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

/// A node, or one edge out of a node: what a path can pass (`NODE` or `NODE=ANSWER`).
public enum Waypoint: Hashable, Sendable {
    /// The node at this index.
    case node(Int)
    /// This edge.
    case edge(EdgeRef)

    /// The node the waypoint is at, or leaves.
    public var node: Int {
        switch self {
        case .node(let node): node
        case .edge(let edge): edge.node
        }
    }

    /// `NODE` or `NODE=LABEL`, as written in scenario files.
    public func text(in tree: Tree) -> String {
        switch self {
        case .node(let node): tree.nodes[node].id
        case .edge(let edge): "\(tree.nodes[edge.node].id)=\(tree.nodes[edge.node].edges[edge.edge].answer)"
        }
    }
}
