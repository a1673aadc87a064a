import ArgumentParser
import DecisionTree
import Foundation

/// `dtree test`: run scenario files' cases, prove their invariants, and report coverage.
struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run scenario tests (*.tests.yaml): cases, invariants over every path, and coverage.",
        discussion: """
            PATH is a scenario file, a tree file (its NAME.tests.yaml beside it is run), or a \
            folder, searched for every *.tests.yaml. Each case walks the tree with its answers \
            and must end at a node matching its expectation; each invariant is proved over every \
            path by reachability. Coverage per tree counts the outcomes and edges the cases reach; \
            trees in a searched folder with no scenario file are reported as untested.

            The last line printed is 'N passed, M failed', counting cases and invariants (a \
            scenario file that cannot run counts as one failure). With --format json, standard \
            output is one JSON document and that line goes to standard error. Exit status: 0 when \
            everything passes, 1 on any failure.

            Examples:
              dtree test Trees/
              dtree test --min-coverage 100 --junit out/junit.xml Trees/
              dtree test --format github Trees/back-numbness.tests.yaml
            """
    )

    @Option(help: ArgumentHelp("Also write a JUnit XML report to this file.", valueName: "file"))
    var junit: String?

    @Option(name: .customLong("min-coverage"), help: ArgumentHelp("Fail when a tree's outcome coverage is below this percentage.", valueName: "pct"))
    var minCoverage: Double?

    @Option(help: "How to print results: text, json or github (workflow annotations).")
    var format: DiagnosticFormat = .text

    @Argument(help: "Scenario files, tree files or folders.", completion: .file())
    var paths: [String]

    func validate() throws {
        if let minCoverage, !(0...100).contains(minCoverage) {
            throw ValidationError("--min-coverage must be between 0 and 100, not \(minCoverage)")
        }
    }

    func run() throws {
        var reporter = TestReporter(format: format)
        let plan = TestPlan(paths: paths)
        for problem in plan.problems { reporter.problem(problem) }
        if plan.scenarioFiles.isEmpty, plan.problems.isEmpty {
            reporter.problem("no scenario files (*.tests.yaml) found in \(paths.joined(separator: ", "))")
        }
        var coverage: [String: Coverage] = [:]
        var coverageOrder: [String] = []
        var suites: [TestSuiteReport] = []
        for file in plan.scenarioFiles {
            let loaded: ScenarioFile
            do {
                loaded = try ScenarioLoader.load(contentsOf: file)
            } catch {
                reporter.problem("\(error)")
                continue
            }
            let run = ScenarioSuite.run(loaded)
            suites.append(run.report)
            reporter.suite(run.report, file: loaded)
            guard let tree = loaded.tree, let treePath = loaded.treePath else { continue }
            let key = TestPlan.standard(treePath)
            if coverage[key] == nil {
                coverage[key] = Coverage(tree: tree, path: treePath)
                coverageOrder.append(key)
            }
            for result in run.cases { coverage[key]?.record(result) }
        }
        for key in coverageOrder {
            guard let tree = coverage[key] else { continue }
            reporter.coverage(tree, minimum: minCoverage)
        }
        let tested = Set(coverageOrder)
        for tree in plan.treesInFolders where !tested.contains(TestPlan.standard(tree)) {
            reporter.untestedTree(tree, minimum: minCoverage)
        }
        if let junit {
            do {
                try JUnitWriter.write(suites, to: junit)
            } catch {
                reporter.problem("\(error)")
            }
        }
        reporter.finish()
        if !reporter.succeeded { throw ExitCode(1) }
    }
}

/// The scenario files a `dtree test` run covers, found from the user's paths.
struct TestPlan {
    /// Scenario files, each once, in the order found.
    var scenarioFiles: [String] = []
    /// Tree files found in searched folders, to report those no scenario file tests.
    var treesInFolders: [String] = []
    /// Paths that name nothing runnable.
    var problems: [String] = []

    init(paths: [String]) {
        var seen = Set<String>()
        func add(_ file: String) {
            if seen.insert(Self.standard(file)).inserted { scenarioFiles.append(file) }
        }
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append("\(path): error: no such file or folder")
                continue
            }
            if isDirectory.boolValue {
                let found = TreeFiles.collect([path], include: TreeFiles.isScenarioFile)
                found.files.forEach(add)
                problems += found.unreadable.map(\.description)
                treesInFolders += TreeFiles.collect([path], include: TreeFiles.isTreeFile).files
            } else if TreeFiles.isScenarioFile(path) {
                add(path)
            } else {
                let sibling = (path as NSString).deletingPathExtension + TreeFiles.scenarioSuffix
                if FileManager.default.fileExists(atPath: sibling) {
                    add(sibling)
                } else {
                    problems.append("\(path): error: not a scenario file, and there is no \(sibling) beside it")
                }
            }
        }
    }

    /// An absolute, standardized path, to tell whether two paths name the same file.
    static func standard(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
