// dtree: `dtree render`: parses and writes; DecisionTreeRendering draws.

import ArgumentParser
import DecisionTree
import DecisionTreeRendering
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `dtree render`: draw a tree as SVG, PNG, PDF or DOT, in process through Graphviz's library.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a tree as a flowchart (SVG, PNG, PDF or DOT), optionally with a patient's path.",
        discussion: """
            Graphviz runs inside dtree through its C library; no 'dot' program is needed. \
            Without --format the format comes from -o's extension (.svg, .png, .pdf, .dot or \
            .gv); without -o, or with -o -, the output goes to standard output (SVG unless \
            --format says otherwise; PNG and PDF are refused at a terminal unless -o is given). \
            A file is written atomically: a failed render leaves an existing file untouched. An \
            invalid tree prints its diagnostics, exits 1 and writes nothing.

            A tree above \(LayoutLimit.defaultMaxNodes) nodes (or \(LayoutLimit.edgesPerNode) edges or \
            \(LayoutLimit.labelBytesPerNode / 1024) KiB of labels per allowed node) is refused before \
            layout with exit 1: Graphviz's layout time grows quickly with size. Raise the limit with \
            --max-nodes, or write DOT with 'dtree export --format dot'. Graphviz's own warnings are \
            printed as warnings.

            --answer NODE=ANSWER takes the same answers as 'dtree run': a label \
            (case-insensitive) or a 1-based number; for a checklist, comma-separated items or \
            numbers, or 'none'. The path those answers take is drawn bold and blue, the rest \
            dimmed, and the node reached is marked. An answer that names no node or does not \
            fit its node is a usage error (exit 64). See docs/render.md.

            Examples:
              dtree render Trees/back-numbness.yaml -o back-numbness.svg
              dtree render Trees/back-numbness.yaml -o back-numbness.png --rankdir LR
              dtree render Trees/back-numbness.yaml -o path.pdf \\
                --answer red_flags=none --answer injury=no --answer doctor_signs=1
              dtree render Trees/back-numbness.yaml --format dot > tree.dot
            """
    )

    @Argument(help: "The tree file to draw.", completion: .file(extensions: ["yaml", "yml", "json"]))
    var tree: String

    @Option(name: .shortAndLong, help: "The file to write; - or absent for standard output.", completion: .file())
    var output: String?

    @Option(help: "svg, png, pdf or dot. Default: from -o's extension, else svg.")
    var format: RenderFormat?

    @Option(help: "TB (top to bottom) or LR (left to right).")
    var rankdir: RankDirection = .TB

    @Option(
        name: .customLong("max-nodes"),
        help: ArgumentHelp(
            "The largest tree laid out, in nodes (default \(LayoutLimit.defaultMaxNodes), at most \(LayoutLimit.maximumNodes)); a larger one is refused before layout.",
            valueName: "N"))
    var maxNodes: Int = LayoutLimit.defaultMaxNodes

    @OptionGroup var answers: AnswerOptions

    @OptionGroup var language: LanguageOptions

    func validate() throws {
        if maxNodes < 1 { throw ValidationError("--max-nodes must be at least 1, not \(maxNodes)") }

        if format == nil, let output, output != "-", RenderFormat(path: output) == nil {
            throw ValidationError("cannot tell the format from '\(output)'; name it .svg, .png, .pdf or .dot, or pass --format")
        }
        if output == nil, let format, format == .png || format == .pdf, Streams.isTerminal(1) {
            throw ValidationError(
                "\(format.rawValue.uppercased()) is binary and standard output is a terminal; give -o FILE (or -o - to insist)")
        }
    }

    func run() throws {
        var loaded = try CommandSupport.loadTree(tree)
        let translation = try language.translation(of: loaded, path: tree)
        loaded = translation?.tree ?? loaded
        let chosen = format ?? output.flatMap(RenderFormat.init(path:)) ?? .svg
        var options = RenderOptions(
            rankdir: rankdir, answers: answers.assignments.isEmpty ? nil : try answers.answers(in: loaded, for: Self.self),
            limit: LayoutLimit(maxNodes: maxNodes))
        options.words = translation?.words ?? .english
        let rendered: RenderOutput
        do {
            rendered = try Renderer.render(loaded, format: chosen, options: options)
        } catch {
            try Terminal.standardError("error: \(error)")
            throw ExitCode(1)
        }
        for warning in rendered.warnings { try Terminal.standardError("warning: \(warning)") }
        try CommandSupport.emit(rendered.data, to: output)
    }
}
