import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Input/: the one way dtree reads a user's file (a tree, a scenario file, a source document):
// open it, check what it is and its size on the open descriptor, then read it.

/// Reads a whole file whose size is checked, on the open descriptor (`fstat`), before any byte
/// is read, so an oversized file costs no memory and a file swapped between the check and the
/// read is the file checked.
package enum FileReading {
    /// Why a file was not read.
    package enum Failure: Error, Sendable, Equatable {
        /// The file could not be opened or read; `reason` says why ("no such file",
        /// "it is a folder", "permission denied", or the system's words).
        case unreadable(reason: String)
        /// The file has more than the limit's bytes.
        case tooLarge(size: Int)
    }

    /// Whether `data` holds a NUL byte (what makes a file binary rather than text), found by
    /// `memchr`: a generic byte loop over a 6.6 MB file was 2% of validating it.
    package static func containsNUL(_ data: Data) -> Bool {
        data.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0, bytes.count) != nil
        }
    }

    /// The bytes of the file at `path`, when it is a readable file of at most `limit` bytes
    /// (`nil`: any size).
    package static func read(_ path: String, limit: Int?) throws(Failure) -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw .unreadable(reason: reason(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(reason: reason(errno)) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(reason: "it is a folder") }
        let size = Int(status.st_size)
        if let limit, size > limit { throw .tooLarge(size: size) }
        // Read to the end (a file that grows, or a pipe, may hold more than fstat said), never
        // past one byte over the limit.
        let ceiling = limit.map { $0 + 1 } ?? Int.max
        var data = Data(count: max(size, 0) + 1)
        var count = 0
        while count < ceiling {
            if count == data.count { data.count = min(ceiling, max(data.count * 2, 4096)) }
            let wanted = min(data.count, ceiling) - count
            let got = data.withUnsafeMutableBytes { buffer in
                // Never nil (the buffer holds at least one byte); were it, read fails with EFAULT.
                Glibc.read(descriptor, buffer.baseAddress.map { $0 + count }, wanted)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw .unreadable(reason: reason(errno))
            }
            if got == 0 { break }
            count += got
        }
        data.count = count
        if let limit, count > limit { throw .tooLarge(size: count) }
        return data
    }

    /// What an `open`, `fstat` or `read` failure means to a person.
    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: "no such file"
        case EACCES, EPERM: "permission denied"
        case EISDIR: "it is a folder"
        default: String(cString: strerror(code))
        }
    }
}
