import ArgumentParser
import DecisionTree
import Foundation

extension ExportFormat: ExpressibleByArgument {}

/// `dtree export`: write a tree as normalized JSON, DOT or a Mermaid flowchart.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a tree as normalized JSON, Graphviz DOT or a Mermaid flowchart.",
        discussion: """
            json is the normalized model, one object: tree, title, version, start and the \
            nodes in file order, each with its edges ({"label", "to"}; a checklist's are \
            'any' and 'none', a referral's continuation is 'next'). dot is exactly what \
            'dtree render' hands Graphviz. mermaid is a flowchart to embed in Markdown. Every \
            label is escaped for its format. An invalid tree prints its diagnostics, exits 1 \
            and writes nothing. See docs/render.md.

            Examples:
              dtree export Trees/back-numbness.yaml --format json > back-numbness.json
              dtree export Trees/back-numbness.yaml --format dot | dot -Tsvg > tree.svg
              dtree export Trees/back-numbness.yaml --format mermaid -o tree.mmd
            """
    )

    @Argument(help: "The tree file to export.", completion: .file(extensions: ["yaml", "yml", "json"]))
    var tree: String

    @Option(help: "json, dot or mermaid.")
    var format: ExportFormat

    @Option(name: .shortAndLong, help: "The file to write; standard output when absent.", completion: .file())
    var output: String?

    @Option(help: "TB or LR, for dot and mermaid.")
    var rankdir: RankDirection = .TB

    func run() throws {
        let loaded = try CommandSupport.loadTree(tree)
        do {
            let text = try Exporter.export(loaded, format: format, rankdir: rankdir)
            try CommandSupport.emit(Data(text.utf8), to: output)
        } catch {
            Terminal.standardError("error: \(error)")
            throw ExitCode(1)
        }
    }
}
