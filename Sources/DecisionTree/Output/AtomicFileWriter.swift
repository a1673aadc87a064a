// Output/: writing files: atomic replacement of a regular file, straight writes into devices
// and FIFOs, and respect for what is at the path (symlinks, modes, owners, folders).

import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file that could not be written.
public struct FileWriteError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The file that could not be written.
    public let path: String
    /// Why, in words.
    public let reason: String

    /// Creates the error for `path`.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "cannot write \(path): \(reason)" }
}

/// Writes output files without clobbering what should not be clobbered: renders, exports,
/// JUnit reports and recorded scenario files all go through it.
///
/// What happens depends on what is at the path:
/// - nothing, or a regular file: the data goes to a temporary file in the same folder, is
///   flushed, and is renamed over the path, so a reader sees the old contents or the new, never
///   a part. A replaced file keeps its permission bits and (where the process may) its owner
///   and group; a read-only file is refused.
/// - a symbolic link: it is followed (through any chain of links) and its target is written as
///   above; the link stays a link.
/// - a character device or a FIFO (`/dev/null`, `/dev/stdout` at a terminal or into a pipe,
///   a named pipe): the data is written straight into it; it is never replaced.
/// - `/dev/stdout`, `/dev/fd/N` or another descriptor link under `/proc` naming a regular file:
///   the data is appended through the descriptor, as a shell redirection would have it.
/// - a folder, a block device or a socket: refused, and nothing is written.
public enum AtomicFileWriter {
    /// The most symbolic links followed before giving up, as the kernel's own limit.
    static let maximumLinks = 40

    /// Writes `data` to `path` as described on ``AtomicFileWriter``.
    ///
    /// When anything fails, the temporary file is removed and an existing file at `path` is
    /// left exactly as it was.
    /// - Throws: ``FileWriteError``.
    public static func write(_ data: Data, to path: String) throws(FileWriteError) {
        let target = try resolve(path)
        var status = stat()
        guard stat(target.path, &status) == 0 else {
            guard errno == ENOENT, !target.throughDescriptor else { throw FileWriteError(path: path, reason: reason(errno)) }
            try replace(target.path, with: data, keeping: nil, reportedAs: path)
            return
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            throw FileWriteError(path: path, reason: "it is a folder")
        case S_IFCHR, S_IFIFO:
            try writeStraight(data, into: target.path, flags: 0, reportedAs: path)
        case S_IFREG where target.throughDescriptor:
            try writeStraight(data, into: target.path, flags: O_APPEND, reportedAs: path)
        case S_IFREG:
            if access(target.path, W_OK) != 0 || status.st_mode & 0o222 == 0 {
                throw FileWriteError(path: path, reason: "it is read-only")
            }
            try replace(target.path, with: data, keeping: status, reportedAs: path)
        default:
            throw FileWriteError(path: path, reason: "it is not a regular file, a character device or a FIFO")
        }
    }

    /// Where a write to `path` lands: the end of its chain of symbolic links, and whether the
    /// chain went through a descriptor link under `/proc` (whose text is no path to follow).
    static func resolve(_ path: String) throws(FileWriteError) -> (path: String, throughDescriptor: Bool) {
        var current = path
        for _ in 0...maximumLinks {
            var status = stat()
            guard lstat(current, &status) == 0 else { return (current, false) }
            guard status.st_mode & S_IFMT == S_IFLNK else { return (current, false) }
            if current.hasPrefix("/proc/") { return (current, true) }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else { throw FileWriteError(path: path, reason: reason(errno)) }
            let destination = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if destination.hasPrefix("/") {
                current = destination
            } else {
                let folder = PathName.folder(of: current)
                current = folder.isEmpty ? destination : folder + "/" + destination
            }
        }
        throw FileWriteError(path: path, reason: reason(ELOOP))
    }

    /// Writes into a device, a FIFO or a descriptor link without replacing it.
    private static func writeStraight(_ data: Data, into target: String, flags: Int32, reportedAs path: String) throws(FileWriteError) {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC | O_NOCTTY | flags)
        guard descriptor >= 0 else { throw FileWriteError(path: path, reason: reason(errno)) }
        var failure: FileWriteError?
        do {
            try writeAll(data, to: descriptor)
        } catch {
            failure = FileWriteError(path: path, reason: error.description)
        }
        if close(descriptor) != 0, failure == nil, errno != EINTR { failure = FileWriteError(path: path, reason: reason(errno)) }
        if let failure { throw failure }
    }

    /// The temporary file's name for a target named `name`: `.NAME.dtree-PID-RANDOM.tmp`, with
    /// NAME cut (at a UTF-8 character boundary) so the whole fits NAME_MAX (255 bytes) whatever
    /// the target's legal name.
    static func temporaryName(for name: String) -> String {
        let suffix = ".dtree-\(getpid())-\(UUID().uuidString.prefix(8)).tmp"
        let room = 255 - 1 - suffix.utf8.count
        var kept = Substring(name)
        while kept.utf8.count > room { kept = kept.dropLast() }
        return "." + kept + suffix
    }

    /// Writes a temporary file beside `target` and renames it over `target`, giving it
    /// `existing`'s permission bits, owner and group when there was a file.
    private static func replace(_ target: String, with data: Data, keeping existing: stat?, reportedAs path: String) throws(FileWriteError)
    {
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/" + temporaryName(for: url.lastPathComponent)
        // 0666 less the umask for a new file, as any program creating one; the old bits for a replaced one.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, existing == nil ? 0o666 : 0o600)
        guard descriptor >= 0 else { throw FileWriteError(path: path, reason: reason(errno)) }
        var failure: FileWriteError?
        if let existing {
            // The owner only where the process may give it (root, or its own file); the group
            // where it is one of the process's groups. Neither failing stops the write.
            if fchown(descriptor, existing.st_uid, existing.st_gid) != 0 { _ = fchown(descriptor, uid_t.max, existing.st_gid) }
            if fchmod(descriptor, existing.st_mode & 0o777) != 0 { failure = FileWriteError(path: path, reason: reason(errno)) }
        }
        if failure == nil {
            do {
                try writeAll(data, to: descriptor)
                if fsync(descriptor) != 0 { failure = FileWriteError(path: path, reason: reason(errno)) }
            } catch {
                failure = FileWriteError(path: path, reason: error.description)
            }
        }
        if close(descriptor) != 0, failure == nil { failure = FileWriteError(path: path, reason: reason(errno)) }
        if failure == nil, rename(temporary, target) != 0 { failure = FileWriteError(path: path, reason: reason(errno)) }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    private static func writeAll(_ data: Data, to descriptor: Int32) throws(DescriptorWriteError) {
        var failure: DescriptorWriteError?
        data.withUnsafeBytes { buffer in
            do throws(DescriptorWriteError) { try DescriptorWriter.writeAll(buffer, to: descriptor) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    private static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
