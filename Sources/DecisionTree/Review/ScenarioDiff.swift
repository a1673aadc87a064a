// Review/: NEW's scenario cases run against OLD: the cases whose outcome changed.

/// The cases of a scenario file whose outcome differs between OLD and NEW.
public struct ScenarioDiff: Sendable {
    /// One case whose outcome differs.
    public struct Case: Sendable {
        /// The case's name.
        public let name: String
        /// Its line in the scenario file.
        public let line: Int
        /// Where OLD ends with the case's answers, in words (or why it cannot run there).
        public let old: String
        /// Where NEW ends.
        public let new: String
    }

    /// The scenario file.
    public let path: String
    /// How many cases it has.
    public let total: Int
    /// The cases whose outcome changed, in file order.
    public let changed: [Case]

    /// Runs the scenario file `text` (read from `path`, written for NEW) against both trees.
    public init(text: String, path: String, old: Tree, new: Tree) {
        let before = ScenarioLoader.load(text: text, path: path, tree: old)
        let after = ScenarioLoader.load(text: text, path: path, tree: new)
        var oldByName: [String: String] = [:]
        for result in before.results { oldByName[result.scenario.name] = Self.ending(result, in: old) }
        for scenario in before.cases where scenario.isBroken { oldByName[scenario.name] = "cannot run: its answers do not fit OLD" }
        var changed: [Case] = []
        for result in after.results {
            let new = Self.ending(result, in: new)
            let old = oldByName[result.scenario.name] ?? "cannot run: its answers do not fit OLD"
            if old != new { changed.append(Case(name: result.scenario.name, line: result.scenario.location.line, old: old, new: new)) }
        }
        self.path = path
        self.total = after.cases.count
        self.changed = changed
    }

    private static func ending(_ result: CaseResult, in tree: Tree) -> String {
        if result.scenario.isBroken { return "cannot run: its answers do not fit" }
        let node = tree.nodes[result.path.end]
        return result.isFinished ? node.endingWords : "stops at \(node.id)"
    }
}
