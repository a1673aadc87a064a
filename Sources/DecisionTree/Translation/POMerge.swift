// Translation/: updating a PO file to a tree's current strings with msgmerge's semantics, and
// the header of a new one.

import FoundationEssentials

/// msgmerge's update of a translation, by dtree's string ids.
public enum POMerge {
    /// `existing` (or a new file for `language` when `nil`) brought up to `strings`:
    /// - a string with no entry gets one with an empty translation;
    /// - an entry whose source text changed gets the new text, and, when it was translated, the
    ///   `fuzzy` flag with the text it was translated from kept as `#| msgid` (an entry already
    ///   fuzzy keeps the previous text it had);
    /// - an entry whose id is gone becomes obsolete (`#~`), and an obsolete one whose id and
    ///   text are back is current again; an untranslated entry whose id is gone is dropped;
    /// - translator comments, flags and reviewed translations are kept; the extracted comment
    ///   is dtree's note for the string.
    ///
    /// Entries follow the order of `strings`; obsolete ones come after, in their old order.
    public static func update(
        _ existing: POFile?, to strings: [TranslatableString], language: String, tree: Tree, now: Date = Date()
    ) -> POFile {
        var file = existing ?? newFile(language: language, tree: tree, now: now)
        var current: [String: POEntry] = [:]
        var obsolete: [String: POEntry] = [:]
        for entry in file.entries {
            guard let context = entry.context else { continue }
            if entry.isObsolete { obsolete[context] = obsolete[context] ?? entry } else { current[context] = entry }
        }
        var used = Set<String>()
        var entries: [POEntry] = []
        for string in strings {
            used.insert(string.id)
            var entry: POEntry
            if let found = current[string.id] {
                entry = found
            } else if let found = obsolete[string.id] {
                entry = found
                entry.isObsolete = false
            } else {
                entry = POEntry(context: string.id, id: string.text)
            }
            if entry.id != string.text {
                if !entry.translation.isEmpty {
                    if !(entry.isFuzzy && entry.previousID != nil) { entry.previousID = entry.id }
                    entry.setFuzzy(true)
                } else {
                    entry.previousID = nil
                    entry.setFuzzy(false)
                }
                entry.id = string.text
            }
            entry.extractedComments = [string.note]
            entries.append(entry)
        }
        for var entry in file.entries where !used.contains(entry.context ?? "") {
            if entry.context == nil, !entry.isObsolete { continue }
            // As msgmerge: an entry that was never translated is dropped, not kept obsolete.
            if entry.translation.isEmpty { continue }
            entry.isObsolete = true
            if entries.contains(where: { $0.isObsolete && $0.context == entry.context && $0.id == entry.id }) { continue }
            entries.append(entry)
        }
        file.entries = entries
        file.setHeader("Project-Id-Version", "\(tree.id)\(tree.version.map { " \($0)" } ?? "")")
        return file
    }

    /// The header of a new translation of `tree` into `language`.
    static func newFile(language: String, tree: Tree, now: Date) -> POFile {
        // `2026-12-05 23:14+0000`, from the UTC ISO 8601 form `2026-12-05T23:14:23Z`.
        let iso = Array(now.formatted(.iso8601))
        let revised = String(iso[0..<10]) + " " + String(iso[11..<16]) + "+0000"
        return POFile(
            headerComments: [
                "Translation of the tree '\(tree.id)' into '\(language)'.",
                "Written by dtree translate; msgctxt is dtree's id of each string, msgid its source text.",
                "Remove 'fuzzy' (and the #| lines) from an entry once a translator has reviewed it.",
            ],
            header: [
                ("Project-Id-Version", tree.id),
                ("PO-Revision-Date", revised),
                ("Last-Translator", ""),
                ("Language-Team", ""),
                ("Language", language),
                ("MIME-Version", "1.0"),
                ("Content-Type", "text/plain; charset=UTF-8"),
                ("Content-Transfer-Encoding", "8bit"),
                ("Plural-Forms", pluralForms(language)),
            ])
    }

    /// gettext's plural rule for a language (dtree's strings have no plurals; msgfmt wants one).
    static func pluralForms(_ language: String) -> String {
        let base = language.split(whereSeparator: { $0 == "_" || $0 == "-" }).first.map(String.init) ?? language
        switch base {
        case "ru", "uk", "be", "sr", "hr", "bs":
            return "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
        case "ar":
            return "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);"
        case "ja", "zh", "ko", "vi", "th", "id":
            return "nplurals=1; plural=0;"
        case "fr", "pt":
            return "nplurals=2; plural=(n > 1);"
        default:
            return "nplurals=2; plural=(n != 1);"
        }
    }

    /// Whether `language` is a language tag dtree accepts in a file name: letters, then
    /// optionally `_` or `-` and letters or digits (`ru`, `pt_BR`, `sr-Latn`).
    public static func isLanguageTag(_ language: String) -> Bool {
        let parts = language.split(separator: "_", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "-", omittingEmptySubsequences: false) }
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
            return false
        }
        return parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
