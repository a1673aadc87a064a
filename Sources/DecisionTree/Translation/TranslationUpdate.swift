// Translation/: what `dtree translate` does: the PO file beside a tree read (strictly), brought up
// to the tree's strings, and its new text with counts of what changed. Writing is the caller's,
// through Output/.

import FoundationEssentials

/// A PO file brought up to date with its tree, ready to be written.
public struct TranslationUpdate: Sendable {
    /// The PO file's path.
    public var path: String
    /// Whether the file existed before.
    public var existed: Bool
    /// The updated file.
    public var file: POFile
    /// Its text, as it is to be written.
    public var text: String
    /// Strings that had no entry before.
    public var added: Int
    /// Translated entries whose source changed, now fuzzy with their previous source kept.
    public var madeFuzzy: Int
    /// Entries whose id the tree no longer has, now obsolete.
    public var madeObsolete: Int
    /// The tree's strings.
    public var total: Int

    /// Reads the PO file of `language` beside `treePath` (when there is one) and merges `tree`'s
    /// strings into it.
    /// - Throws: the one located ``Diagnostic`` of a PO file that cannot be read; nothing is
    ///   to be written then.
    public init(tree: Tree, treePath: String, language: String, now: Date = Date()) throws(Diagnostic) {
        path = TranslationCheck.file(besideTree: treePath, language: language)
        var existing: POFile?
        existed = FileManager.default.fileExists(atPath: path)
        if existed { existing = try POReader.read(path).file }
        let strings = TranslatableStrings.extract(from: tree)
        file = POMerge.update(existing, to: strings, language: language, tree: tree, now: now)
        text = POWriter.text(of: file)
        total = strings.count
        let before = Dictionary(
            (existing?.entries ?? []).filter { !$0.isObsolete }.compactMap { entry in entry.context.map { ($0, entry) } },
            uniquingKeysWith: { first, _ in first })
        added = strings.filter { before[$0.id] == nil }.count
        madeFuzzy =
            file.entries.filter { entry in
                guard !entry.isObsolete, let context = entry.context, let old = before[context] else { return false }
                return entry.isFuzzy && old.id != entry.id
            }.count
        let obsoleteBefore = (existing?.entries ?? []).filter(\.isObsolete).count
        madeObsolete = max(0, file.entries.filter(\.isObsolete).count - obsoleteBefore)
    }

    /// One line for the terminal: the file and what changed in it.
    public var summary: String {
        "\(path): \(total) strings; \(added) new, \(madeFuzzy) changed in the source (now fuzzy), \(madeObsolete) obsolete"
    }
}
