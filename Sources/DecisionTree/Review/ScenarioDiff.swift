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

    /// Runs the scenario file `text` (read from `path`, written for NEW) on both trees. Each
    /// case's answers are read against NEW, then given to OLD node by node (by id, and by label
    /// or item); an answer OLD cannot take is left out, so the case goes as far as OLD lets it.
    public init(text: String, path: String, old: Tree, new: Tree) {
        let file = ScenarioLoader.load(text: text, path: path, tree: new)
        var changed: [Case] = []
        for result in file.results where !result.scenario.isBroken {
            let before = Walk(tree: old, following: Self.answers(result.scenario.answers, from: new, to: old))
            let oldEnd = before.isFinished ? before.node.endingWords : "stops at \(before.node.id)"
            let node = new.nodes[result.path.end]
            let newEnd = result.isFinished ? node.endingWords : "stops at \(node.id)"
            if oldEnd != newEnd {
                changed.append(Case(name: result.scenario.name, line: result.scenario.location.line, old: oldEnd, new: newEnd))
            }
        }
        self.path = path
        self.total = file.cases.count
        self.changed = changed
    }

    /// `answers` to NEW's nodes given to OLD's nodes of the same id, where they fit.
    private static func answers(_ answers: Answers, from new: Tree, to old: Tree) -> Answers {
        var result = Answers(tree: old)
        for index in answers.answeredNodes {
            guard let answer = answers[index] else { continue }
            let node = new.nodes[index]
            switch answer {
            case .items(let chosen):
                _ = try? result.set(items: chosen.map { node.items[$0] }, forNodeID: node.id, in: old)
            case .choice(let edge):
                _ = try? result.set(node.edges[edge].answer, forNodeID: node.id, in: old)
            case .number(let value):
                _ = try? result.set(value.description, forNodeID: node.id, in: old)
            case .next:
                continue
            }
        }
        return result
    }
}
