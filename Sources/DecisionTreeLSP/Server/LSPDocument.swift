// Server/: an open document, and what the server works out from each version of its text,
// each thing once, when first asked.

import DecisionTree
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open document: its text, version, and the parse of that text.
struct LSPDocument {
    let uri: String
    let path: String
    /// The text as the editor holds it.
    private(set) var text: String
    /// The version the editor gave with it.
    private(set) var version: Int?
    /// What is worked out from this text; replaced with the text.
    private(set) var parse: DocumentParse
    /// When the first unpublished change came, and the latest.
    var firstChange: Date?
    var lastChange: Date?

    init(uri: String, path: String, text: String, version: Int?) {
        self.uri = uri
        self.path = path
        self.text = text
        self.version = version
        self.parse = DocumentParse(path: path, text: text)
    }

    /// Whether it is a scenario file (`*.tests.yaml`) rather than a tree.
    var isScenario: Bool { TreeFiles.isScenarioFile(path) }

    /// Whether it is a hazard file (`*.hazards.yaml`): never a tree, though it names one.
    var isHazards: Bool { TreeFiles.isHazardFile(path) }

    /// The source of the text, for position conversions.
    var source: SourceText { parse.source }

    /// Takes a new version of the text; its parse starts afresh.
    mutating func update(text: String, version: Int?) {
        self.text = text
        self.version = version ?? self.version
        self.parse = DocumentParse(path: path, text: text)
    }
}

/// What the server works out from one version of a file's text: its lines, its tree or
/// scenario index, and its tree load. Each is made the first time it is asked for and kept
/// while the text is unchanged, so no request composes the YAML of an unchanged document again.
final class DocumentParse {
    /// The text, with its line lookups.
    let source: SourceText

    init(path: String, text: String) {
        source = SourceText(path: path, text: text)
    }

    /// Where nodes are defined and named, when the text is a tree.
    private(set) lazy var treeIndex: TreeIndex? = TreeIndex(text: source.text)

    /// Where nodes are named, when the text is a scenario file.
    private(set) lazy var scenarioIndex: ScenarioIndex? = ScenarioIndex(text: source.text)

    private var treeLoad: (citations: CitationCheck?, result: LoadResult)?

    /// The text loaded as a tree file (only when it is a tree: see ``TreeLoader``), with its
    /// cites checked under `citations`.
    func tree(citations: CitationCheck?) -> LoadResult {
        if let treeLoad, treeLoad.citations == citations { return treeLoad.result }
        let result = TreeLoader.load(text: source.text, path: source.path, onlyTrees: true, citations: citations)
        treeLoad = (citations, result)
        return result
    }

    /// The text loaded as a hazard file, against the tree it names and that tree's scenario
    /// file on disk (see ``HazardLoader``).
    private(set) lazy var hazards: HazardFile = HazardLoader.load(text: source.text, path: source.path)

    private var scenarioLoad: (tree: ObjectIdentifier?, result: ScenarioFile)?

    /// The text loaded as a scenario file against the tree parsed in `treeParse` (or the tree
    /// it names on disk when `nil`), kept while that tree's text is unchanged too.
    func scenario(against treeParse: DocumentParse?) -> ScenarioFile {
        let key = treeParse.map(ObjectIdentifier.init)
        if let scenarioLoad, scenarioLoad.tree == key { return scenarioLoad.result }
        let result = ScenarioLoader.load(text: source.text, path: source.path, tree: treeParse?.tree(citations: nil).tree)
        scenarioLoad = (key, result)
        return result
    }
}
