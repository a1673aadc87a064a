// dtree: `dtree run`: parses its options and hands over to a session, given answers or a batch.

import ArgumentParser
import DecisionTree

/// `dtree run`: step through a tree interactively, from piped or preset answers, or in batch.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Step through a tree: at a terminal, from piped answers, or a batch of cases.",
        discussion: """
            At a terminal, each node is asked in turn: type a number or an answer. A checklist \
            takes several numbers or labels, separated by commas or spaces, or 0/none. Commands \
            at every prompt: b/back, r/restart, ?/help (the node's help and cited source), \
            q/quit. At the end it prints the outcome, urgency, advice and the numbered path.

            When standard input is not a terminal, each line answers the next node asked, with \
            no prompts; an answer that does not fit is an error.

            --cases reads a JSON Lines file (or - for standard input) as a stream: each line \
            maps node id to answer (a label, a number, or a list for a checklist). It writes \
            one JSON line per case, {"case":LINE,"outcome":ID,"refer"?,"urgency"?} or \
            {"case":LINE,"error":"..."}, and the count per outcome on standard error.

            --record appends the finished session to a scenario file as a case whose \
            expectation is the outcome reached (see 'dtree test'); the file's existing text \
            and comments are kept as they are.

            Exit status: 0 when an outcome is reached (with --cases: every case ran), 1 when \
            the walk stops without one (Ctrl-D, quit, answers running out), a piped answer does \
            not fit, a batch case fails or the tree is invalid, 2 when a file cannot be read, 64 \
            for a usage error (an --answer or --from naming no node, or an --answer that does not \
            fit its node), 130 on Ctrl-C.

            Examples:
              dtree run Trees/back-numbness.yaml
              printf 'none\\nno\\n3\\novaries\\n' | dtree run Trees/back-numbness.yaml
              dtree run Trees/back-numbness.yaml --answer red_flags=none \\
                --answer injury=no
              dtree run Trees/back-numbness.yaml --from therapist_finding \\
                --answer therapist_finding=2 --json
              dtree run Trees/back-numbness.yaml --cases cases.jsonl > results.jsonl
              dtree run Trees/back-numbness.yaml --record Trees/back-numbness.tests.yaml
            """
    )

    @Argument(help: "The tree file (YAML or JSON).", completion: .file())
    var tree: String

    @OptionGroup var answers: AnswerOptions

    @Option(help: ArgumentHelp("Start at this node instead of the tree's start.", valueName: "NODE"))
    var from: String?

    @Flag(help: "Print the trace as one line of JSON on standard output; prompts, if any, go to standard error.")
    var json = false

    @Option(
        help: ArgumentHelp("Run every case in a JSON Lines file ('-' for standard input).", valueName: "FILE.jsonl"),
        completion: .file(extensions: ["jsonl"]))
    var cases: String?

    @Option(
        help: ArgumentHelp(
            "Append the finished session as a case to this scenario file (created when missing).",
            valueName: "FILE.tests.yaml"), completion: .file(extensions: ["yaml"]))
    var record: String?

    @OptionGroup var language: LanguageOptions

    func validate() throws {
        if language.language != nil, record != nil || cases != nil {
            throw ValidationError(
                "--lang shows a walk in a language; --record and --cases write answers as the tree's own words, so they cannot be combined with it."
            )
        }
        if record != nil, cases != nil || from != nil {
            throw ValidationError("--record records one session from the tree's start; it cannot be combined with --cases or --from.")
        }
        if cases != nil, !answers.assignments.isEmpty || json {
            throw ValidationError(
                "--cases cannot be combined with --answer or --json: each case carries its answers and the output is already JSON.")
        }
    }

    func run() throws {
        var tree = try CommandSupport.loadTree(self.tree)
        let translation = record == nil && cases == nil ? try language.translation(of: tree, path: self.tree, fromLocale: true) : nil
        tree = translation?.tree ?? tree
        if let cases {
            try RunBatch(tree: tree, from: from, path: cases).run()
            return
        }
        let walk = try RunSupport.startWalk(tree, from: from)
        let presets = try answers.answers(in: tree, for: Self.self)
        let interactive = Streams.isTerminal(0)
        if interactive { Interrupt.install() }
        let output: Int32 = json ? 2 : 1
        var screen = RunScreen(
            style: Style(enabled: interactive && Streams.allowsStyle(output)),
            width: interactive ? min(Streams.width(output), 100) : nil)
        screen.words = translation?.words ?? .english
        if let translation, !translation.reviewed, !interactive {
            // The interactive header shows the marked title; a piped walk's summary has no header.
            if json {
                try Terminal.standardError(translation.words.unreviewedMark)
            } else {
                try Terminal.line(translation.words.unreviewedMark)
            }
        }
        var session = RunSession(walk: walk, presets: presets, input: LineInput(), output: output, screen: screen)
        let end = interactive ? try session.runInteractive() : try session.runPlain()
        let finished = session.walk
        if let record, case .finished = end {
            do {
                let name = try SessionRecorder.append(walk: finished, name: SessionRecorder.defaultName(for: finished), to: record)
                try Terminal.standardError("recorded case '\(name)' in \(record)")
            } catch let failure as OutputFailure {
                throw failure
            } catch let error as SessionRecorder.RecordError {
                try Terminal.standardError("error: \(error)")
                throw ExitCode(error.isWriteFailure ? 2 : 1)
            }
        }
        try RunSupport.report(
            end, walk: finished, json: json,
            summary: interactive
                ? nil
                : {
                    var plain = RunScreen(style: Style(enabled: false), width: nil); plain.words = screen.words; return plain
                }())
    }
}
