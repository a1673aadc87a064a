// Translation/: a PO file checked against its tree: what is missing, stale, unreviewed, unknown,
// or a translated answer label that collides with another; and the PO files beside a tree.

import FoundationEssentials

/// The checks of a translation against the tree it translates, located in the PO file.
public enum TranslationCheck {
    /// The PO files beside the tree at `treePath`: `NAME.LANG.po` in its folder, by language.
    public static func files(besideTree treePath: String) -> [(language: String, path: String)] {
        let url = URL(fileURLWithPath: treePath)
        let folder = url.deletingLastPathComponent().path
        let name = url.deletingPathExtension().lastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.sorted().compactMap { file in
            guard file.hasPrefix(name + "."), file.hasSuffix(".po") else { return nil }
            let language = String(file.dropFirst(name.count + 1).dropLast(3))
            guard POMerge.isLanguageTag(language) else { return nil }
            let relative = PathName.folder(of: treePath)
            return (language, relative.isEmpty ? file : PathName.joining(relative, file))
        }
    }

    /// The PO file of `language` beside the tree at `treePath` (whether or not it exists).
    public static func file(besideTree treePath: String, language: String) -> String {
        let url = URL(fileURLWithPath: treePath)
        let name = url.deletingPathExtension().lastPathComponent + ".\(language).po"
        let relative = PathName.folder(of: treePath)
        return relative.isEmpty ? name : PathName.joining(relative, name)
    }

    /// What is wrong with `po` (read from `path`) as a translation of `tree`.
    ///
    /// `translation-missing` and `translation-stale` are warnings; `translation-unreviewed` is one
    /// note for the file at its first fuzzy entry (a warning with `requireReview`);
    /// `translation-unknown-id` a warning; `translation-label-collision` an error.
    public static func diagnostics(of po: POFile, path: String, tree: Tree, requireReview: Bool) -> [Diagnostic] {
        let strings = TranslatableStrings.extract(from: tree)
        let known = Set(strings.map(\.id))
        var diagnostics: [Diagnostic] = []
        func at(_ line: Int) -> SourceLocation { SourceLocation(line: max(line, 1), column: 1) }
        var unreviewed: [POEntry] = []
        for string in strings {
            guard let entry = po.entry(id: string.id) else {
                diagnostics.append(
                    Diagnostic(
                        .translationMissing, "no entry for '\(string.id)' (\(string.note)); run dtree translate to add it",
                        at: .start, in: path))
                continue
            }
            if entry.id != string.text {
                diagnostics.append(
                    Diagnostic(
                        .translationStale,
                        "the translation of '\(string.id)' was made from other source text than the tree's; run dtree translate, then review it",
                        at: at(entry.idLine), in: path))
            } else if entry.translation.isEmpty {
                diagnostics.append(
                    Diagnostic(.translationMissing, "'\(string.id)' is not translated", at: at(entry.translationLine), in: path))
            } else if entry.isFuzzy {
                unreviewed.append(entry)
            }
        }
        if let first = unreviewed.first {
            diagnostics.append(
                Diagnostic(
                    .translationUnreviewed,
                    "\(unreviewed.count) of \(strings.count) translations are unreviewed (fuzzy), the first '\(first.context ?? "")'; a translator removes 'fuzzy' once each is checked",
                    at: at(first.idLine), in: path, severity: requireReview ? .warning : nil))
        }
        for entry in po.entries where !entry.isObsolete {
            guard let context = entry.context else {
                diagnostics.append(
                    Diagnostic(
                        .translationUnknownID, "an entry without msgctxt: dtree names every string by its id", at: at(entry.line), in: path)
                )
                continue
            }
            if !known.contains(context) {
                diagnostics.append(
                    Diagnostic(
                        .translationUnknownID, "'\(context)' names no string of the tree \(tree.id)", at: at(entry.contextLine), in: path))
            }
        }
        let language = po.headerValue("Language") ?? ""
        diagnostics += TranslationSignOff.diagnostics(of: po, path: path, tree: tree, language: language, requireReview: requireReview)
        for node in tree.nodes where node.kind == .question {
            var seen: [String: String] = [:]
            for edge in node.edges {
                guard let entry = po.entry(id: "\(node.id).answers.\(edge.answer)"), !entry.translation.isEmpty else { continue }
                let key = entry.translation.lowercased()
                if let other = seen[key] {
                    diagnostics.append(
                        Diagnostic(
                            .translationLabelCollision,
                            "answers '\(other)' and '\(edge.answer)' of '\(node.id)' are both translated '\(entry.translation)'",
                            at: at(entry.translationLine), in: path))
                } else {
                    seen[key] = edge.answer
                }
            }
        }
        return diagnostics
    }
}
