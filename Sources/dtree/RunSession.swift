// dtree: one interactive walk: reading answers, back, help, restart, and how it ended.

import DecisionTree

/// How a session ended.
enum SessionEnd {
    /// The walk reached an outcome.
    case finished
    /// The input ended before an outcome (Ctrl-D, or piped answers running out).
    case noAnswer
    /// The person typed `q`.
    case quit
    /// Ctrl-C.
    case interrupted
    /// A piped answer did not fit; `line` is its 1-based line number on standard input.
    case invalid(AnswerError, line: Int)
}

/// Drives a ``Walk`` from standard input: interactively at a terminal, or one answer a line
/// from a pipe. It owns the loop only; the walk is the library's and the text is ``RunScreen``'s.
struct RunSession {
    /// The walk, as it stands; once the session ends, the walk it ended with.
    private(set) var walk: Walk
    /// Answers given with `--answer`.
    let presets: Answers
    let input: LineInput
    /// Where the session's text goes (standard output, or standard error under `--json`).
    let output: Int32
    let screen: RunScreen

    /// Nodes the person stepped back into: their `--answer` is not applied again until a restart.
    private var overridden: Set<Int> = []
    /// How many of the walk's steps have been shown.
    private var shown = 0

    init(walk: Walk, presets: Answers, input: LineInput, output: Int32, screen: RunScreen) {
        self.walk = walk
        self.presets = presets
        self.input = input
        self.output = output
        self.screen = screen
    }

    /// Answers each node asked with the next line of input, without decoration.
    mutating func runPlain() throws(OutputFailure) -> SessionEnd {
        var lineNumber = 0
        while !walk.isFinished {
            if try applyPreset(announce: false) { continue }
            switch input.next() {
            case .end: return .noAnswer
            case .interrupted: return .interrupted
            case .line(let text):
                lineNumber += 1
                do throws(AnswerError) {
                    try walk.answer(text)
                } catch {
                    return .invalid(error, line: lineNumber)
                }
            }
        }
        return .finished
    }

    /// Asks each node in turn at a terminal, with commands, until an outcome, quit, Ctrl-D or Ctrl-C.
    mutating func runInteractive() throws(OutputFailure) -> SessionEnd {
        try show(screen.header(walk.tree))
        var askAgain = true
        while true {
            try showPassedReferSteps()
            if walk.isFinished {
                try show("\n" + screen.summary(walk))
                switch try endPrompt() {
                case .some(let end): return end
                case .none:
                    askAgain = true
                    continue
                }
            }
            if try applyPreset(announce: true) {
                askAgain = true
                continue
            }
            if askAgain { try show(screen.node(walk)) }
            askAgain = false
            try show(screen.prompt)
            let text: String
            switch input.next() {
            case .end:
                try show("\n")
                return .noAnswer
            case .interrupted:
                try show("\n")
                return .interrupted
            case .line(let line): text = line.trimmed
            }
            if text.isEmpty {
                try show(screen.style.dim(screen.words.run.emptyAnswer) + "\n")
                continue
            }
            if let command = Command(text), !isChoiceLabel(text) {
                switch command {
                case .back:
                    if walk.back() {
                        overridden.insert(walk.current)
                        shown = walk.path.steps.count
                        try show(screen.style.dim(screen.words.run.wentBack) + "\n")
                        askAgain = true
                    } else {
                        try show(screen.style.dim(screen.words.run.nothingToGoBackTo) + "\n")
                    }
                case .restart:
                    try restart()
                    askAgain = true
                case .help:
                    try showHelp(of: passedSteps(sinceLastAnswer: true), then: walk.node, commands: true)
                case .quit:
                    return .quit
                }
                continue
            }
            do throws(AnswerError) {
                try walk.answer(text)
                askAgain = true
            } catch {
                try show(screen.invalid(text, at: walk))
            }
        }
    }

    /// After an outcome: back or restart to explore, or finish. `nil` means the walk goes on.
    private mutating func endPrompt() throws(OutputFailure) -> SessionEnd? {
        while true {
            try show("\n" + screen.style.dim(screen.words.run.finishPrompt) + " " + screen.prompt)
            switch input.next() {
            case .end:
                try show("\n")
                return .finished
            case .interrupted:
                // Ctrl-C at the end screen, as anywhere: exit 130, nothing recorded.
                try show("\n")
                return .interrupted
            case .line(let line):
                switch Command(line.trimmed) {
                case .back?:
                    walk.back()
                    overridden.insert(walk.current)
                    shown = walk.path.steps.count
                    return nil
                case .restart?:
                    try restart()
                    return nil
                case .help?:
                    // The outcome's help and cite, and those of every refer step passed on the way.
                    try showHelp(of: passedSteps(sinceLastAnswer: false), then: walk.node, commands: false)
                case .quit?:
                    return .finished
                case nil:
                    if line.trimmed.isEmpty { return .finished }
                    try show(screen.style.dim(screen.words.run.walkFinished) + "\n")
                }
            }
        }
    }

    private mutating func restart() throws(OutputFailure) {
        walk.restart()
        overridden.removeAll()
        shown = 0
        try show("\n" + screen.style.dim(screen.words.run.startingAgain) + "\n")
    }

    /// Takes the `--answer` for the current node, if there is one that still applies.
    private mutating func applyPreset(announce: Bool) throws(OutputFailure) -> Bool {
        guard let answer = presets[walk.current], !overridden.contains(walk.current) else { return false }
        let node = walk.node
        do throws(AnswerError) {
            try walk.take(answer)
        } catch {
            return false
        }
        if announce { try show(screen.preset(node, answer: answer)) }
        return true
    }

    private mutating func showPassedReferSteps() throws(OutputFailure) {
        let steps = walk.path.steps
        guard steps.count > shown else {
            shown = steps.count
            return
        }
        for step in steps[shown...] where !step.isAnswered {
            try show(screen.refer(walk.tree.nodes[step.node], in: walk.tree))
        }
        shown = steps.count
    }

    /// Refer steps the walk passed by itself (not answered): since the last answer, or all.
    private func passedSteps(sinceLastAnswer: Bool) -> [Node] {
        var nodes: [Node] = []
        for step in walk.path.steps.reversed() {
            if step.isAnswered {
                if sinceLastAnswer { break }
                continue
            }
            nodes.append(walk.tree.nodes[step.node])
        }
        return nodes.reversed()
    }

    /// The help and cite of `passed` steps, each named, then of `node`.
    private func showHelp(of passed: [Node], then node: Node, commands: Bool) throws(OutputFailure) {
        for step in passed { try show(screen.help(step, passed: true, commands: false)) }
        try show(screen.help(node, commands: commands))
    }

    private func isChoiceLabel(_ text: String) -> Bool {
        walk.choices.contains { $0.lowercased() == text.lowercased() }
            || (walk.node.kind == .question && walk.node.edges.contains { $0.answer.lowercased() == text.lowercased() })
    }

    private func show(_ text: String) throws(OutputFailure) { try Terminal.write(text, to: output) }
}

/// A command typed at an interactive prompt.
enum Command {
    case back, restart, help, quit

    init?(_ text: String) {
        switch text.lowercased() {
        case "b", "back": self = .back
        case "r", "restart": self = .restart
        case "?", "h", "help": self = .help
        case "q", "quit", "exit": self = .quit
        default: return nil
        }
    }
}
