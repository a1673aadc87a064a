import ArgumentParser
import DecisionTree

/// The pieces of `dtree run` that turn files and flags into library values, and the end into an exit status.
enum RunSupport {
    /// Loads and validates the tree; prints diagnostics and exits 1 when it is invalid, 2 when unreadable.
    static func loadTree(at path: String) throws -> Tree { try CommandSupport.loadTree(path) }

    /// A walk from the start or from `--from`; an unknown node exits 2.
    static func startWalk(_ tree: Tree, from id: String?) throws -> Walk {
        do throws(Walk.UnknownNode) {
            return try Walk(tree: tree, from: id)
        } catch {
            Terminal.standardError("error: --from: \(error)")
            throw ExitCode(2)
        }
    }

    /// Parses `--answer NODE=ANSWER` values: an unknown node or missing `=` exits 2, an answer
    /// that does not fit its node exits 1.
    static func presets(_ values: [String], in tree: Tree) throws -> [Int: Answer] {
        var presets: [Int: Answer] = [:]
        for value in values {
            guard let equals = value.firstIndex(of: "=") else {
                Terminal.standardError("error: --answer '\(value)': expected NODE=ANSWER")
                throw ExitCode(2)
            }
            let id = String(value[..<equals]).trimmed
            let text = String(value[value.index(after: equals)...])
            let node: Int
            do throws(BatchError) {
                node = try AnswerSheet.node(id, in: tree)
            } catch {
                Terminal.standardError("error: --answer \(value): \(error)")
                throw ExitCode(2)
            }
            if presets[node] != nil {
                Terminal.standardError("error: --answer \(value): '\(id)' is answered twice")
                throw ExitCode(2)
            }
            do throws(AnswerError) {
                presets[node] = try AnswerParser.parse(text, for: tree.nodes[node])
            } catch {
                Terminal.standardError("error: --answer \(value): \(describe(error, node: tree.nodes[node]))")
                throw ExitCode(1)
            }
        }
        return presets
    }

    /// Prints what the end of a session calls for and exits with its status.
    /// `summary` is the screen for a non-interactive summary, `nil` when the session showed its own.
    static func report(_ end: SessionEnd, walk: Walk, json: Bool, summary: RunScreen?) throws {
        if json {
            Streams.send(Trace(walk: walk).json + "\n", to: 1)
        } else if let summary, case .finished = end {
            Streams.send(summary.summary(walk), to: 1)
        }
        switch end {
        case .finished:
            return
        case .noAnswer:
            Terminal.standardError(summary == nil ? "stopped at \(walk.node.id)" : "stopped at \(walk.node.id): no answer")
            throw ExitCode(1)
        case .quit:
            Terminal.standardError("stopped at \(walk.node.id) (quit)")
            throw ExitCode(1)
        case .interrupted:
            throw ExitCode(130)
        case .invalid(let error, let line):
            Terminal.standardError("error: line \(line): \(describe(error, node: walk.node))")
            throw ExitCode(1)
        }
    }

    /// An answer error with the numbers the node also accepts.
    static func describe(_ error: AnswerError, node: Node) -> String {
        switch node.kind {
        case .question where !node.edges.isEmpty:
            "\(error) (or a number 1-\(node.edges.count))"
        case .checklist:
            "\(error) (or numbers 1-\(node.items.count), comma-separated, or 0)"
        default:
            "\(error)"
        }
    }
}
