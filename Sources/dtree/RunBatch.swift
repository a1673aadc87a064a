// dtree: `dtree run --cases`: streams JSON Lines through Execution/BatchRunner.

import ArgumentParser
import DecisionTree
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `dtree run --cases`: streams a JSON Lines file of cases through ``BatchRunner``.
struct RunBatch {
    let tree: Tree
    let from: String?
    /// The cases file, or `-` for standard input.
    let path: String

    func run() throws {
        let runner: BatchRunner
        do throws(AnswerError) {
            runner = try BatchRunner(tree: tree, from: from)
        } catch {
            throw try CommandSupport.usageError("--from: \(error)", Run.self)
        }
        let descriptor: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
        guard descriptor >= 0 else {
            try Terminal.standardError("\(path): error: cannot read file: \(String(cString: strerror(errno)))")
            throw ExitCode(2)
        }
        defer { if descriptor != 0 { close(descriptor) } }
        let summary: BatchSummary
        do {
            summary = try runner.run(
                read: { buffer in
                    while true {
                        let count = read(descriptor, buffer.baseAddress, buffer.count)
                        if count >= 0 { return count }
                        if errno != EINTR { throw ReadFailure(reason: String(cString: strerror(errno))) }
                    }
                },
                // The first output that cannot be written stops the batch.
                write: { try Terminal.standardOutput(UnsafeRawBufferPointer($0)) }
            )
        } catch let failure as OutputFailure {
            throw failure
        } catch {
            try Terminal.standardError("\(path): error: cannot read file: \(error)")
            throw ExitCode(2)
        }
        try report(summary)
        if summary.errors > 0 { throw ExitCode(1) }
    }

    private func report(_ summary: BatchSummary) throws(OutputFailure) {
        let name = path == "-" ? "<stdin>" : path
        for failure in summary.failures {
            try Terminal.standardError("\(name):\(failure.line): \(failure.error)")
        }
        if summary.errors > summary.failures.count {
            try Terminal.standardError("… and \(summary.errors - summary.failures.count) more failed lines")
        }
        let ran = summary.cases - summary.errors
        try Terminal.standardError(
            "\(summary.cases) case\(summary.cases == 1 ? "" : "s"): \(ran) reached an outcome, \(summary.errors) failed")
        // One line per outcome reached, in file order, then failures; counts in one column.
        var rows = summary.outcomes.enumerated().filter { $0.element > 0 }.map { (tree.nodes[$0.offset].id, $0.element) }
        if summary.errors > 0 { rows.append(("(error)", summary.errors)) }
        let width = rows.map(\.0.count).max() ?? 0
        for (label, count) in rows {
            try Terminal.standardError("  \(label.padding(width))  \(count)")
        }
    }

    struct ReadFailure: Error, CustomStringConvertible {
        let reason: String
        var description: String { reason }
    }
}

extension String {
    /// The string padded with spaces to `width` characters.
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
