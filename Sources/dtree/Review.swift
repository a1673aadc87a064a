// dtree: `dtree review`: parses and writes; DecisionTreePage builds the page.

import ArgumentParser
import DecisionTree
import DecisionTreePage
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `dtree review`: one self-contained HTML page to review a tree in a browser.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Write a self-contained HTML review page: diagram, stepper, sources, test results, sign-off.",
        discussion: """
            The page needs no network and works from file://: the diagram (Graphviz SVG, \
            inline), a stepper that follows the tree's own transition table with the path lit \
            on the diagram, each node's text, help and cite on a click, the scenario results of \
            the tree's tests file (NAME.tests.yaml beside it, or --tests FILE) with one-click \
            replay, with --against OLD the nodes changed since OLD (marked on the diagram), a text outline, a table of every node with its cite (and the hazards of NAME.hazards.yaml that name it), and the content hash \
            (SHA-256 of the JSON model) to sign. Printing it gives a review packet.

            Without -o, or with -o -, the page goes to standard output. Exit status: 0 when the \
            page is written and every scenario test passes; 1 when the tree is invalid (nothing \
            is written) or a scenario test fails (the page is written and shows it); 2 when a \
            file cannot be read or written. See docs/review-page.md.

            Examples:
              dtree review Trees/back-numbness.yaml -o out/back-numbness.html
              dtree review my-tree.yaml --tests cases/my-tree.tests.yaml -o review.html
              dtree review my-tree.yaml --against old/my-tree.yaml -o review.html
            """
    )

    @Argument(help: "The tree file to review.", completion: .file(extensions: ["yaml", "yml", "json"]))
    var tree: String

    @Option(name: .shortAndLong, help: "The HTML file to write; - or absent for standard output.", completion: .file(extensions: ["html"]))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "The scenario file whose results the page shows. Default: NAME.tests.yaml beside the tree, when there is one.",
            valueName: "file"))
    var tests: String?

    @Option(
        help: ArgumentHelp(
            "An older version of the tree, a file or REV:PATH (a file at a git revision, as for 'dtree diff'): the page lists what changed and marks changed nodes on the diagram.",
            valueName: "old"))
    var against: String?

    @OptionGroup var language: LanguageOptions
    @Flag(
        help:
            "Also run the scenario file against every single-edit mutant of the tree and show the mutation score and each surviving mutant (see 'dtree test --mutants')."
    )
    var mutants = false

    func run() throws {
        let source = try CommandSupport.loadTree(tree)
        let translation = try language.translation(of: source, path: tree)
        let loaded = translation?.tree ?? source
        let testsPath = tests ?? Self.testsBeside(tree)
        let diff = try against.map { spec in
            // OLD is a file or, as for 'dtree diff', REV:PATH read from git.
            guard let old = try CommandSupport.loadTree(spec: spec) else { throw ExitCode(2) }
            // The scenario file, for the cases that end elsewhere on OLD.
            let scenario = testsPath.flatMap { path in
                (try? FileReading.read(path, limit: TreeLoader.maximumFileSize)).flatMap { String(validating: $0, as: UTF8.self) }
                    .map { (text: $0, path: path) }
            }
            return ReviewDiff(old: old, oldFile: URL(fileURLWithPath: spec).lastPathComponent, new: loaded, scenarioFile: scenario)
        }
        var results: ReviewTests?
        var mutation: TreeMutation?
        if let path = testsPath {
            do {
                let file = try ScenarioLoader.load(contentsOf: path)
                results = ReviewTests(ScenarioRun(file: file), for: loaded)
                if mutants {
                    Interrupt.install()
                    mutation = MutationTesting.run(file, isCancelled: { Interrupt.wasRaised })
                    if Interrupt.wasRaised || mutation?.interrupted == true {
                        try Terminal.standardError(Phrasebook.english.mutation.interrupted)
                        throw ExitCode(130)
                    }
                }
            } catch let error as TreeLoader.ReadError {
                try Terminal.standardError("\(error)")
                throw ExitCode(2)
            }
        }
        var page = ReviewPage(tree: loaded, fileName: URL(fileURLWithPath: tree).lastPathComponent, tests: results, diff: diff)
        // The hazard log beside the tree: each node shows the hazards that name it.
        let hazardPath = TreeFiles.hazardFile(besideTree: tree)
        if TreeFiles.isRegularFile(hazardPath) {
            do {
                page.hazards = try HazardLoader.load(contentsOf: hazardPath)
            } catch {
                try Terminal.standardError("\(error)")
                throw ExitCode(2)
            }
        }
        if let translation {
            page.words = translation.words
            page.language = translation.language
        }
        page.alternates = Self.alternates(of: source, path: tree, shown: translation)
        page.mutation = mutation
        let html: String
        do {
            html = try page.html()
        } catch {
            try Terminal.standardError("error: \(error)")
            throw ExitCode(1)
        }
        try CommandSupport.emit(Data(html.utf8), to: output)
        let failed = results.map { $0.entries.filter { !$0.passed }.count + ($0.error == nil ? 0 : 1) } ?? 0
        if failed > 0 {
            try Terminal.standardError(
                "\(failed) scenario test\(failed == 1 ? "" : "s") failed; the page shows \(failed == 1 ? "it" : "them")")
            throw ExitCode(1)
        }
    }

    /// The other languages the page's switch offers: the tree as written when the page shows a
    /// translation, and every reviewed translation beside the tree (a PO file that cannot be
    /// read, or has a fuzzy, missing or stale entry, is not offered).
    static func alternates(of source: Tree, path: String, shown: TreeTranslation?) -> [ReviewPage.Alternate] {
        var alternates: [ReviewPage.Alternate] = []
        if shown != nil { alternates.append(ReviewPage.Alternate(language: "en", tree: source, words: .english)) }
        for file in TranslationCheck.files(besideTree: path) where file.language != shown?.language {
            guard let translation = try? TreeTranslation(tree: source, treePath: path, language: file.language), translation.reviewed
            else { continue }
            alternates.append(ReviewPage.Alternate(language: translation.language, tree: translation.tree, words: translation.words))
        }
        return alternates
    }

    /// `NAME.tests.yaml` beside a tree `NAME.yaml` (or `.yml`, `.json`), when it exists.
    static func testsBeside(_ tree: String) -> String? {
        let candidate = TreeFiles.scenarioFile(besideTree: tree)
        return FileManager.default.fileExists(atPath: candidate) ? candidate : nil
    }
}
