// Scenarios/: running one case and explaining a failure.

/// What running one case produced: the path it took, where it ended and, when it failed, why.
public struct CaseResult: Sendable {
    /// The case run.
    public let scenario: ScenarioCase
    /// The path taken.
    public let path: Path
    /// Whether the walk reached a terminal node.
    public let isFinished: Bool
    /// Whether the walk reached a terminal node that matches the expectation.
    public let passed: Bool
    /// The nodes answered that the path never visits, by index.
    public let unusedAnswers: [Int]
    /// Why the case failed, one line each: the path, the expectation, the node reached and
    /// where the path left every route to the expectation. Empty when it passed.
    public let explanation: [String]
}

/// Runs cases through a ``Walk`` with the answers they give.
public enum CaseRunner {
    /// Runs `scenario` from the tree's start: each node is answered from the case's answers
    /// (refer steps with `next` are passed by the walk) until a terminal or a node without an answer.
    public static func run(_ scenario: ScenarioCase, in tree: Tree) -> CaseResult {
        let walk = Walk(tree: tree, following: scenario.answers)
        let visited = Set(walk.path.nodes)
        let passed = walk.isFinished && scenario.expectation.matches(walk.node) && !scenario.isBroken
        let unused = scenario.answers.answeredNodes.filter { !visited.contains($0) }
        return CaseResult(
            scenario: scenario, path: walk.path, isFinished: walk.isFinished, passed: passed,
            unusedAnswers: unused, explanation: passed ? [] : explain(scenario, walk: walk))
    }

    private static func explain(_ scenario: ScenarioCase, walk: Walk) -> [String] {
        let tree = walk.tree
        if scenario.isBroken {
            return ["the case has errors in the scenario file and was not run"]
        }
        var lines = [
            "path:     \(walk.path.describe(in: tree))",
            "expected: \(scenario.expectation)",
        ]
        let end = walk.node
        if walk.isFinished {
            lines.append("reached:  \(end.summary)\(end.location.map { " at line \($0.line)" } ?? "")")
        } else {
            let valid = Answer.valid(for: end).joined(separator: ", ")
            lines.append("reached:  no outcome; the walk stopped at '\(end.id)', which has no answer in the case (valid: \(valid))")
        }
        let canReach = GraphAnalysis.canReach(in: tree) { $0.isTerminal && scenario.expectation.matches($0) }
        let nodes = walk.path.nodes
        guard canReach[nodes[0]] else {
            lines.append("diverged: no path from the start reaches a node matching \(scenario.expectation)")
            return lines
        }
        for (position, step) in walk.path.steps.enumerated() where canReach[step.node] && !canReach[nodes[position + 1]] {
            let node = tree.nodes[step.node]
            let keep = node.edges.indices.filter { canReach[node.edges[$0].target] }.map { keptLabel($0, node) }
            let line = node.lineSuffix
            lines.append(
                "diverged: at \(node.id)\(line) the case answered '\(step.text(in: tree))'; "
                    + "only \(keep.map { "'\($0)'" }.joined(separator: " or ")) can still reach \(scenario.expectation)")
            return lines
        }
        if !walk.isFinished {
            let keep = end.edges.indices.filter { canReach[end.edges[$0].target] }.map { "'\(keptLabel($0, end))'" }
            lines.append(
                "diverged: the case gives no answer at \(end.id); \(keep.joined(separator: " or ")) would go on toward \(scenario.expectation)"
            )
        }
        return lines
    }

    /// An edge as a person would answer it: a checklist's `any` edge is "any of its items".
    private static func keptLabel(_ position: Int, _ node: Node) -> String {
        node.kind == .checklist && node.edges[position].answer == Node.anyLabel ? "any of its items" : node.edges[position].answer
    }
}
