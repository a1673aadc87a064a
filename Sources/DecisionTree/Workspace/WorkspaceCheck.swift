// Workspace/: `dtree validate`'s check of the user's paths: every tree and scenario file found,
// each tree loaded once, sign-offs checked, and what each file gave, in the order found.

/// What checking the trees and scenario files under some paths found, file by file.
public struct WorkspaceCheck {
    /// One file that was checked: its diagnostics and the text they point into.
    public struct CheckedFile {
        /// The path as found.
        public var path: String
        /// Whether it is a scenario file (else a tree or a hazard file).
        public var isScenario: Bool
        /// Every diagnostic for it: loading, validation, cites, sign-offs.
        public var diagnostics: [Diagnostic]
        /// Its text, for caret snippets; `nil` when it could not be decoded.
        public var source: SourceText?
    }

    /// The paths that could not be read, in the order met: missing paths, then trees, then
    /// scenario files.
    public var unreadable: [TreeLoader.ReadError] = []
    /// The checked files, in the order found.
    public var files: [CheckedFile] = []
    /// Files found in folders and passed over because they are not trees (no top-level `tree:`).
    public var skipped = 0

    /// What decides a file's kind: a scenario file by its name (`NAME.tests.yaml`); a tree by
    /// its extension, and, for a file found in a folder, by a top-level `tree:` key.
    /// A hazard log by its name (`NAME.hazards.yaml`), never as a tree.
    public static func isCandidate(_ path: String) -> Bool {
        TreeFiles.isTreeFile(path) || TreeFiles.isScenarioFile(path) || TreeFiles.isHazardFile(path)
    }

    /// Checks the files `paths` name (a folder searched to any depth; the current folder when
    /// `paths` is empty). Trees are loaded first, each once however many scenario files name it,
    /// so a scenario file finds its tree already checked.
    ///
    /// With `requireInferenceReview` (`--strict`), each tree's inferences that no hazard of its
    /// hazard log names and no current sign-off notes are reported (``InferenceReview``).
    public init(paths: [String], citations: CitationCheck?, requireReview: Bool, requireInferenceReview: Bool = false) {
        let found = TreeFiles.collect(paths.isEmpty ? ["."] : paths, include: Self.isCandidate)
        unreadable = found.unreadable
        let trees = TreeCache(citations: citations)
        var checked: [CheckedFile?] = Array(repeating: nil, count: found.files.count)
        var hazardFiles = found.files.filter(TreeFiles.isHazardFile)
        var translations: [Int: [CheckedFile]] = [:]
        var loadedTrees: [(position: Int, tree: Tree, path: String)] = []
        for (position, file) in found.files.enumerated() where !TreeFiles.isScenarioFile(file) && !TreeFiles.isHazardFile(file) {
            do {
                let result = try trees.load(file, onlyTrees: found.fromFolders.contains(file))
                if result.skipped {
                    skipped += 1
                    continue
                }
                let diagnostics = Self.diagnostics(of: result, path: file, requireReview: requireReview)
                checked[position] = CheckedFile(path: file, isScenario: false, diagnostics: diagnostics, source: result.source)
                // The hazard log beside a tree is checked with it, as its sign-offs are.
                let beside = TreeFiles.hazardFile(besideTree: file)
                if TreeFiles.isRegularFile(beside), !hazardFiles.contains(where: { TreeCache.standard($0) == TreeCache.standard(beside) }) {
                    hazardFiles.append(beside)
                }
                if let tree = result.tree {
                    translations[position] = Self.translations(of: tree, path: file, requireReview: requireReview)
                    loadedTrees.append((position, tree, file))
                }
            } catch {
                unreadable.append(error)
            }
        }
        for (position, file) in found.files.enumerated() where TreeFiles.isScenarioFile(file) {
            do {
                let result = try ScenarioLoader.load(contentsOf: file, trees: trees)
                checked[position] = CheckedFile(path: file, isScenario: true, diagnostics: result.diagnostics, source: result.source)
            } catch {
                unreadable.append(error)
            }
        }
        var checkedHazards: [CheckedFile] = []
        // The node ids each tree's hazard logs name, and the first log's path, by the tree's path.
        var hazardNodes: [String: (nodes: Set<String>, log: String)] = [:]
        for file in hazardFiles {
            do {
                let result = try HazardLoader.load(contentsOf: file, trees: trees)
                checkedHazards.append(CheckedFile(path: file, isScenario: false, diagnostics: result.diagnostics, source: result.source))
                if let treePath = result.treePath {
                    let key = TreeCache.standard(treePath)
                    let named = Set(result.hazards.flatMap { $0.nodes.map(\.id) })
                    hazardNodes[key] = ((hazardNodes[key]?.nodes ?? []).union(named), hazardNodes[key]?.log ?? file)
                }
            } catch {
                unreadable.append(error)
            }
        }
        if requireInferenceReview {
            for (position, tree, path) in loadedTrees {
                let named = hazardNodes[TreeCache.standard(path)]
                checked[position]?.diagnostics += InferenceReview.diagnostics(
                    of: tree, path: path, hazardNodes: named?.nodes ?? [], hazardLog: named?.log)
            }
        }
        files = checked.enumerated().flatMap { position, file in (file.map { [$0] } ?? []) + (translations[position] ?? []) }
        files += checkedHazards
    }

    /// The PO files beside the tree at `path`, each checked against `tree` (a PO file that
    /// cannot be read gives its one located error, and the tree and the other files load).
    public static func translations(of tree: Tree, path: String, requireReview: Bool) -> [CheckedFile] {
        TranslationCheck.files(besideTree: path).map { _, poPath in
            do throws(Diagnostic) {
                let (po, source) = try POReader.read(poPath)
                let diagnostics = TranslationCheck.diagnostics(of: po, path: poPath, tree: tree, requireReview: requireReview)
                return CheckedFile(path: poPath, isScenario: false, diagnostics: diagnostics, source: source)
            } catch {
                return CheckedFile(path: poPath, isScenario: false, diagnostics: [error], source: nil)
            }
        }
    }

    /// What `dtree validate` reports for a loaded tree file: its load's diagnostics and, when it
    /// loaded, its sign-off's (`review-stale`, and `review-missing` with `requireReview`). The
    /// language server reports the same for an open tree.
    ///
    /// With `requireReview`, a current sign-off that recorded passing tests (`tests:`) has the
    /// tree's scenario file run again: when it no longer passes, `review-stale` says what fails.
    public static func diagnostics(of result: LoadResult, path: String, requireReview: Bool) -> [Diagnostic] {
        guard let tree = result.tree else { return result.diagnostics }
        var diagnostics =
            result.diagnostics
            + ReviewCheck.diagnostics(for: tree, requireReview: requireReview) {
                ReviewCheck.approvedVersion(of: path, digest: $0)
            }
        if requireReview, case .current(let latest) = ReviewCheck.status(of: tree), let recorded = latest.tests, recorded != "none" {
            let run = SignOffTests.run(treePath: path, tests: nil, minimumCoverage: nil)
            if !run.succeeded {
                let failing =
                    run.failures.prefix(3).joined(separator: "; ") + (run.failures.count > 3 ? "; and \(run.failures.count - 3) more" : "")
                diagnostics.append(
                    Diagnostic(
                        .reviewStale,
                        "the latest sign-off (\(latest.by), \(latest.role), \(latest.date)) recorded 'tests: \(recorded)', but the tests no longer pass: \(failing)",
                        at: latest.location ?? .start, in: path))
            }
        }
        return diagnostics
    }
}
