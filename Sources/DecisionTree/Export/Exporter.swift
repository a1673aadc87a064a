// Export/: writing a tree in other formats for other tools (the normalized JSON model, Mermaid).
// Imports Model/ only; the DOT a rendering uses is Rendering/'s.

/// A text format a tree is exported to without Graphviz.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// The normalized model as one JSON object; see ``JSONExport``.
    case json
    /// The clinician-styled DOT that `dtree render` hands to Graphviz (written by Rendering/).
    case dot
    /// A Mermaid flowchart for Markdown; see ``MermaidExport``.
    case mermaid

    /// The format a file name's extension names (`.json`, `.dot`/`.gv`, `.mmd`/`.mermaid`), if any.
    public init?(path: String) {
        let name = path.lowercased()
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return nil }
        switch name[name.index(after: dot)...] {
        case "json": self = .json
        case "dot", "gv": self = .dot
        case "mmd", "mermaid": self = .mermaid
        default: return nil
        }
    }
}
