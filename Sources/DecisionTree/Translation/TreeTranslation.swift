// Translation/: choosing the language a tree is shown in: the PO file of a language named with
// --lang (used even unreviewed, then marked), or one taken from the locale (used only when
// reviewed), and dtree's own words for it.

import FoundationEssentials

/// A tree shown in one language, with dtree's own words for it and whether a translator has
/// reviewed the translation.
public struct TreeTranslation: Sendable {
    /// The tree as shown: translated, and, when the translation is unreviewed, its title marked
    /// (``Phrasebook/unreviewedMark``), so every screen, picture and page that shows the title
    /// shows the mark.
    public var tree: Tree
    /// The language.
    public var language: String
    /// Whether every string has a current translation no entry of which is fuzzy.
    public var reviewed: Bool
    /// dtree's own words in the language (English when dtree has none: ``knownWords`` is false).
    public var words: Phrasebook
    /// Whether dtree has its own words in the language.
    public var knownWords: Bool
    /// The PO file read.
    public var path: String

    /// `tree` (loaded from `treePath`) in `language`, from the PO file beside it.
    /// - Throws: the PO file's one located ``Diagnostic``, or `unreadable-file` when there is no
    ///   translation into `language`.
    public init(tree: Tree, treePath: String, language: String) throws(Diagnostic) {
        path = TranslationCheck.file(besideTree: treePath, language: language)
        guard FileManager.default.fileExists(atPath: path) else {
            throw Diagnostic(
                .unreadableFile,
                "no translation into '\(language)': \(path) does not exist (dtree translate \(treePath) --lang \(language) makes one)",
                at: .start, in: path)
        }
        let po = try POReader.read(path).file
        self.language = language
        // Reviewed: every string translated from the current text, none fuzzy, and no sign-off
        // gone stale (a translation need not be signed off to count as reviewed).
        let check = TranslationCheck.diagnostics(of: po, path: path, tree: tree, requireReview: true)
        reviewed = check.allSatisfy { $0.rule == .reviewMissing }
        (words, knownWords) = Phrasebook.forLanguage(language)
        var shown = tree.translated(by: po)
        if !reviewed {
            shown = Tree(
                id: shown.id, title: shown.title + " (" + words.unreviewedMark + ")", version: shown.version, source: shown.source,
                disclaimer: shown.disclaimer, specialists: shown.specialists, start: shown.start, nodes: shown.nodes, path: shown.path,
                specialistNames: shown.specialistNames, urgencyWords: shown.urgencyWords, review: shown.review)
        }
        self.tree = shown
    }

    /// The language the locale asks for (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, as gettext
    /// reads them: `ru_RU.UTF-8` gives `ru`), or `nil` for C, POSIX, English or none.
    public static func localeLanguage(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            let language = String(value.prefix { $0.isLetter }).lowercased()
            if language.isEmpty || language == "c" || language == "posix" || language == "en" { return nil }
            return language
        }
        return nil
    }

    /// The translation the locale picks for `tree`: one whose language the locale names and
    /// that a translator has reviewed; `nil` otherwise (the tree is then shown as written).
    public static func fromLocale(
        tree: Tree, treePath: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> TreeTranslation? {
        guard let language = localeLanguage(environment), POMerge.isLanguageTag(language) else { return nil }
        guard let translation = try? TreeTranslation(tree: tree, treePath: treePath, language: language), translation.reviewed else {
            return nil
        }
        return translation
    }

    /// `tree`'s reviewed translation into `language` for an export: only entries translated from
    /// the current text and not fuzzy are used; the rest stays in the source language, unmarked.
    /// - Throws: as ``init(tree:treePath:language:)``.
    public static func forExport(tree: Tree, treePath: String, language: String) throws(Diagnostic) -> FHIRTranslation {
        let path = TranslationCheck.file(besideTree: treePath, language: language)
        guard FileManager.default.fileExists(atPath: path) else {
            throw Diagnostic(.unreadableFile, "no translation into '\(language)': \(path) does not exist", at: .start, in: path)
        }
        var po = try POReader.read(path).file
        po.entries.removeAll { $0.isFuzzy }
        return FHIRTranslation(language: language, tree: tree.translated(by: po), words: Phrasebook.forLanguage(language).words)
    }
}
