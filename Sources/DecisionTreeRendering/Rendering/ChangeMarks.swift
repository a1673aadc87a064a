// Rendering/: what a diff picture marks on NEW: added, changed, and removed parts of OLD
// drawn as ghosts.

import DecisionTree

/// The changes to draw on a tree: its added and changed nodes and edges, and the nodes and edges
/// of the older version it no longer has, drawn ghosted. Built by `DiffPicture` from a diff.
public struct ChangeMarks: Sendable {
    /// An edge named by ids: the node it leaves, its label, the node it enters.
    public struct EdgeByID: Hashable, Sendable {
        /// The id of the node the edge leaves.
        public var from: String
        /// The answer label.
        public var label: String
        /// The id of the node it enters (a node of the tree, or a ghost).
        public var to: String

        /// Creates an edge by ids.
        public init(from: String, label: String, to: String) {
            self.from = from
            self.label = label
            self.to = to
        }
    }

    /// Ids of nodes only the drawn tree has.
    public var addedNodes: Set<String> = []
    /// Ids of nodes both versions have that differ, with the fields that changed.
    public var changedNodes: [String: [String]] = [:]
    /// Edges (leaving nodes both versions have) that are new or lead elsewhere now.
    public var addedEdges: Set<EdgeByID> = []
    /// Edges that lead elsewhere now (retargeted).
    public var changedEdges: Set<EdgeByID> = []
    /// The older version's nodes the drawn tree no longer has, in its order (their edges are
    /// not drawn; see ``ghostEdges``).
    public var ghosts: [Node] = []
    /// The older version's edges the drawn tree no longer has.
    public var ghostEdges: [EdgeByID] = []
    /// Lines printed under the title (the outcomes that changed, with their witnesses).
    public var notes: [String] = []

    /// Creates empty marks.
    public init() {}
}
