import DecisionTree
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Rendering/: drawing a tree (or one patient's path) as DOT and through Graphviz's C library
// in process. Imports Model/, Execution/ (for Walk and Path) and CGraphviz.

/// An output format of `dtree render`.
public enum RenderFormat: String, CaseIterable, Sendable {
    /// Scalable vector graphics, with `help` and `cite` as tooltips, `role="img"`, the title as
    /// its accessible name and the tree's outline (``TreeOutline``) as its description.
    case svg
    /// A bitmap at 96 dots per inch.
    case png
    /// A vector PDF page.
    case pdf
    /// The DOT text dtree hands to Graphviz, written in Swift without Graphviz.
    case dot

    /// The format a file name's extension names (`x.svg` → `.svg`, `x.gv` → `.dot`), if any.
    public init?(path: String) {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        if ext == "gv" { self = .dot; return }
        self.init(rawValue: ext)
    }
}

/// How to render a tree.
public struct RenderOptions: Sendable {
    /// The direction the chart flows.
    public var rankdir: RankDirection
    /// Answers whose path to highlight, as `dtree run --answer` takes them; `nil` for none.
    public var answers: Answers?
    /// Changes to mark (a diff picture); `nil` for none.
    public var changes: ChangeMarks?
    /// The largest tree laid out; a larger one is refused with ``RenderError/tooLarge(_:limit:)``.
    public var limit: LayoutLimit
    /// dtree's own words on the chart (banners, legend, facts); English unless a language is chosen.
    public var words: Phrasebook = .english

    /// Creates options.
    public init(rankdir: RankDirection = .TB, answers: Answers? = nil, changes: ChangeMarks? = nil, limit: LayoutLimit = LayoutLimit()) {
        self.rankdir = rankdir
        self.answers = answers
        self.changes = changes
        self.limit = limit
    }
}

/// A finished rendering: the bytes, and anything the reader should be told about the path.
public struct RenderOutput: Sendable {
    /// The file's bytes (UTF-8 text for SVG and DOT).
    public let data: Data
    /// Notes about the highlighted path (answers it never used, or that it stops before an
    /// end) and Graphviz's own warnings about the layout, prefixed `Graphviz: `.
    public let warnings: [String]
}

/// Renders trees in process through Graphviz's C library; never starts a process.
public enum Renderer {
    /// The clinician-styled DOT text of `tree`: what `--format dot` prints and what Graphviz lays out.
    public static func dot(_ tree: Tree, options: RenderOptions = RenderOptions()) -> String {
        graph(tree, options: options).dot()
    }

    /// Renders `tree` in `format`.
    ///
    /// Safe to call from many threads: Graphviz calls are serialised through one lock.
    /// A tree above `options.limit` is refused before Graphviz sees it (DOT, which needs no
    /// layout, is always written).
    /// - Throws: ``RenderError`` when the tree is too large or Graphviz fails.
    public static func render(
        _ tree: Tree, format: RenderFormat, options: RenderOptions = RenderOptions()
    ) throws(RenderError) -> RenderOutput {
        let graph = graph(tree, options: options)
        if format != .dot {
            let size = LayoutSize(tree)
            guard options.limit.allows(size) else { throw .tooLarge(size, limit: options.limit) }
        }
        let text = graph.dot()
        let data: Data
        var layoutWarnings: [String] = []
        switch format {
        case .dot: data = Data(text.utf8)
        case .svg:
            let (svg, graphvizWarnings) = try GraphvizGate.shared.render(dot: text, format: format.rawValue)
            (data, layoutWarnings) = (SVGDirection.mark(SVGAccessibility.annotate(svg, tree: tree, words: options.words)), graphvizWarnings)
        case .png, .pdf:
            (data, layoutWarnings) = try GraphvizGate.shared.render(dot: text, format: format.rawValue)
        }
        return RenderOutput(data: data, warnings: warnings(tree, graph.path) + layoutWarnings.map { "Graphviz: \($0)" })
    }

    /// Lays out and renders a DOT text as it is. For tests of the Graphviz layer.
    static func render(dot: String, format: RenderFormat) throws(RenderError) -> Data {
        if format == .dot { return Data(dot.utf8) }
        return try GraphvizGate.shared.render(dot: dot, format: format.rawValue).data
    }

    private static func graph(_ tree: Tree, options: RenderOptions) -> TreeGraph {
        var graph = TreeGraph(
            tree: tree, rankdir: options.rankdir, path: options.answers.map { PathHighlight(tree, answers: $0) }, changes: options.changes)
        graph.words = options.words
        return graph
    }

    private static func warnings(_ tree: Tree, _ path: PathHighlight?) -> [String] {
        guard let path else { return [] }
        var notes = path.unused.map { "the answer for '\(tree.nodes[$0].id)' was not used: the path never stops there for an answer" }
        let node = tree.nodes[path.path.end]
        if !node.isTerminal {
            notes.append("the answers stop at '\(node.id)', which needs an answer; the path is highlighted up to there")
        }
        return notes
    }
}
