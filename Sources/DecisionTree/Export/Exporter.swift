/// A format `dtree export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// The normalized model as one JSON object; see ``JSONExport``.
    case json
    /// The clinician-styled DOT that `dtree render` hands to Graphviz.
    case dot
    /// A Mermaid flowchart for Markdown; see ``MermaidExport``.
    case mermaid
}

/// Writes trees in the export formats.
public enum Exporter {
    /// `tree` as text in `format`; `rankdir` applies to DOT and Mermaid.
    public static func export(_ tree: Tree, format: ExportFormat, rankdir: RankDirection = .TB) throws(RenderError) -> String {
        switch format {
        case .json: JSONExport.text(tree)
        case .dot: try Renderer.dot(tree, options: RenderOptions(rankdir: rankdir))
        case .mermaid: MermaidExport.text(tree, rankdir: rankdir)
        }
    }
}
