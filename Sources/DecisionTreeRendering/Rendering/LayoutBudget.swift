// Rendering/: how big a tree is for Graphviz's layout, the limit above which `render`
// refuses to lay it out, and the iteration bounds that keep layout time bounded below it.

import DecisionTree

/// A tree's size as layout sees it: nodes, edges, the bytes of text in labels, and the
/// segments of long edges.
///
/// Graphviz's `dot` puts every node on a rank and breaks an edge that spans several ranks into
/// one virtual node per rank it crosses, so a chain whose every step also links to one shared
/// end holds about N²/2 virtual nodes: that, not the node count, is what makes its layout slow
/// (and, from about 300 steps, crash Graphviz 2.42 in `dot_mincross`).
public struct LayoutSize: Sendable, Equatable, CustomStringConvertible {
    /// The number of nodes.
    public let nodes: Int
    /// The number of edges.
    public let edges: Int
    /// The UTF-8 bytes of every node's and edge's text (prompts, items, help, labels).
    public let labelBytes: Int
    /// The virtual nodes long edges need: for each edge, the ranks it crosses, with each node
    /// ranked one below its lowest parent (the longest path from a root, which `dot`'s own
    /// ranking cannot shorten for an edge along that path).
    public let longEdgeSegments: Int

    /// Counts `tree`, in one pass over its nodes and edges.
    public init(_ tree: Tree) {
        var edges = 0
        var bytes = 0
        for node in tree.nodes {
            edges += node.edges.count
            bytes += node.id.utf8.count + (node.prompt?.utf8.count ?? 0) + (node.help?.utf8.count ?? 0) + (node.cite?.utf8.count ?? 0)
            for item in node.items { bytes += item.utf8.count }
            for edge in node.edges { bytes += edge.answer.utf8.count + (edge.label?.utf8.count ?? 0) }
        }
        self.init(nodes: tree.nodes.count, edges: edges, labelBytes: bytes, longEdgeSegments: Self.segments(tree))
    }

    /// A size from its figures.
    public init(nodes: Int, edges: Int, labelBytes: Int, longEdgeSegments: Int = 0) {
        self.nodes = nodes
        self.edges = edges
        self.labelBytes = labelBytes
        self.longEdgeSegments = longEdgeSegments
    }

    /// "2,000 nodes, 3,999 edges, 24 KiB of labels, 10,000 long-edge segments".
    public var description: String {
        let kib = (labelBytes + 1023) / 1024
        return
            "\(Self.grouped(nodes)) nodes, \(Self.grouped(edges)) edges, \(Self.grouped(kib)) KiB of labels, \(Self.grouped(longEdgeSegments)) long-edge segments"
    }

    /// The sum over edges of the ranks each crosses, with longest-path ranks from a
    /// topological order (Kahn's algorithm, iterative and linear; written here because
    /// Rendering/ does not import Graph/). A validated tree has no cycle; should one remain,
    /// the nodes on it keep rank 0.
    static func segments(_ tree: Tree) -> Int {
        let count = tree.nodes.count
        var incoming = [Int](repeating: 0, count: count)
        for node in tree.nodes { for edge in node.edges where edge.target < count { incoming[edge.target] += 1 } }
        var rank = [Int](repeating: 0, count: count)
        var ready = (0..<count).filter { incoming[$0] == 0 }
        while let node = ready.popLast() {
            for edge in tree.nodes[node].edges where edge.target < count {
                rank[edge.target] = max(rank[edge.target], rank[node] + 1)
                incoming[edge.target] -= 1
                if incoming[edge.target] == 0 { ready.append(edge.target) }
            }
        }
        var total = 0
        for (index, node) in tree.nodes.enumerated() {
            for edge in node.edges where edge.target < count { total += max(0, rank[edge.target] - rank[index] - 1) }
        }
        return total
    }

    static func grouped(_ value: Int) -> String {
        var digits = String(value)
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: digits.index(digits.startIndex, offsetBy: index))
            index -= 3
        }
        return digits
    }
}

