// Hazards/: whether each inference a tree states has been reviewed: named by a hazard of its
// hazard log, or by the current sign-off's note (`inference-unreviewed`, counted by --strict).

/// The check `dtree validate --strict` makes of a tree's inferences (docs/safety.md).
///
/// An inference (`inference:` on a node) is the tree's own reading beyond its source. It counts
/// as reviewed when a hazard of the hazard log names its node (`nodes:`), or when the tree's
/// current sign-off (one that approved the tree as it is now) names the node in its `note:`.
public enum InferenceReview {
    /// One `inference-unreviewed` warning, at the node, for each node of `tree` whose inference
    /// is not reviewed; `hazardNodes` are the node ids the tree's hazard logs name.
    ///
    /// - Parameter hazardLog: the hazard log's path as the message names it; `nil` when the
    ///   tree has none.
    public static func diagnostics(of tree: Tree, path: String, hazardNodes: Set<String>, hazardLog: String?) -> [Diagnostic] {
        let noted = tree.currentSignOff.flatMap(\.note).map(Self.words(in:)) ?? []
        return tree.nodes.compactMap { node in
            guard node.inference != nil, !hazardNodes.contains(node.id), !noted.contains(node.id) else { return nil }
            let log = hazardLog.map { "a hazard of \($0)" } ?? "a hazard log (\(TreeFiles.hazardFile(besideTree: path)))"
            return Diagnostic(
                .inferenceUnreviewed,
                "node '\(node.id)' states an inference that no hazard names and no current sign-off notes: review it in \(log) with '\(node.id)' in its nodes, or name it in the sign-off's note",
                at: node.location ?? .start, in: path)
        }
    }

    /// The identifier-like words of a note (letters, digits, `_` and `-`), which node ids are.
    static func words(in note: String) -> Set<String> {
        var words = Set<String>()
        var word = ""
        for character in note {
            if character.isLetter || character.isNumber || character == "_" || character == "-" {
                word.append(character)
            } else if !word.isEmpty {
                words.insert(word)
                word = ""
            }
        }
        if !word.isEmpty { words.insert(word) }
        return words
    }
}
