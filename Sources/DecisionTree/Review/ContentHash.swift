// Review/: reviewing a change to a tree: the content hash a sign-off records, the structural
// and behavioural diff of two versions, sign-offs (checking they are current, appending one),
// and reading an older version from git. Imports Model/, Loading/, Execution/, Export/,
// Scenarios/, Output/ and Diagnostics/.

/// The sha256 of a tree's normalized model, in canonical form (``JSONExport/canonicalText(_:)``).
///
/// Comments, whitespace, key order, quoting, YAML vs JSON and the `review:` list do not change
/// it; any text, item, answer, target, specialist, urgency, advice, help or cite does.
public enum ContentHash {
    /// The lowercase hex sha256 of `tree`'s canonical model.
    public static func of(_ tree: Tree) -> String {
        Digest.sha256Hex(JSONExport.canonicalText(tree).utf8)
    }
}