/// The limit on what `dtree render` lays out, and the Graphviz iteration bounds for a size.
///
/// Graphviz's `dot` layout is superlinear (crossing minimisation and network simplex), and
/// Graphviz 2.42 runs out of memory and crashes in `dot_mincross` on a 20,001-node chain. So a
/// tree above ``maxNodes`` nodes (or ``edgesPerNode`` edges, ``labelBytesPerNode`` label bytes or
/// ``segmentsPerNode`` long-edge segments per allowed node) is refused before any Graphviz call, and a tree under it gets bounds on
/// Graphviz's own iterations (`mclimit`, `nslimit`, `nslimit1`, `searchsize`, `remincross`)
/// that shrink as it grows. The time curve is in BENCHMARKS.md.
public struct LayoutLimit: Sendable, Equatable {
    /// The default node limit of `dtree render` (raise it with `--max-nodes`).
    public static let defaultMaxNodes = 2_000
    /// Edges allowed per allowed node.
    public static let edgesPerNode = 4
    /// Label bytes allowed per allowed node.
    public static let labelBytesPerNode = 2_048
    /// Long-edge segments (``LayoutSize/longEdgeSegments``) allowed per allowed node.
    public static let segmentsPerNode = 5
    /// Long-edge segments allowed whatever `--max-nodes` says: Graphviz 2.42 crashed (SIGSEGV
    /// in the dot layout plugin) on a 300-step chain with a shared end (44,551 segments) and
    /// laid out a 200-step one (19,900) without harm.
    public static let maximumSegments = 20_000

    /// Nodes allowed whatever `--max-nodes` says: Graphviz 2.42 crashed (SIGSEGV, after 2.6 s)
    /// on a 20,001-node chain and laid out 15,000 (32 s, 1.2 GB) and 10,000 (15 s, 0.6 GB)
    /// without harm; the cap keeps a margin below the crash.
    public static let maximumNodes = 10_000

    /// The long-edge segments allowed under this limit.
    public var maxSegments: Int { min(maxNodes * Self.segmentsPerNode, Self.maximumSegments) }
    /// Trees of at most this many nodes are laid out with Graphviz's own defaults.
    public static let unboundedNodes = 200

    /// The most nodes laid out: at least 1, at most ``maximumNodes``.
    public private(set) var maxNodes: Int

    /// A limit of `maxNodes` nodes, clamped to `1...maximumNodes` (so no product of it
    /// overflows, and Graphviz is never asked for more than it survives).
    public init(maxNodes: Int = LayoutLimit.defaultMaxNodes) { self.maxNodes = min(max(maxNodes, 1), Self.maximumNodes) }

    /// Whether `size` is within the limit.
    public func allows(_ size: LayoutSize) -> Bool {
        size.nodes <= maxNodes && size.edges <= maxNodes * Self.edgesPerNode && size.labelBytes <= maxNodes * Self.labelBytesPerNode
            && size.longEdgeSegments <= maxSegments
    }

    /// Graphviz's iteration bounds for a tree of `size`, as graph attributes; none for small
    /// trees, so their layout (and DOT) is Graphviz's default.
    static func bounds(for size: LayoutSize) -> DOTAttributes {
        let n = size.nodes + size.longEdgeSegments
        guard n > unboundedNodes else { return [] }
        // nslimit and nslimit1 cap network simplex (x positions, ranks) at that many
        // iterations per node: measured, the bound that matters (a 100-step chain with a shared
        // end: over 300 s unbounded, 2.3 s at 1). mclimit scales the mincross passes
        // (default 1); searchsize (default 30) caps the edges searched per simplex iteration;
        // remincross=false skips the second mincross pass.
        let scale = Double(1_000) / Double(n)
        return [
            (.mclimit, .number(max(0.1, min(1, scale)).rounded(toPlaces: 2))),
            (.nslimit, .number(2)),
            (.nslimit1, .number(2)),
            (.searchsize, .number(Double(max(10, min(30, Int(30 * scale)))))),
            (.remincross, .string("false")),
        ]
    }
}

private extension Double {
    func rounded(toPlaces places: Int) -> Double {
        var factor = 1.0
        for _ in 0..<places { factor *= 10 }
        return (self * factor).rounded() / factor
    }
}
