import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Scenarios/: reading a scenario file and the tree it names.

/// Loads `*.tests.yaml` scenario files and the trees they name, with located diagnostics.
///
/// Problems are reported as ``Diagnostic``s with the same rules, positions and formats as
/// tree files: an unknown node, an answer a node does not take, an expectation that names
/// nothing in the tree. A case or invariant with an error of its own is kept but marked
/// broken, so the rest of the file still runs. An answer for a node the case's path never
/// visits is a warning.
public enum ScenarioLoader {
    /// The top-level keys of a scenario file.
    static let topLevelKeys = ["tree", "min-coverage", "cases", "invariants"]

    /// Reads and loads the scenario file at `path`, and the tree it names.
    ///
    /// - Throws: ``TreeLoader/ReadError`` only when the file cannot be read.
    /// - Parameter trees: the run's cache, so a tree several scenario files name is loaded once.
    public static func load(contentsOf path: String, trees: TreeCache = TreeCache()) throws(TreeLoader.ReadError) -> ScenarioFile {
        switch try TreeLoader.readCompanionText(path, what: "scenario files") {
        case .success(let text): return load(text: text, path: path, tree: nil, trees: trees)
        case .failure(let diagnostic): return failed(path: path, [diagnostic], source: nil)
        }
    }

    /// Loads a scenario file from text, as if read from `path`; the tree is read relative to `path`'s folder.
    public static func load(text: String, path: String) -> ScenarioFile {
        load(text: text, path: path, tree: nil, trees: TreeCache())
    }

    /// Loads a scenario file from text against an already loaded `tree`, ignoring the file's `tree:` path.
    /// When `tree` is `nil`, the tree is read from the path the file names.
    public static func load(text: String, path: String, tree given: Tree?, trees: TreeCache = TreeCache()) -> ScenarioFile {
        let source = SourceText(path: path, text: text)
        let root: YAMLNode
        switch YAMLReader.composeMapping(text, path: path, shape: "a scenario file must be a mapping with tree, cases and invariants") {
        case .success(let mapping): root = mapping
        case .failure(let diagnostic): return failed(path: path, [diagnostic], source: source)
        }
        var reader = MappingReader(file: path)
        let pairs = reader.pairs(of: root, allowed: topLevelKeys)
        var treePath: String?
        var tree = given
        var treeResult: LoadResult?
        if let entry = pairs.first(where: { $0.key == "tree" }), let name = reader.text(entry.value, field: "tree") {
            let resolved = resolve(name, against: path)
            treePath = resolved
            if given == nil {
                treeResult = trees.loadNamedTree(name, resolved: resolved, at: entry.value.location, reader: &reader)
                tree = treeResult?.tree
            }
        } else if given == nil, !pairs.contains(where: { $0.key == "tree" }) {
            reader.report(.missingField, "missing required field 'tree': the tree file, relative to this file", at: root.location)
        }
        var minimumCoverage: CoverageMinimum?
        if let entry = pairs.first(where: { $0.key == "min-coverage" }) {
            minimumCoverage = reader.coverageMinimum(entry.value, file: path)
        }
        var cases: [ScenarioCase] = []
        var invariants: [Invariant] = []
        var results: [CaseResult] = []
        if let tree {
            var decoder = ScenarioDecoder(reader: reader, tree: tree)
            for (key, _, value) in pairs {
                switch key {
                case "cases": cases = decoder.decodeCases(value)
                case "invariants": invariants = decoder.decodeInvariants(value)
                default: break
                }
            }
            reader = decoder.reader
            for (scenario, result) in zip(cases, cases.map { CaseRunner.run($0, in: tree) }) {
                results.append(result)
                guard !scenario.isBroken else { continue }
                for unused in result.unusedAnswers {
                    let id = tree.nodes[unused].id
                    reader.report(
                        .unusedAnswer, "the case's path never reaches '\(id)', so this answer is unused",
                        at: scenario.answerLocations[unused] ?? scenario.location)
                }
            }
        }
        return ScenarioFile(
            path: path, treePath: treePath, tree: tree, treeDiagnostics: treeResult?.diagnostics ?? [],
            treeSource: treeResult?.source, minimumCoverage: minimumCoverage, cases: cases, invariants: invariants, results: results,
            diagnostics: DiagnosticList.report([reader.found], file: path), source: source)
    }

    /// `name` resolved against the folder of `file`, unless it is absolute.
    /// `.` and `folder/..` components are removed, so messages show `Trees/x.yaml`, not `Trees/sub/../x.yaml`.
    static func resolve(_ name: String, against file: String) -> String {
        let folder = PathName.folder(of: file)
        let joined = name.hasPrefix("/") || folder.isEmpty ? name : folder + "/" + name
        let path = PathName.normalized(joined)
        return path.isEmpty ? "." : path
    }

    private static func failed(path: String, _ diagnostics: [Diagnostic], source: SourceText?) -> ScenarioFile {
        ScenarioFile(
            path: path, treePath: nil, tree: nil, treeDiagnostics: [], treeSource: nil,
            minimumCoverage: nil, cases: [], invariants: [], results: [], diagnostics: diagnostics, source: source)
    }
}

extension MappingReader {
    /// A scenario file's `min-coverage:` value: a percentage from 0 to 100, or `nil` (reported).
    mutating func coverageMinimum(_ node: YAMLNode, file: String) -> CoverageMinimum? {
        guard let text = node.scalar, let percent = Double(text), percent.isFinite, (0...100).contains(percent) else {
            let shown = node.scalar.map { "'\($0)'" } ?? node.kindDescription
            report(.wrongType, "'min-coverage' must be a percentage from 0 to 100, not \(shown)", at: node.span)
            return nil
        }
        return CoverageMinimum(percent: percent, setBy: .scenarioFile(file))
    }
}
