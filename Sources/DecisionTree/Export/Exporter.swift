// Export/: writing a tree in other formats for other tools (the normalized JSON model, Mermaid,
// HL7 FHIR). Imports Model/, and Graph/ for the FHIR conditions' topological order only; the
// DOT a rendering uses is Rendering/'s.

/// A text format a tree is exported to without Graphviz.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// The normalized model as one JSON object; see ``JSONExport``.
    case json
    /// The clinician-styled DOT that `dtree render` hands to Graphviz (written by Rendering/).
    case dot
    /// A Mermaid flowchart for Markdown; see ``MermaidExport``.
    case mermaid
    /// An HL7 FHIR R4 Bundle: Questionnaire, PlanDefinition, ActivityDefinitions; see ``FHIRExport``.
    case fhir

    /// The format a file name's extension names (`.json`, `.dot`/`.gv`, `.mmd`/`.mermaid`,
    /// `.fhir.json`), if any. A plain `.json` is the normalized model.
    public init?(path: String) {
        let name = path.lowercased()
        if name.hasSuffix(".fhir.json") {
            self = .fhir
            return
        }
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return nil }
        switch name[name.index(after: dot)...] {
        case "json": self = .json
        case "dot", "gv": self = .dot
        case "mmd", "mermaid": self = .mermaid
        default: return nil
        }
    }
}
