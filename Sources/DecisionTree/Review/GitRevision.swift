import Foundation

// Review/: reading an earlier version of a file from git (`git show REV:./NAME`).

/// Reads versions of a file from the git repository it is in, with `git show`.
public enum GitRevision {
    /// Why a revision could not be read: not in a repository, no such revision or file, no git.
    public struct RevisionError: Error, CustomStringConvertible, Sendable {
        /// `REV:PATH` as given.
        public let spec: String
        /// Why.
        public let reason: String
        public var description: String { "\(spec): error: cannot read from git: \(reason)" }
    }

    /// Splits `REV:PATH` (`HEAD~1:Trees/x.yaml`) when it is not an existing file's name.
    public static func split(_ spec: String) -> (revision: String, path: String)? {
        guard !FileManager.default.fileExists(atPath: spec), let colon = spec.firstIndex(of: ":") else { return nil }
        let revision = String(spec[..<colon]), path = String(spec[spec.index(after: colon)...])
        guard !revision.isEmpty, !path.isEmpty else { return nil }
        return (revision, path)
    }

    /// The text of `path` (relative to the current folder) at `revision`.
    public static func read(revision: String, path: String) throws(RevisionError) -> String {
        let spec = "\(revision):\(path)"
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let directory = folder.isEmpty ? "." : folder
        guard FileManager.default.fileExists(atPath: directory) else {
            throw RevisionError(spec: spec, reason: "the folder '\(directory)' does not exist")
        }
        let inside = run(["-C", directory, "rev-parse", "--is-inside-work-tree"])
        guard inside.status == 0 else {
            if inside.status == 127 { throw RevisionError(spec: spec, reason: "git is not installed") }
            throw RevisionError(spec: spec, reason: "'\(directory)' is not in a git repository")
        }
        guard !revision.hasPrefix("-") else { throw RevisionError(spec: spec, reason: "'\(revision)' is not a revision") }
        let shown = run(["-C", directory, "show", "\(revision):./\(name)"])
        guard shown.status == 0, let text = String(validating: shown.output, as: UTF8.self) else {
            let message = shown.error.split(separator: "\n").first.map { String($0).replacingOccurrences(of: "fatal: ", with: "") }
            throw RevisionError(spec: spec, reason: message ?? "git show failed")
        }
        return text
    }

    /// The revisions that changed `path`, newest first, at most `limit`.
    public static func history(of path: String, limit: Int) -> [String] {
        let folder = (path as NSString).deletingLastPathComponent
        let result = run(["-C", folder.isEmpty ? "." : folder, "log", "--format=%H", "-n", "\(limit)", "--", (path as NSString).lastPathComponent])
        guard result.status == 0 else { return [] }
        return String(decoding: result.output, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    private static func run(_ arguments: [String]) -> (status: Int32, output: [UInt8], error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_PAGER"] = "cat"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return (127, [], "\(error)") }
        // Both pipes are drained at once, so git can never block on a full standard error
        // while its standard output is being read.
        let messageBox = DataBox()
        let drained = DispatchGroup()
        DispatchQueue.global().async(group: drained) {
            messageBox.data = error.fileHandleForReading.readDataToEndOfFile()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        let message = messageBox.data
        process.waitUntilExit()
        return (process.terminationStatus, [UInt8](data), String(decoding: message, as: UTF8.self))
    }
}

/// Data one thread fills and another reads after waiting for it.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
