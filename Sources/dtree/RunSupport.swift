// dtree: `dtree run` given answers or --json: the walk and its output.

import ArgumentParser
import DecisionTree

/// The pieces of `dtree run` that turn flags into library values, and the end into an exit status.
enum RunSupport {
    /// A walk from the start or from `--from`; a node that does not exist is a usage error.
    static func startWalk(_ tree: Tree, from id: String?) throws -> Walk {
        do throws(AnswerError) {
            return try Walk(tree: tree, from: id)
        } catch {
            throw try CommandSupport.usageError("--from: \(error)", Run.self)
        }
    }

    /// Prints what the end of a session calls for and exits with its status.
    /// `summary` is the screen for a non-interactive summary, `nil` when the session showed its own.
    static func report(_ end: SessionEnd, walk: Walk, json: Bool, summary: RunScreen?) throws {
        if json {
            try Terminal.write(Trace.json(walk.path, in: walk.tree) + "\n", to: 1)
        } else if let summary, case .finished = end {
            try Terminal.write(summary.summary(walk), to: 1)
        }
        switch end {
        case .finished:
            return
        case .noAnswer:
            try Terminal.standardError(summary == nil ? "stopped at \(walk.node.id)" : "stopped at \(walk.node.id): no answer")
            throw ExitCode(1)
        case .quit:
            try Terminal.standardError("stopped at \(walk.node.id) (quit)")
            throw ExitCode(1)
        case .interrupted:
            throw ExitCode(130)
        case .invalid(let error, let line):
            try Terminal.standardError("error: line \(line): \(describe(error, node: walk.node))")
            throw ExitCode(1)
        }
    }

    /// An answer error with the numbers the node also accepts.
    static func describe(_ error: AnswerError, node: Node) -> String {
        switch node.content {
        case .question:
            "\(error) (or a number 1-\(node.edges.count))"
        case .checklist(let checklist):
            "\(error) (or numbers 1-\(checklist.items.count), comma-separated, or 0)"
        case .number, .refer, .outcome:
            "\(error)"
        }
    }
}
