// Rendering/: why a rendering failed.

import DecisionTree

/// Why a tree could not be rendered.
public enum RenderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Graphviz reported an error. `stage` is `parse`, `layout` or `render`; `message` is
    /// Graphviz's last error message, with control characters removed.
    case graphviz(stage: String, message: String)
    /// The output format has no extension dtree recognises, and none was given.
    case unknownFormat(String)
    /// The tree is above the layout limit; nothing was handed to Graphviz.
    case tooLarge(LayoutSize, limit: LayoutLimit)

    /// A one-line, human message.
    public var description: String {
        switch self {
        case let .graphviz(stage, message):
            return "Graphviz \(stage) failed: \(message.isEmpty ? "no message" : message)"
        case let .unknownFormat(name):
            return "unknown output format '\(name)'; use svg, png, pdf or dot"
        case let .tooLarge(size, limit):
            return "the tree is too large to lay out: \(size); the limit is \(LayoutSize.grouped(limit.maxNodes)) nodes "
                + "(\(LayoutSize.grouped(limit.maxNodes * LayoutLimit.edgesPerNode)) edges, \(LayoutSize.grouped(limit.maxNodes * LayoutLimit.labelBytesPerNode / 1024)) KiB of labels, "
                + "\(LayoutSize.grouped(limit.maxSegments)) long-edge segments). "
                + (limit.maxNodes >= LayoutLimit.maximumNodes
                    ? "Write it with 'dtree export --format dot' for another layout tool: \(LayoutSize.grouped(LayoutLimit.maximumNodes)) nodes "
                        + "is the most Graphviz is given whatever --max-nodes says (it crashes on larger layouts)"
                    : "Write it with 'dtree export --format dot' for another layout tool, or raise the limit with --max-nodes N "
                        + "(layout time grows quickly with size; see BENCHMARKS.md)")
        }
    }
}
