// Model/: the document a tree's logic comes from, as the tree names it.

/// The source document a tree rests on: `source: FILE`, or `source: {file, title, sha256}`.
///
/// Every `cite:` of the tree quotes this document. ``file`` is a file name, looked up beside
/// the tree and then in the folders a caller gives (see ``CitationCheck``).
public struct SourceDocument: Hashable, Sendable, CustomStringConvertible {
    /// The file name (or a path relative to the folders it is looked up in).
    public var file: String
    /// A human title of the document.
    public var title: String?
    /// The SHA-256 of the file the cites were checked against, as 64 lowercase hex digits.
    public var sha256: String?

    /// Creates a source document.
    public init(file: String, title: String? = nil, sha256: String? = nil) {
        self.file = file
        self.title = title
        self.sha256 = sha256
    }

    /// The file name.
    public var description: String { file }
}
