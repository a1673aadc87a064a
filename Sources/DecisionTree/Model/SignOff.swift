// Model/: one clinician's sign-off of a tree (the `review:` list), as the file states it.

/// One entry of a tree's `review:` list: who approved which content, when and in what role.
///
/// ``sha256`` is the content hash (see `ContentHash`) of the model the reviewer approved; a
/// sign-off is current while the tree still hashes to it. The review list is not part of the
/// model itself, so adding a sign-off never changes the hash it records.
public struct SignOff: Hashable, Sendable {
    /// The reviewer's name.
    public var by: String
    /// The reviewer's role (`neurologist`, `clinical lead`, …).
    public var role: String
    /// The day of the sign-off, `YYYY-MM-DD`.
    public var date: String
    /// The lowercase hex sha256 of the normalized model approved: 64 characters.
    public var sha256: String
    /// A remark, if any.
    public var note: String?
    /// The scenario run the reviewer saw, as `dtree approve` records it:
    /// `18 passed, coverage 100% outcomes, 100% edges`, or `none`; `nil` when not recorded.
    public var tests: String?
    /// Each node's digest when approved, as `dtree approve` records it (`id=1a2b3c4d …`, see
    /// `ContentHash.nodeDigests`); `nil` when not recorded.
    public var nodes: String?
    /// Where the entry starts in the source file, if loaded from one.
    public var location: SourceLocation?

    /// Creates a sign-off.
    public init(
        by: String, role: String, date: String, sha256: String, note: String? = nil, tests: String? = nil, nodes: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.tests = tests
        self.nodes = nodes
        self.by = by
        self.role = role
        self.date = date
        self.sha256 = sha256
        self.note = note
        self.location = location
    }

    /// Whether `text` is a lowercase hex sha256 digest (64 characters of `0-9a-f`).
    public static func isDigest(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }

    /// Whether `text` is a real calendar day written `YYYY-MM-DD`.
    public static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month)
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    /// The recorded node digests by node id, in the order written; empty when none are recorded
    /// (an entry that is not `id=digest` is skipped).
    public var nodeDigests: [(id: String, digest: String)] {
        (nodes ?? "").split(separator: " ").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1)
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }
    }

    /// The digest shortened to its first 12 characters, for messages.
    public var shortDigest: String { String(sha256.prefix(12)) }
}
