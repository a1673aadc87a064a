import ArgumentParser
import DecisionTree
import Foundation

extension RenderFormat: ExpressibleByArgument {}
extension RankDirection: ExpressibleByArgument {}

/// `dtree render`: draw a tree as SVG, PNG, PDF or DOT, in process through Graphviz's library.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a tree as a flowchart (SVG, PNG, PDF or DOT), optionally with a patient's path.",
        discussion: """
            Graphviz runs inside dtree through its C library; no 'dot' program is needed. \
            Without --format the format comes from -o's extension (.svg, .png, .pdf, .dot or \
            .gv); without -o the output goes to standard output (SVG unless --format says \
            otherwise). The file is written atomically: a failed render leaves an existing \
            file untouched. An invalid tree prints its diagnostics, exits 1 and writes nothing.

            --answer NODE=ANSWER takes the same answers as 'dtree run': a label \
            (case-insensitive) or a 1-based number; for a checklist, comma-separated items or \
            numbers, or 'none'. The path those answers take is drawn bold and blue, the rest \
            dimmed, and the node reached is marked. See docs/render.md.

            Examples:
              dtree render Trees/back-numbness.yaml -o back-numbness.svg
              dtree render Trees/back-numbness.yaml -o back-numbness.png --rankdir LR
              dtree render Trees/back-numbness.yaml -o path.pdf \\
                --answer red_flags=none --answer recurring=yes --answer injury=no
              dtree render Trees/back-numbness.yaml --format dot | less
            """
    )

    @Argument(help: "The tree file to draw.", completion: .file(extensions: ["yaml", "yml", "json"]))
    var tree: String

    @Option(name: .shortAndLong, help: "The file to write; standard output when absent.", completion: .file())
    var output: String?

    @Option(help: "svg, png, pdf or dot. Default: from -o's extension, else svg.")
    var format: RenderFormat?

    @Option(help: "TB (top to bottom) or LR (left to right).")
    var rankdir: RankDirection = .TB

    @Option(name: .customLong("answer"), help: ArgumentHelp("Highlight the path of this answer (repeatable).", valueName: "NODE=ANSWER"))
    var answers: [String] = []

    func validate() throws {
        if format == nil, let output, RenderFormat(path: output) == nil {
            throw ValidationError("cannot tell the format from '\(output)'; name it .svg, .png, .pdf or .dot, or pass --format")
        }
    }

    func run() throws {
        let chosen = format ?? output.flatMap(RenderFormat.init(path:)) ?? .svg
        let options = RenderOptions(rankdir: rankdir, answers: try CommandSupport.answers(answers))
        let loaded = try CommandSupport.loadTree(tree)
        do {
            let rendered = try Renderer.render(loaded, format: chosen, options: options)
            for warning in rendered.warnings { Terminal.standardError("warning: \(warning)") }
            try CommandSupport.emit(rendered.data, to: output)
        } catch {
            Terminal.standardError("error: \(error)")
            throw ExitCode(1)
        }
    }
}
