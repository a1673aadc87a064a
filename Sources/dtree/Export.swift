// dtree: `dtree export`: parses and prints; Export/ writes the formats.

import ArgumentParser
import DecisionTree
import DecisionTreeRendering
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `dtree export`: write a tree as the normalized JSON model, DOT, a Mermaid flowchart or a FHIR Bundle.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a tree as the normalized JSON model, Graphviz DOT, a Mermaid flowchart or HL7 FHIR.",
        discussion: """
            json is the normalized model ("format": "dtree-model/1"): tree, title, start and \
            the nodes in file order, each with its edges ({"label", "to"}; a checklist's are \
            'any' and 'none', a referral's continuation is 'next'). Every command reads it back \
            as the tree it came from. dot is exactly what 'dtree render' hands Graphviz. \
            mermaid is a flowchart to embed in Markdown, with the tree's node ids. fhir is an \
            HL7 FHIR R4 Bundle: a Questionnaire (enableWhen and FHIRPath enableWhenExpression), \
            a PlanDefinition of eca-rule actions with FHIRPath applicability conditions, and one \
            ActivityDefinition per specialist (docs/fhir.md). Every label is escaped for its \
            format. Without --format the format comes from -o's extension (.json, .dot/.gv, \
            .mmd/.mermaid, .fhir.json; a plain .json is the model). An invalid tree prints its diagnostics, exits 1 and \
            writes nothing. See docs/render.md.

            Examples:
              dtree export Trees/back-numbness.yaml --format json > back-numbness.json
              dtree export Trees/back-numbness.yaml --format dot -o tree.dot
              dtree export Trees/back-numbness.yaml -o tree.mmd
              dtree export Trees/back-numbness.yaml --format fhir \\
                -o back-numbness.fhir.json
            """
    )

    @Argument(help: "The tree file to export.", completion: .file(extensions: ["yaml", "yml", "json"]))
    var tree: String

    @Option(help: "json, dot, mermaid or fhir. Default: from -o's extension.")
    var format: ExportFormat?

    @Option(name: .shortAndLong, help: "The file to write; - or absent for standard output.", completion: .file())
    var output: String?

    @Option(help: "TB or LR, for dot and mermaid.")
    var rankdir: RankDirection = .TB

    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "For fhir: add FHIR translation extensions from NAME.LANG.po beside the tree (reviewed entries only); repeatable.",
            valueName: "LANG"))
    var languages: [String] = []

    func validate() throws {
        for language in languages { try checkLanguageTag(language) }
        guard format == nil else { return }
        guard let output, output != "-" else {
            throw ValidationError("give --format json, dot, mermaid or fhir (or -o FILE with a .json, .dot, .mmd or .fhir.json extension)")
        }
        if ExportFormat(path: output) == nil {
            throw ValidationError("cannot tell the format from '\(output)'; name it .json, .dot, .mmd or .fhir.json, or pass --format")
        }
    }

    func run() throws {
        let loaded = try CommandSupport.loadTree(tree)
        let chosen = format ?? output.flatMap(ExportFormat.init(path:)) ?? .json
        if !languages.isEmpty, chosen != .fhir {
            throw try CommandSupport.usageError("--lang adds translations to the fhir format only", Self.self)
        }
        var translations: [FHIRTranslation] = []
        for language in languages {
            do {
                translations.append(try TreeTranslation.forExport(tree: loaded, treePath: tree, language: language))
            } catch {
                try Terminal.standardError(DiagnosticFormatter.text(error, source: nil))
                throw ExitCode(error.rule == .unreadableFile ? 2 : 1)
            }
        }
        let text =
            switch chosen {
            case .json: JSONExport.text(loaded)
            case .dot: Renderer.dot(loaded, options: RenderOptions(rankdir: rankdir))
            case .mermaid: MermaidExport.text(loaded, rankdir: rankdir)
            case .fhir: FHIRExport.text(loaded, translations: translations)
            }
        try CommandSupport.emit(Data(text.utf8), to: output)
    }
}
