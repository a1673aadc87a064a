// Output/: serialising writers that edit one file in place (approve, run --record): an exclusive
// lock on the file's folder, held from reading the file to renaming its new version over it.

import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive advisory lock (`flock`) on the folder holding a file, so that two dtree
/// processes editing files in it read, edit and replace one after the other and no edit is lost.
///
/// The folder is locked, not the file: the file is replaced by a rename (``AtomicFileWriter``),
/// so a lock on the file would stay on the replaced version; and no lock file is left beside it.
/// Only dtree's in-place editors take the lock; a lock is released by ``release()`` or when the
/// process ends.
package final class FileLock {
    private var descriptor: Int32

    /// Takes the lock on the folder of `path`, waiting for another holder to release it; throws
    /// the reason when the folder cannot be opened or locked.
    package init(folderOf path: String) throws(FileWriteError) {
        let folder = PathName.folder(of: path)
        let directory = folder.isEmpty ? "." : folder
        descriptor = open(directory, O_RDONLY | O_CLOEXEC | O_DIRECTORY)
        guard descriptor >= 0 else {
            throw FileWriteError(path: path, reason: "its folder cannot be opened to lock it: \(String(cString: strerror(errno)))")
        }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let reason = String(cString: strerror(errno))
            close(descriptor)
            descriptor = -1
            throw FileWriteError(path: path, reason: "its folder cannot be locked: \(reason)")
        }
    }

    /// Releases the lock (once; later calls do nothing).
    package func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
