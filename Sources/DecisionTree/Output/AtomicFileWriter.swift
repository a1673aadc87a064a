// Output/: writing files: atomic replacement of what is at a path.

import Foundation

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

/// Writes files so that a reader sees the old contents or the new, never a part: renders,
/// exports, JUnit reports and recorded scenario files all go through it.
public enum AtomicFileWriter {
    /// Writes `data` to a temporary file in `path`'s folder, flushes it, and renames it over `path`.
    ///
    /// When anything fails, the temporary file is removed and an existing file at `path` is
    /// left exactly as it was.
    /// - Throws: ``FileWriteError``.
    public static func write(_ data: Data, to path: String) throws(FileWriteError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw FileWriteError(path: path, reason: "it is a folder")
        }
        let temporary = folder + "/." + url.lastPathComponent + ".dtree-\(getpid())-\(UUID().uuidString.prefix(8)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileWriteError(path: path, reason: reason(errno)) }
        var failure: FileWriteError?
        let written = data.withUnsafeBytes { buffer -> Int32 in
            var offset = 0
            while offset < buffer.count {
                guard let base = buffer.baseAddress else { return 0 }
                let count = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += count
            }
            return 0
        }
        if written != 0 {
            failure = FileWriteError(path: path, reason: reason(written))
        } else if fsync(descriptor) != 0 {
            failure = FileWriteError(path: path, reason: reason(errno))
        }
        if close(descriptor) != 0, failure == nil { failure = FileWriteError(path: path, reason: reason(errno)) }
        if failure == nil, rename(temporary, path) != 0 { failure = FileWriteError(path: path, reason: reason(errno)) }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    private static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
