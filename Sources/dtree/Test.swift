// dtree: `dtree test`: parses; Scenarios/ runs the suites; TestReporter prints.

import ArgumentParser
import DecisionTree
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `dtree test`: run scenario files' cases, prove their invariants, and report coverage.
struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run scenario tests (*.tests.yaml): cases, invariants over every path, and coverage.",
        discussion: """
            PATH is a scenario file, a tree file (its NAME.tests.yaml beside it is run), or a \
            folder, searched for every *.tests.yaml. Each case walks the tree with its answers \
            and must end at a node matching its expectation; each invariant is proved over every \
            path by reachability. A tree whose cites do not occur in its source document (found \
            beside it, in a --sources folder or in DTREE_SOURCES) has errors and cannot run. Coverage per tree counts the outcomes and edges the cases reach; \
            trees in a searched folder with no scenario file are reported as untested. When \
            the tree has a hazard log (NAME.hazards.yaml beside it), each hazard is reported \
            too: verified when every invariant and case its controls name passed \
            (docs/safety.md).

            The last line printed is 'N passed, M failed', counting cases, invariants and, with \
            --min-coverage, each tree's coverage (a scenario file that cannot run counts as one \
            failure). A coverage miss is a failure in every format and in the JUnit report (a \
            testcase named for the tree, of type coverage-below-minimum). With --format json or \
            sarif, standard output is one JSON document and that line goes to standard error; \
            the SARIF log has one result per diagnostic, failed case or invariant, untested \
            outcome and coverage miss. Exit \
            status: 0 when everything passes, 1 on any failure, 2 when a file cannot be read or \
            the JUnit report cannot be written.

            --mutants runs the cases and invariants against every single-edit mutant of each tree \
            (edges retargeted or swapped, answers and items dropped, urgencies changed, advice \
            dropped or reworded, refer steps cut out, number boundaries moved by the smallest \
            step) and prints the mutation score, killed of \
            killed + survived, per tree and per operator, with each survivor's edit, place and \
            witness answers; equivalent mutants (no patient can tell) and wording-only ones are \
            not counted. --min-score fails below a score (exit 1); Ctrl-C exits 130. --suggest \
            prints a case, marked unreviewed: true, for each untested edge and outcome and each \
            survivor, with the result the tree gives now; --write appends them to the scenario \
            file. --strict fails on each unreviewed case. See docs/mutation.md.

            Examples:
              dtree test Trees/
              dtree test --min-coverage 100 --junit out/junit.xml Trees/
              dtree test --format github Trees/back-numbness.tests.yaml
            """
    )

    @Option(help: ArgumentHelp("Also write a JUnit XML report to this file.", valueName: "file"))
    var junit: String?

    @Option(
        name: .customLong("min-coverage"),
        help: ArgumentHelp("Fail when a tree's outcome coverage is below this percentage.", valueName: "pct"))
    var minCoverage: Double?

    @Option(help: "How to print results: text, json, github (workflow annotations) or sarif (SARIF 2.1.0).")
    var format: DiagnosticFormat = .text

    @Flag(
        help: ArgumentHelp(
            "Mutation testing: run the cases and invariants against every single-edit mutant of each tree and print the mutation score per tree and per operator, with each surviving mutant's edit, place and witness answers."
        ))
    var mutants = false

    @Option(
        name: .customLong("min-score"),
        help: ArgumentHelp("With --mutants, fail when a tree's mutation score is below this percentage.", valueName: "pct"))
    var minScore: Double?

    @Option(
        name: .customLong("max-mutants"),
        help: ArgumentHelp(
            "With --mutants, run at most this many mutants per tree (evenly spaced, the same on every run; default \(MutantGenerator.defaultMaximum)).",
            valueName: "n"))
    var maxMutants: Int = MutantGenerator.defaultMaximum

    @Flag(
        help: ArgumentHelp(
            "Print a ready case, marked 'unreviewed: true', for each edge and outcome no case walks (the shortest answers) and for each surviving mutant (its witness), with the result the tree gives now."
        ))
    var suggest = false

    @Flag(help: "With --suggest, append the suggested cases to each scenario file, keeping its comments.")
    var write = false

    @Flag(help: "Also fail on each case marked 'unreviewed: true' (case-unreviewed).")
    var strict = false

    @OptionGroup var sources: SourceOptions

    @OptionGroup var language: ReportLanguageOptions

    @Argument(help: "Scenario files, tree files or folders.", completion: .file())
    var paths: [String]

    func validate() throws {
        if let minScore, !(0...100).contains(minScore) {
            throw ValidationError("--min-score must be between 0 and 100, not \(minScore)")
        }
        if maxMutants < 1 { throw ValidationError("--max-mutants must be at least 1, not \(maxMutants)") }
        if !mutants, !suggest, minScore != nil || maxMutants != MutantGenerator.defaultMaximum {
            throw ValidationError("--min-score and --max-mutants need --mutants")
        }
        if suggest, minScore != nil { throw ValidationError("--min-score needs --mutants, not --suggest") }
        if mutants, suggest { throw ValidationError("--mutants and --suggest cannot be combined: --suggest runs the mutants itself") }
        if write, !suggest { throw ValidationError("--write needs --suggest") }
        if suggest, format != .text { throw ValidationError("--suggest prints scenario cases as YAML text; --format does not apply") }
        if let minCoverage, !(0...100).contains(minCoverage) {
            throw ValidationError("--min-coverage must be between 0 and 100, not \(minCoverage)")
        }
    }

    func run() throws {
        if mutants { return try runMutants() }
        if suggest { return try runSuggest() }
        var reporter = TestReporter(format: format, words: try language.phrasebook().report)
        let scenarios = ScenarioRun(paths: paths, citations: sources.citations(requireCites: false))
        var suites: [TestSuiteReport] = []
        for event in scenarios.events {
            switch event {
            case .unreadable(let problem):
                try reporter.unreadable("\(problem)")
            case .suite(let suite):
                suites.append(suite.run.report)
                try reporter.suite(suite.run.report, file: suite.file, hazards: suite.hazards)
            }
        }
        if scenarios.foundNothing {
            try reporter.problem("no scenario files (*.tests.yaml) found in \(paths.joined(separator: ", "))")
        }
        for tree in scenarios.coverage {
            let minimum = tree.minimum(given: minCoverage)
            try reporter.coverage(tree, minimum: minimum)
            if let minimum { suites.append(tree.report(minimum: minimum)) }
        }
        for tree in scenarios.untestedTrees {
            let failing = (minCoverage ?? 0) > 0
            try reporter.untestedTree(tree, failing: failing)
            if failing { suites.append(Coverage.untestedReport(treePath: tree)) }
        }
        var junitFailed = false
        if let junit {
            do {
                try JUnitWriter.write(suites, to: junit)
            } catch {
                try Terminal.standardError("error: \(error)")
                junitFailed = true
            }
        }
        if strict {
            for suite in scenarios.suites {
                let unreviewed = suite.file.cases.filter(\.isUnreviewed).map { scenario in
                    Diagnostic(
                        .caseUnreviewed,
                        "case '\(scenario.name)' is unreviewed: a clinician confirms its expected result, then deletes 'unreviewed: true'",
                        at: scenario.location, in: suite.file.path)
                }
                try reporter.strictFindings(unreviewed, source: suite.file.source)
            }
        }
        try reporter.finish()
        if junitFailed || reporter.unreadableInputs > 0 { throw ExitCode(2) }
        if !reporter.succeeded { throw ExitCode(1) }
    }

    /// `--mutants`: each scenario file's suite against its tree's mutants.
    private func runMutants() throws {
        Interrupt.install()
        var reporter = MutationReporter(format: format, words: try language.phrasebook().mutation)
        let scenarios = ScenarioRun(paths: paths, citations: sources.citations(requireCites: false))
        for event in scenarios.events {
            switch event {
            case .unreadable(let problem):
                try reporter.unreadable("\(problem)")
            case .suite(let suite):
                guard suite.file.tree != nil else {
                    try reporter.notMutated(suite.file)
                    continue
                }
                guard
                    let run = MutationTesting.run(suite.file, maximum: maxMutants, isCancelled: { Interrupt.wasRaised }),
                    !run.interrupted, !Interrupt.wasRaised
                else {
                    try Terminal.standardError(Phrasebook.english.mutation.interrupted)
                    throw ExitCode(130)
                }
                try reporter.tree(run, minimum: minScore)
            }
        }
        if scenarios.foundNothing {
            try reporter.problem("no scenario files (*.tests.yaml) found in \(paths.joined(separator: ", "))")
        }
        try reporter.finish()
        if reporter.unreadableInputs > 0 { throw ExitCode(2) }
        if !reporter.succeeded { throw ExitCode(1) }
    }

    /// `--suggest [--write]`: cases for what each scenario file leaves untested.
    private func runSuggest() throws {
        Interrupt.install()
        let words = Phrasebook.english.mutation
        let scenarios = ScenarioRun(paths: paths, citations: sources.citations(requireCites: false))
        var planned: [(file: ScenarioFile, cases: [SuggestedCase])] = []
        var failed = false, unreadable = false
        for event in scenarios.events {
            switch event {
            case .unreadable(let problem):
                try Terminal.standardError("\(problem)")
                unreadable = true
            case .suite(let suite):
                guard suite.file.tree != nil else {
                    var reporter = MutationReporter(format: .text)
                    try reporter.notMutated(suite.file)
                    failed = true
                    continue
                }
                let run = MutationTesting.run(suite.file, maximum: maxMutants, isCancelled: { Interrupt.wasRaised })
                if Interrupt.wasRaised || run?.interrupted == true {
                    try Terminal.standardError(words.interrupted)
                    throw ExitCode(130)
                }
                planned.append((suite.file, Suggestions.cases(for: suite.file, mutation: run)))
            }
        }
        if scenarios.foundNothing {
            try Terminal.standardError("error: no scenario files (*.tests.yaml) found in \(paths.joined(separator: ", "))")
            failed = true
        }
        for (file, cases) in planned {
            guard !cases.isEmpty else {
                try Terminal.line(words.suggestNothing(file.path))
                continue
            }
            try Terminal.line("# " + words.suggestHeading(cases.count, file.path))
            for line in cases.flatMap({ $0.lines(indent: "  ") }) { try Terminal.line(line) }
        }
        if write {
            // Nothing is written once Ctrl-C is pressed; each file is replaced whole or not at all.
            for (file, cases) in planned where !cases.isEmpty {
                guard !Interrupt.wasRaised else {
                    try Terminal.standardError(words.interrupted)
                    throw ExitCode(130)
                }
                guard let tree = file.tree else { continue }
                do throws(Suggestions.WriteError) {
                    try Suggestions.write(cases, to: file.path, tree: tree)
                } catch {
                    try Terminal.standardError("error: \(error)")
                    if error.isWriteFailure { unreadable = true } else { failed = true }
                    continue
                }
                try Terminal.standardError(words.suggestWritten(cases.count, file.path))
            }
        }
        if unreadable { throw ExitCode(2) }
        if failed { throw ExitCode(1) }
    }
}
