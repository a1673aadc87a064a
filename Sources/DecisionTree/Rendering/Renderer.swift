import Foundation

/// An output format of `dtree render`.
public enum RenderFormat: String, CaseIterable, Sendable {
    /// Scalable vector graphics, with `help` and `cite` as tooltips.
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

/// The direction ranks run in: top to bottom or left to right.
public enum RankDirection: String, CaseIterable, Sendable {
    /// Top to bottom (the default).
    case TB
    /// Left to right.
    case LR
}

/// How to render a tree.
public struct RenderOptions: Sendable {
    /// The direction the chart flows.
    public var rankdir: RankDirection
    /// Answers to highlight the path of: node id → answer, as `dtree run --answer` takes them.
    /// Empty means no highlighting.
    public var answers: [String: String]

    /// Creates options.
    public init(rankdir: RankDirection = .TB, answers: [String: String] = [:]) {
        self.rankdir = rankdir
        self.answers = answers
    }

    /// Parses `NODE=ANSWER` arguments (split at the first `=`) into a node → answer map.
    ///
    /// - Throws: ``RenderError/malformedAnswer(_:)`` for an argument without `=` or with an
    ///   empty side, ``RenderError/duplicateAnswer(node:)`` for a node answered twice.
    public static func answers(from arguments: [String]) throws(RenderError) -> [String: String] {
        var answers: [String: String] = [:]
        for argument in arguments {
            guard let equals = argument.firstIndex(of: "=") else { throw .malformedAnswer(argument) }
            let node = argument[..<equals].trimmingCharacters(in: .whitespaces)
            let answer = argument[argument.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard !node.isEmpty, !answer.isEmpty else { throw .malformedAnswer(argument) }
            guard answers[node] == nil else { throw .duplicateAnswer(node: node) }
            answers[node] = answer
        }
        return answers
    }
}

/// A finished rendering: the bytes, and anything the reader should be told about the path.
public struct RenderOutput: Sendable {
    /// The file's bytes (UTF-8 text for SVG and DOT).
    public let data: Data
    /// Notes about the highlighted path: answers it never used, or that it stops before an end.
    public let warnings: [String]
}

/// Renders trees in process through Graphviz's C library; never starts a process.
public enum Renderer {
    /// The clinician-styled DOT text of `tree`: what `--format dot` prints and what Graphviz lays out.
    public static func dot(_ tree: Tree, options: RenderOptions = RenderOptions()) throws(RenderError) -> String {
        try graph(tree, options: options).dot()
    }

    /// Renders `tree` in `format`.
    ///
    /// Safe to call from many threads: Graphviz calls are serialised through one lock.
    /// - Throws: ``RenderError`` for answers that do not fit the tree, or a Graphviz failure.
    public static func render(_ tree: Tree, format: RenderFormat, options: RenderOptions = RenderOptions()) throws(RenderError) -> RenderOutput {
        let graph = try graph(tree, options: options)
        let text = graph.dot()
        let data: Data
        switch format {
        case .dot: data = Data(text.utf8)
        case .svg, .png, .pdf: data = try GraphvizGate.shared.render(dot: text, format: format.rawValue)
        }
        return RenderOutput(data: data, warnings: warnings(tree, graph.path))
    }

    /// Lays out and renders a DOT text as it is. For tests of the Graphviz layer and benchmarks.
    public static func render(dot: String, format: RenderFormat) throws(RenderError) -> Data {
        if format == .dot { return Data(dot.utf8) }
        return try GraphvizGate.shared.render(dot: dot, format: format.rawValue)
    }

    private static func graph(_ tree: Tree, options: RenderOptions) throws(RenderError) -> TreeGraph {
        let path = options.answers.isEmpty ? nil : try PathHighlight.follow(tree, answers: options.answers)
        return TreeGraph(tree: tree, rankdir: options.rankdir, path: path)
    }

    private static func warnings(_ tree: Tree, _ path: PathHighlight?) -> [String] {
        guard let path, let last = path.last else { return [] }
        var notes = path.unused.map { "the answer for '\($0)' was not used: the path never stops there for an answer" }
        let node = tree.nodes[last]
        if !node.isTerminal {
            notes.append("the answers stop at '\(node.id)', which needs an answer; the path is highlighted up to there")
        }
        return notes
    }
}
