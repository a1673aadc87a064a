import ArgumentParser
import DecisionTree
import Foundation

/// Steps the commands share: loading a tree with diagnostics, and writing output.
enum CommandSupport {
    /// Loads a valid tree, or prints the diagnostics and exits 1 (2 when the file is unreadable).
    static func loadTree(_ path: String) throws -> Tree {
        let result: LoadResult
        do {
            result = try TreeLoader.load(contentsOf: path)
        } catch {
            Terminal.standardError("\(error)")
            throw ExitCode(2)
        }
        guard let tree = result.tree else {
            for diagnostic in result.diagnostics {
                Terminal.standardError(DiagnosticFormatter.text(diagnostic, source: result.source))
            }
            throw ExitCode(1)
        }
        return tree
    }

    /// Parses `--answer` arguments, turning a bad one into a usage error.
    static func answers(_ arguments: [String]) throws -> [String: String] {
        do {
            return try RenderOptions.answers(from: arguments)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// Writes `data` atomically to `path`, or to standard output when there is none.
    static func emit(_ data: Data, to path: String?) throws(FileWriteError) {
        if let path {
            try AtomicFileWriter.write(data, to: path)
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
