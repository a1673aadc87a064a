import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Review/: reading an earlier version of a file from git (`git cat-file blob REV:./NAME`, through
// Git, its size asked for first).

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

    /// Splits `REV:PATH` (`HEAD~1:Trees/x.yaml`) when it is not an existing file's name. (`--rev`
    /// never comes here: its path is always read from git.)
    public static func split(_ spec: String) -> (revision: String, path: String)? {
        guard !FileManager.default.fileExists(atPath: spec), let colon = spec.firstIndex(of: ":") else { return nil }
        let revision = String(spec[..<colon]), path = String(spec[spec.index(after: colon)...])
        guard !revision.isEmpty, !path.isEmpty else { return nil }
        return (revision, path)
    }

    /// The text of `path` (relative to the current folder) at `revision`.
    public static func read(revision: String, path: String) throws(RevisionError) -> String {
        let spec = "\(revision):\(path)"
        let folder = PathName.folder(of: path)
        let name = PathName.name(of: path)
        let directory = folder.isEmpty ? "." : folder
        guard FileManager.default.fileExists(atPath: directory) else {
            throw RevisionError(spec: spec, reason: "the folder '\(directory)' does not exist")
        }
        let inside = Git.run(["rev-parse", "--is-inside-work-tree"], in: directory)
        guard inside.status == 0 else {
            if inside.status == 127 { throw RevisionError(spec: spec, reason: "git is not installed") }
            throw RevisionError(spec: spec, reason: "'\(directory)' is not in a git repository")
        }
        guard !revision.hasPrefix("-") else { throw RevisionError(spec: spec, reason: "'\(revision)' is not a revision") }
        let object = "\(revision):./\(name)"
        let sized = Git.run(["cat-file", "-s", object], in: directory)
        guard sized.status == 0,
            let size = Int(String(decoding: sized.output, as: UTF8.self).trimmingWhitespaceAndNewlines())
        else { throw RevisionError(spec: spec, reason: firstLine(of: sized.error) ?? "git cat-file failed") }
        guard size <= TreeLoader.maximumFileSize else {
            throw RevisionError(
                spec: spec, reason: "the file is \(size) bytes; tree files are limited to \(TreeLoader.maximumFileSize >> 20) MiB")
        }
        let shown = Git.run(["cat-file", "blob", object], in: directory)
        guard shown.status == 0, shown.output.count <= TreeLoader.maximumFileSize,
            let text = String(validating: shown.output, as: UTF8.self)
        else { throw RevisionError(spec: spec, reason: firstLine(of: shown.error) ?? "git cat-file failed") }
        return text
    }

    /// Git's first line of complaint, without its `fatal: `.
    private static func firstLine(of message: String) -> String? {
        message.split(separator: "\n").first.map { String($0).replacing("fatal: ", with: "") }
    }

    /// The revisions that changed `path`, newest first, at most `limit`.
    public static func history(of path: String, limit: Int) -> [String] {
        let folder = PathName.folder(of: path)
        let result = Git.run(
            ["log", "--format=%H", "-n", "\(limit)", "--", PathName.name(of: path)], in: folder.isEmpty ? "." : folder)
        guard result.status == 0 else { return [] }
        return String(decoding: result.output, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
