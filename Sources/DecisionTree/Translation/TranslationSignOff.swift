// Translation/: a translator's sign-off of one language: the hash over the tree and that
// language's strings, kept in the PO file's header, and when it has gone stale.

import FoundationEssentials

/// A translator's sign-off of a translation, kept in its PO file's header
/// (`X-Dtree-Approved-By`, `-Role`, `-Date`, `-SHA256`), so it travels with the file through
/// translators' tools and goes stale when the tree or the translation changes.
public struct TranslationSignOff: Hashable, Sendable {
    /// The translator.
    public var by: String
    /// Their role (translator, clinical translator, …).
    public var role: String
    /// The day, YYYY-MM-DD.
    public var date: String
    /// ``TranslationSignOff/hash(of:tree:language:)`` at the sign-off.
    public var sha256: String

    static let fields = ["X-Dtree-Approved-By", "X-Dtree-Approved-Role", "X-Dtree-Approved-Date", "X-Dtree-Approved-SHA256"]

    /// The sign-off recorded in `po`'s header, if it has one.
    public init?(_ po: POFile) {
        guard let by = po.headerValue(Self.fields[0]), let role = po.headerValue(Self.fields[1]),
            let date = po.headerValue(Self.fields[2]), let sha256 = po.headerValue(Self.fields[3])
        else { return nil }
        self.init(by: by, role: role, date: date, sha256: sha256)
    }

    /// Creates a sign-off.
    public init(by: String, role: String, date: String, sha256: String) {
        self.by = by
        self.role = role
        self.date = date
        self.sha256 = sha256
    }

    /// The SHA-256 a translator's sign-off records: over the tree's content hash, the language,
    /// and each of the tree's strings (id, source text and translation, in order). It changes
    /// when the tree or any of that language's strings does.
    public static func hash(of po: POFile, tree: Tree, language: String) -> String {
        var text = "dtree-translation/1\n\(ContentHash.of(tree))\n\(language)\n"
        for string in TranslatableStrings.extract(from: tree) {
            let entry = po.entry(id: string.id)
            text += string.id + "\u{0}" + string.text + "\u{0}" + (entry?.id ?? "") + "\u{0}" + (entry?.translation ?? "")
            text += "\u{0}" + (entry?.flags.joined(separator: ",") ?? "") + "\n"
        }
        return Digest.sha256Hex(text.utf8)
    }

    /// `po` with this sign-off in its header, replacing an earlier one.
    public func recorded(in po: POFile) -> POFile {
        var po = po
        for (name, value) in zip(Self.fields, [by, role, date, sha256]) { po.setHeader(name, value) }
        return po
    }

    /// What the sign-off of `po` says about it as a translation of `tree`: `review-stale` when
    /// the tree or the strings changed since, and, with `requireReview`, `review-missing` when
    /// it has none. Located at the header.
    static func diagnostics(of po: POFile, path: String, tree: Tree, language: String, requireReview: Bool) -> [Diagnostic] {
        guard let signOff = TranslationSignOff(po) else {
            return requireReview
                ? [
                    Diagnostic(
                        .reviewMissing,
                        "the '\(language)' translation has no translator's sign-off (dtree approve TREE --lang \(language) --by NAME --role translator)",
                        at: .start, in: path)
                ] : []
        }
        guard signOff.sha256 != hash(of: po, tree: tree, language: language) else { return [] }
        return [
            Diagnostic(
                .reviewStale,
                "the '\(language)' translation was signed off by \(signOff.by) (\(signOff.role), \(signOff.date)), but the tree or its '\(language)' strings have changed since",
                at: .start, in: path)
        ]
    }
}

/// `dtree approve --lang`: a translator signs off one language.
public enum TranslationApproval {
    /// The PO file of `language` beside `treePath` with `by`'s sign-off recorded, and its text.
    /// - Throws: the PO file's located error, or, when any string is missing, stale or
    ///   unreviewed (fuzzy), those diagnostics: a translator signs off a finished review.
    public static func approve(
        tree: Tree, treePath: String, language: String, by: String, role: String, date: String
    ) throws(TranslationApprovalError) -> (path: String, text: String, signOff: TranslationSignOff) {
        let path = TranslationCheck.file(besideTree: treePath, language: language)
        let po: POFile
        do {
            po = try POReader.read(path).file
        } catch {
            throw .unreadable(error)
        }
        let open = TranslationCheck.diagnostics(of: po, path: path, tree: tree, requireReview: true)
            .filter { $0.rule != .reviewStale && $0.rule != .reviewMissing }
        guard open.isEmpty else { throw .notReviewed(open) }
        let signOff = TranslationSignOff(
            by: by, role: role, date: date, sha256: TranslationSignOff.hash(of: po, tree: tree, language: language))
        let signed = signOff.recorded(in: po)
        guard (try? POReader.parse(POWriter.text(of: signed), file: path)) != nil else {
            throw .unreadable(Diagnostic(.poSyntax, "the signed file would not read back", at: .start, in: path))
        }
        return (path, POWriter.text(of: signed), signOff)
    }
}

/// Why a translation was not signed off.
public enum TranslationApprovalError: Error, Sendable {
    /// The PO file cannot be read: its one located error.
    case unreadable(Diagnostic)
    /// Strings are missing, stale or unreviewed.
    case notReviewed([Diagnostic])
}
