// Translation/: what a translator re-checks after a change of the logic: the translated strings
// of every node on a changed path (`dtree diff`).

/// The translated strings of the nodes a change touches, per language beside NEW.
public enum TranslationDiff {
    /// One language's strings to re-check.
    public struct Language: Sendable {
        /// The language.
        public var language: String
        /// The PO file.
        public var path: String
        /// `(id, translation)` of each translated string of a touched node, in NEW's order.
        public var strings: [(id: String, translation: String)]
    }

    /// The nodes on a changed path of `diff`: changed and added nodes, the nodes of each witness
    /// of a changed end or a one-sided answer, and the ends themselves (NEW's ids).
    public static func touchedNodes(_ diff: TreeDiff) -> Set<String> {
        var nodes = Set(diff.structure.nodes.filter { $0.change != .removed }.map(\.id))
        for change in diff.behaviour.outcomes {
            nodes.formUnion(change.witness.filter { $0.side != .old }.map(\.node))
            nodes.insert(change.newNode)
        }
        for answer in diff.behaviour.oneSided where answer.side != .old {
            nodes.formUnion(answer.witness.filter { $0.side != .old }.map(\.node))
            nodes.insert(answer.node)
        }
        return nodes
    }

    /// For each readable PO file beside `newPath`, the translated strings of the touched nodes.
    public static func languages(_ diff: TreeDiff, newPath: String) -> [Language] {
        let touched = touchedNodes(diff)
        guard !touched.isEmpty else { return [] }
        return TranslationCheck.files(besideTree: newPath).compactMap { language, path in
            guard let po = try? POReader.read(path).file else { return nil }
            let strings = TranslatableStrings.extract(from: diff.new).compactMap { string -> (id: String, translation: String)? in
                guard let node = string.id.split(separator: ".").first.map(String.init), touched.contains(node),
                    let entry = po.entry(id: string.id), !entry.translation.isEmpty
                else { return nil }
                return (string.id, entry.translation)
            }
            return strings.isEmpty ? nil : Language(language: language, path: path, strings: strings)
        }
    }

    /// The text section `dtree diff` prints after its report, headed in `words`.
    public static func text(_ languages: [Language], words: Phrasebook.ReportWords = .english) -> String {
        var lines: [String] = []
        for language in languages {
            lines.append("")
            lines.append(words.diffTranslations(language.path))
            for string in language.strings {
                lines.append("  \(string.id): \(UntrustedText.collapsed(string.translation))")
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}
