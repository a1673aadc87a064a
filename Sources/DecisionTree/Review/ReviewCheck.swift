// Review/: whether a tree's latest sign-off is current: the `review-stale` and
// `review-missing` warnings of `dtree validate`.

/// Checks a tree's `review:` list against its content hash.
public enum ReviewCheck {
    /// Whether the latest sign-off approved the model as it is now.
    public enum Status: Sendable, Equatable {
        /// The tree has no sign-off.
        case missing
        /// The latest sign-off's hash is the tree's.
        case current(SignOff)
        /// The latest sign-off approved another model.
        case stale(SignOff)
    }

    /// The status of `tree`'s latest sign-off; `hash` is the tree's content hash when the
    /// caller has it already (it is computed otherwise).
    public static func status(of tree: Tree, hash: String? = nil) -> Status {
        guard let latest = tree.latestSignOff(hash: hash) else { return .missing }
        return latest.isCurrent ? .current(latest.signOff) : .stale(latest.signOff)
    }

    /// `review-stale` when the latest sign-off no longer matches, naming what changed since when
    /// `approved` can give the model that was signed (from git history, say); `review-missing`
    /// when `requireReview` and there is none. Both are warnings (`--strict` fails on them).
    public static func diagnostics(for tree: Tree, requireReview: Bool, approved: (String) -> Tree? = { _ in nil }) -> [Diagnostic] {
        let file = tree.path ?? "<tree>"
        switch status(of: tree) {
        case .current:
            return []
        case .missing:
            guard requireReview else { return [] }
            return [
                Diagnostic(
                    .reviewMissing, "the tree has no sign-off; a reviewer approves it with 'dtree approve \(file) --by NAME --role ROLE'",
                    at: .start, in: file)
            ]
        case .stale(let latest):
            var message =
                "the latest sign-off (\(latest.by), \(latest.role), \(latest.date)) approved \(latest.shortDigest), but the tree now hashes to \(String(ContentHash.of(tree).prefix(12)))"
            if let before = approved(latest.sha256) {
                message += "; changed since: " + changeSummary(StructuralDiff(old: before, new: tree))
                let outcomes = BehaviourDiff(old: before, new: tree).outcomes
                if let first = outcomes.first {
                    let witness = first.witness.map(\.description).joined(separator: ", ")
                    message +=
                        "; \(outcomes.count) outcome pair\(outcomes.count == 1 ? "" : "s") changed, "
                        + "first \(first.old) -> \(first.new) with \(witness.isEmpty ? "no answers" : witness)"
                }
            } else if !latest.nodeDigests.isEmpty {
                message += "; changed since (by the sign-off's node digests): " + digestSummary(latest.nodeDigests, tree: tree)
            } else {
                message += "; the approved version cannot be found to say what changed ('dtree diff OLD \(file)' shows it)"
            }
            return [Diagnostic(.reviewStale, message, at: latest.location ?? .start, in: file)]
        }
    }

    /// `red_flags (targets), trauma (added), title` — at most eight entries, then `and N more`.
    public static func changeSummary(_ diff: StructuralDiff) -> String {
        var entries = diff.treeFields
        for change in diff.nodes {
            entries.append(
                change.change == .changed
                    ? "\(change.id) (\(change.fields.joined(separator: ", ")))" : "\(change.id) (\(change.change.rawValue))")
        }
        if entries.isEmpty { return "nothing the structure shows" }
        let shown = entries.prefix(8).joined(separator: "; ")
        return entries.count > 8 ? shown + "; and \(entries.count - 8) more" : shown
    }

    /// What the node digests a sign-off recorded say changed: `once (changed); trauma_soon
    /// (added); trauma (removed)` (at most eight, then `and N more`), or that no node changed.
    public static func digestSummary(_ recorded: [(id: String, digest: String)], tree: Tree) -> String {
        let now = ContentHash.nodeDigests(tree)
        let before = Dictionary(recorded.map { ($0.id, $0.digest) }, uniquingKeysWith: { first, _ in first })
        let present = Set(now.map(\.id))
        var entries: [String] = []
        for (id, digest) in now {
            if let old = before[id] {
                if old != digest { entries.append("\(id) (changed)") }
            } else {
                entries.append("\(id) (added)")
            }
        }
        for (id, _) in recorded where !present.contains(id) { entries.append("\(id) (removed)") }
        if entries.isEmpty { return "no node changed; a field of the tree itself did (title, start, specialists, …)" }
        let shown = entries.prefix(8).joined(separator: "; ")
        return entries.count > 8 ? shown + "; and \(entries.count - 8) more" : shown
    }

    /// The version of the tree file at `path` in its git history (the newest `limit` commits that
    /// changed it, and the working copy's last commit) whose model hashes to `digest`, if any.
    public static func approvedVersion(of path: String, digest: String, limit: Int = 50) -> Tree? {
        for revision in GitRevision.history(of: path, limit: limit) {
            guard let text = try? GitRevision.read(revision: revision, path: path),
                let tree = TreeLoader.load(text: text, path: path).tree
            else { continue }
            if ContentHash.of(tree) == digest { return tree }
        }
        return nil
    }
}
