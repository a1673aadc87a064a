// Export/: the content hash of the normalized model, which a sign-off records, and whether a
// tree's latest sign-off approved the model as it is now (exports such as FHIR state it).

/// The sha256 of a tree's normalized model, in canonical form (``JSONExport/canonicalText(_:)``).
///
/// Comments, whitespace, key order, quoting, YAML vs JSON and the `review:` list do not change
/// it; any text, item, answer, target, specialist, urgency, advice, help or cite does.
public enum ContentHash {
    /// The lowercase hex sha256 of `tree`'s canonical model.
    public static func of(_ tree: Tree) -> String {
        Digest.sha256Hex(JSONExport.canonicalText(tree).utf8)
    }

    /// Each node's digest, in file order: the first 8 hex characters of the sha256 of the node's
    /// canonical JSON (its kind, text, items, referral, advice, help, cite and edges), so a
    /// sign-off can name the nodes changed since without the approved version at hand.
    public static func nodeDigests(_ tree: Tree) -> [(id: String, digest: String)] {
        tree.nodes.map { node in (node.id, String(Digest.sha256Hex(JSONExport.canonicalText(of: node, in: tree).utf8).prefix(8))) }
    }

    /// ``nodeDigests(_:)`` as a sign-off records it: `id=digest` pairs separated by spaces.
    public static func nodeDigestText(_ tree: Tree) -> String {
        nodeDigests(tree).map { "\($0.id)=\($0.digest)" }.joined(separator: " ")
    }
}

extension Tree {
    /// The latest sign-off of the `review:` list when it approved the model as it is now (its
    /// sha256 is the tree's ``ContentHash``); `nil` when there is none or it is stale.
    public var currentSignOff: SignOff? {
        guard let latest = latestSignOff(), latest.isCurrent else { return nil }
        return latest.signOff
    }

    /// The latest sign-off of the `review:` list and whether it approved the model as it is
    /// now; `hash` is the tree's ``ContentHash`` when the caller has it (computed otherwise).
    /// The one place a sign-off is compared with the model.
    public func latestSignOff(hash: String? = nil) -> (signOff: SignOff, isCurrent: Bool)? {
        guard let latest = review.last else { return nil }
        return (latest, latest.sha256 == (hash ?? ContentHash.of(self)))
    }
}
