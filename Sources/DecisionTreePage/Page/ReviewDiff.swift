// Page/: what changed between two versions of a tree, as `dtree review --against` shows it:
// the comparison is Review/'s TreeDiff, the one diff engine `dtree diff` and the stale check
// use (its structure node by node and edge by edge, its behaviour pair by pair of outcomes).

import DecisionTree
import DecisionTreeRendering

/// The differences between an old and a new version of a tree, matched by node id.
public struct ReviewDiff: Sendable {
    /// How a node changed.
    public enum Kind: String, Sendable {
        /// Only in the new version.
        case added
        /// Only in the old version.
        case removed
        /// In both, with different content.
        case changed
    }

    /// One node's change.
    public struct Change: Sendable, Equatable {
        /// The node's id.
        public var id: String
        /// Added, removed or changed.
        public var kind: Kind
        /// What changed, as ``StructuralDiff/NodeChange/fields`` names it (`text`, `items`,
        /// `answers`, `targets`, `specialist`, `urgency`, `advice`, `help`, `cite`, `kind`);
        /// empty for an added or removed node.
        public var fields: [String]
        /// Its index in the new tree; `nil` for a removed node.
        public var newIndex: Int?
        /// Whether it is an end (an outcome, or a referral without `next`) in either version.
        public var isEnd: Bool
    }

    /// The old version's version string.
    public var oldVersion: String?
    /// The old version's content hash.
    public var oldHash: String
    /// The old version's file name.
    public var oldFile: String
    /// Every change, new tree order first, then removed nodes in old order.
    public var changes: [Change]

    /// The changes that are ends: the outcomes and referrals a reviewer must look at again.
    public var changedEnds: [Change] { changes.filter(\.isEnd) }

    /// The whole comparison, as `dtree diff` makes it: structure, behaviour and scenario cases.
    public let tree: TreeDiff

    /// A changed pair of outcomes with its witness walked on NEW, to replay on the page.
    public struct OutcomeReplay: Sendable {
        /// The pair and its shortest witness, as `dtree diff` lists it.
        public let change: BehaviourDiff.OutcomeChange
        /// The witness's walk on NEW (the answers NEW asks), ending where NEW ends.
        public let path: Path
    }

    /// Every changed pair of outcomes, in `dtree diff`'s order, each with its walk on NEW.
    public var outcomes: [OutcomeReplay] {
        tree.behaviour.outcomes.map { change in
            var walk = Walk(startingAt: tree.new)
            for step in change.witness where step.side != .old && walk.node.id == step.node {
                try? walk.answer(step.answer)
            }
            return OutcomeReplay(change: change, path: walk.path)
        }
    }

    /// The marks the diff picture (`dtree diff -o`) draws on NEW: added, changed, removed.
    public var marks: ChangeMarks { DiffPicture.marks(tree) }

    /// Compares `old` (read from `oldFile`) with `new` through Review/'s ``TreeDiff``; with
    /// `scenarioFile` (NEW's scenario file), also the cases that end elsewhere on OLD.
    public init(old: Tree, oldFile: String, new: Tree, scenarioFile: (text: String, path: String)? = nil) {
        oldVersion = old.version
        oldHash = ContentHash.of(old)
        self.oldFile = oldFile
        tree = TreeDiff(old: old, oldName: oldFile, new: new, newName: new.path ?? "NEW", scenarioFile: scenarioFile)
        changes = tree.structure.nodes.map { change in
            let newIndex = new.index(of: change.id)
            let wasEnd = old[id: change.id]?.isTerminal ?? false
            let isEnd = newIndex.map { new.nodes[$0].isTerminal } ?? false
            let kind: Kind =
                switch change.change {
                case .added: .added
                case .removed: .removed
                case .changed: .changed
                }
            return Change(
                id: change.id, kind: kind, fields: change.change == .changed ? change.fields : [],
                newIndex: newIndex, isEnd: isEnd || wasEnd)
        }
    }
}
