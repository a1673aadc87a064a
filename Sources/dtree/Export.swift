import ArgumentParser
import DecisionTree
import Foundation

/// `dtree export`: write a tree as the normalized JSON model, DOT or a Mermaid flowchart.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a tree as the normalized JSON model, Graphviz DOT or a Mermaid flowchart.",
        discussion: """
            json is the normalized model ("format": "dtree-model/1"): tree, title, start and \
            the nodes in file order, each with its edges ({"label", "to"}; a checklist's are \
            'any' and 'none', a referral's continuation is 'next'). Every command reads it back \
            as the tree it came from. dot is exactly what 'dtree render' hands Graphviz. \
            mermaid is a flowchart to embed in Markdown, with the tree's node ids. Every label is \
            escaped for its format. Without --format the format comes from -o's extension \
            (.json, .dot/.gv, .mmd/.mermaid). An invalid tree prints its diagnostics, exits 1 and \
            writes nothing. See docs/render.md.

            Examples:
              dtree export Trees/back-numbness.yaml --format json > back-numbness.json
              dtree export Trees/back-numbness.yaml --format dot | dot -Tsvg > tree.svg
              dtree export Trees/back-numbness.yaml -o tree.mmd
            """
    )

    @Argument(help: "The tree file to export.", completion: .file(extensions: ["yaml", "yml", "json"]))
    var tree: String

    @Option(help: "json, dot or mermaid. Default: from -o's extension.")
    var format: ExportFormat?

    @Option(name: .shortAndLong, help: "The file to write; - or absent for standard output.", completion: .file())
    var output: String?

    @Option(help: "TB or LR, for dot and mermaid.")
    var rankdir: RankDirection = .TB

    func validate() throws {
        guard format == nil else { return }
        guard let output, output != "-" else {
            throw ValidationError("give --format json, dot or mermaid (or -o FILE with a .json, .dot or .mmd extension)")
        }
        if ExportFormat(path: output) == nil {
            throw ValidationError("cannot tell the format from '\(output)'; name it .json, .dot or .mmd, or pass --format")
        }
    }

    func run() throws {
        let loaded = try CommandSupport.loadTree(tree)
        let chosen = format ?? output.flatMap(ExportFormat.init(path:)) ?? .json
        let text = switch chosen {
        case .json: JSONExport.text(loaded)
        case .dot: Renderer.dot(loaded, options: RenderOptions(rankdir: rankdir))
        case .mermaid: MermaidExport.text(loaded, rankdir: rankdir)
        }
        try CommandSupport.emit(Data(text.utf8), to: output)
    }
}
