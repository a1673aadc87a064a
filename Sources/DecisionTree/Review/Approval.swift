import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Review/: appending a sign-off to a tree file's `review:` list, editing its text in place.

/// Appends a sign-off with the tree's current content hash to its `review:` list.
///
/// As `run --record` does for scenario files, the file is changed by inserting lines, never by
/// writing the YAML out again, so every comment, blank line and key order stays byte for byte.
/// The entry goes after the last one of a block `review:` list, or a new `review:` list goes at
/// the end of the file. The result is loaded again (it must be the same model with one more
/// sign-off) before it is written, atomically.
public enum Approval {
    /// Why a sign-off could not be added; the file is left unchanged.
    public struct ApprovalError: Error, CustomStringConvertible, Sendable {
        /// The tree file.
        public let path: String
        /// Why.
        public let reason: String
        public var description: String { "cannot approve \(path): \(reason)" }
    }

    /// Appends a sign-off by `by` in `role` on `date` (`YYYY-MM-DD`) to the tree file at `path`,
    /// approving `tree`, the model the reviewer checked (and its tests ran against). Returns the
    /// sign-off written. The file is read once, under a lock on its folder (``FileLock``): a
    /// sign-off another approval wrote in the meantime is kept; a file whose model is no longer
    /// `tree`, or that cannot be read, is refused and left alone.
    @discardableResult
    public static func approve(
        _ tree: Tree, path: String, by: String, role: String, date: String, note: String?, tests: String? = nil
    ) throws(ApprovalError) -> SignOff {
        let signOff = SignOff(
            by: by, role: role, date: date, sha256: ContentHash.of(tree), note: note, tests: tests, nodes: ContentHash.nodeDigestText(tree))
        // Concurrent approvals serialise on the folder's lock; the text edited is the file as it
        // is under the lock, and the model approved must be the one read from that text.
        let lock: FileLock
        do { lock = try FileLock(folderOf: path) } catch { throw ApprovalError(path: path, reason: error.reason) }
        defer { lock.release() }
        let data: Data
        do throws(FileReading.Failure) {
            data = try FileReading.read(path, limit: TreeLoader.maximumFileSize)
        } catch {
            switch error {
            case .unreadable(let reason): throw ApprovalError(path: path, reason: reason)
            case .tooLarge(let size):
                throw ApprovalError(
                    path: path, reason: "the file is \(size) bytes; tree files are limited to \(TreeLoader.maximumFileSize >> 20) MiB")
            }
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ApprovalError(path: path, reason: "the file changed while it was being approved; approve it again")
        }
        guard let current = TreeLoader.load(text: text, path: path).tree, ContentHash.of(current) == signOff.sha256 else {
            throw ApprovalError(path: path, reason: "the file changed while it was being approved; approve it again")
        }
        let updated = try appending(signOff, to: text, path: path, tree: current)
        do {
            try AtomicFileWriter.write(Data(updated.utf8), to: path)
        } catch {
            throw ApprovalError(path: path, reason: error.reason)
        }
        return signOff
    }

    /// The text of a tree file with `signOff` appended to its `review:` list.
    static func appending(_ signOff: SignOff, to text: String, path: String, tree: Tree) throws(ApprovalError) -> String {
        guard !by(signOff).isEmpty else { throw ApprovalError(path: path, reason: "--by is empty") }
        guard SignOff.isDate(signOff.date) else {
            throw ApprovalError(path: path, reason: "'\(signOff.date)' is not a date; give --date as YYYY-MM-DD")
        }
        let document: YAMLListAppender
        do throws(YAMLListAppender.Failure) {
            document = try YAMLListAppender(text)
        } catch {
            throw ApprovalError(path: path, reason: "the file is not a YAML mapping")
        }
        if document.firstLine?.trimmingWhitespace().hasPrefix("{") == true {
            throw ApprovalError(
                path: path,
                reason:
                    "the tree is written as one JSON object; approve edits block YAML tree files (add a review: list by hand, or approve the YAML original)"
            )
        }
        let updated: String
        do throws(YAMLListAppender.Failure) {
            updated = try document.appending(to: "review", acceptEmpty: false, blankLineBeforeNewKey: true) { indent in
                var entry = [
                    "\(indent)- by: \(SessionRecorder.scalar(signOff.by))",
                    "\(indent)  role: \(SessionRecorder.scalar(signOff.role))",
                    "\(indent)  date: \(signOff.date)",
                    "\(indent)  sha256: \(signOff.sha256)",
                ]
                if let note = signOff.note { entry.append("\(indent)  note: \(SessionRecorder.scalar(note))") }
                if let tests = signOff.tests { entry.append("\(indent)  tests: \(SessionRecorder.scalar(tests))") }
                if let nodes = signOff.nodes { entry.append("\(indent)  nodes: \(SessionRecorder.scalar(nodes))") }
                return entry
            }
        } catch {
            switch error {
            case .notAMapping: throw ApprovalError(path: path, reason: "the file is not a YAML mapping")
            case .flowList:
                throw ApprovalError(
                    path: path,
                    reason:
                        "'review' is written as a flow list ([...]); write it as a block list (one '- by:' per sign-off) to approve into it"
                )
            case .notAList:
                throw ApprovalError(path: path, reason: "'review' must be a block list (one '- by:' per sign-off) to approve into it")
            }
        }
        let check = TreeLoader.load(text: updated, path: path)
        guard let after = check.tree, after.review.count == tree.review.count + 1, after.review.last?.sha256 == signOff.sha256,
            JSONExport.canonicalText(after) == JSONExport.canonicalText(tree)
        else {
            throw ApprovalError(path: path, reason: "the sign-off would not read back as one; the file was left unchanged")
        }
        return updated
    }

    private static func by(_ signOff: SignOff) -> String { signOff.by.trimmingWhitespace() }

    /// Today's date in UTC, `YYYY-MM-DD`.
    public static func today() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        let year = parts.year ?? 1970, month = parts.month ?? 1, day = parts.day ?? 1
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}
