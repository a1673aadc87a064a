// Review/: the whole answer to "what changed?" between two versions of a tree.

/// Two versions of a tree compared: by structure, by behaviour, by NEW's scenario cases, and
/// by their latest sign-offs.
public struct TreeDiff: Sendable {
    /// The older version.
    public let old: Tree
    /// The newer version.
    public let new: Tree
    /// What OLD was read from, as given.
    public let oldName: String
    /// What NEW was read from, as given.
    public let newName: String
    /// OLD's content hash.
    public let oldHash: String
    /// NEW's content hash.
    public let newHash: String
    /// Nodes and edges that differ.
    public let structure: StructuralDiff
    /// Outcome pairs that differ, and answers on one side only.
    public let behaviour: BehaviourDiff
    /// NEW's scenario cases whose outcome differs on OLD, when NEW has a scenario file.
    public let scenarios: ScenarioDiff?

    /// Compares `old` and `new`; `scenarioFile` is NEW's scenario file (its text and path), if any.
    public init(old: Tree, oldName: String, new: Tree, newName: String, scenarioFile: (text: String, path: String)? = nil) {
        self.old = old
        self.new = new
        self.oldName = oldName
        self.newName = newName
        oldHash = ContentHash.of(old)
        newHash = ContentHash.of(new)
        structure = StructuralDiff(old: old, new: new)
        behaviour = BehaviourDiff(old: old, new: new)
        scenarios = scenarioFile.map { ScenarioDiff(text: $0.text, path: $0.path, old: old, new: new) }
    }

    /// Whether the two models are the same (comments, whitespace, key order and YAML vs JSON do
    /// not count): their content hashes are equal.
    public var isSameModel: Bool { oldHash == newHash }
}
