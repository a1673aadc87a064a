// Workspace/: the one scenario run: the scenario files the user's paths name, each run once
// against its tree (loaded once), coverage per tree, and the trees no scenario file tests.
// `dtree test` prints it; the review page shows one tree's part of it.

/// Every scenario file under some paths, run; coverage by tree; untested trees.
public struct ScenarioRun {
    /// One scenario file and what running it gave.
    public struct Suite {
        /// The file as loaded, with its diagnostics and its tree's.
        public var file: ScenarioFile
        /// The report and each case's result.
        public var run: ScenarioSuite.Run
        /// The hazard log beside the file's tree, loaded and checked against this run, when
        /// there is one (its hazards are entries of `run`'s report).
        public var hazards: HazardFile?
    }

    /// What happened, file by file, in the order the files were found.
    public enum Event {
        /// A path or scenario file that could not be read.
        case unreadable(TreeLoader.ReadError)
        /// A scenario file that was loaded and run.
        case suite(Suite)
    }

    /// The files, in order.
    public var events: [Event] = []
    /// Coverage per tree, in the order the trees were first met.
    public var coverage: [Coverage] = []
    /// Trees found in searched folders that no scenario file tests.
    public var untestedTrees: [String] = []
    /// Whether the paths named no scenario file at all (and nothing was unreadable).
    public var foundNothing = false

    /// Runs the scenario files `paths` name: a scenario file as given, a tree's
    /// `NAME.tests.yaml` beside it, a folder searched for both.
    public init(paths: [String], citations: CitationCheck?) {
        let (plan, treesInFolders) = TreeFiles.scenarios(in: paths)
        events = plan.unreadable.map { .unreadable($0) }
        foundNothing = plan.files.isEmpty && plan.unreadable.isEmpty
        let trees = TreeCache(citations: citations)
        var byTree: [String: Int] = [:]
        for path in plan.files {
            let file: ScenarioFile
            do {
                file = try ScenarioLoader.load(contentsOf: path, trees: trees)
            } catch {
                events.append(.unreadable(error))
                continue
            }
            let (run, hazards) = Self.withHazards(ScenarioSuite.run(file), file: file, trees: trees)
            let suite = Suite(file: file, run: run, hazards: hazards)
            events.append(.suite(suite))
            add(suite, to: &byTree)
        }
        let tested = Set(byTree.keys)
        untestedTrees = treesInFolders.filter { !tested.contains(TreeCache.standard($0)) }
    }

    /// Runs one scenario file that is already loaded (the review page's `--tests`, or the file
    /// beside its tree).
    public init(file: ScenarioFile) {
        let suite = Suite(file: file, run: ScenarioSuite.run(file))
        events = [.suite(suite)]
        var byTree: [String: Int] = [:]
        add(suite, to: &byTree)
    }

    /// The run with one entry per hazard of the hazard log beside the file's tree, when there
    /// is one: verified when every invariant and case its controls name passed.
    static func withHazards(_ run: ScenarioSuite.Run, file: ScenarioFile, trees: TreeCache) -> (ScenarioSuite.Run, HazardFile?) {
        guard let treePath = file.treePath, file.tree != nil else { return (run, nil) }
        let path = TreeFiles.hazardFile(besideTree: treePath)
        guard TreeFiles.isRegularFile(path), let hazards = try? HazardLoader.load(contentsOf: path, trees: trees, tests: run.report)
        else { return (run, nil) }
        var run = run
        run.report.tests += HazardReport.tests(hazards)
        return (run, hazards)
    }

    /// The suites that ran, in order.
    public var suites: [Suite] {
        events.compactMap { if case .suite(let suite) = $0 { return suite } else { return nil } }
    }

    private mutating func add(_ suite: Suite, to byTree: inout [String: Int]) {
        guard let tree = suite.file.tree, let treePath = suite.file.treePath else { return }
        let key = TreeCache.standard(treePath)
        let index: Int
        if let known = byTree[key] {
            index = known
        } else {
            index = coverage.count
            byTree[key] = index
            coverage.append(Coverage(tree: tree, path: treePath))
        }
        coverage[index].declaredMinimum = CoverageMinimum.stricter(coverage[index].declaredMinimum, suite.file.minimumCoverage)
        for result in suite.run.cases { coverage[index].record(result) }
    }
}
