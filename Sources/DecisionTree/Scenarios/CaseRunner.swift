/// What running one case produced: the path it took, where it ended and, when it failed, why.
public struct CaseResult: Sendable {
    /// The case run.
    public let scenario: ScenarioCase
    /// The path taken, each step with the answer given there (items for a checklist).
    public let path: [PathStep]
    /// The edges the path crossed, in order.
    public let edges: [EdgeRef]
    /// The node the walk stands at: the terminal reached, or the node no answer was given for.
    public let end: Int
    /// Whether the walk reached a terminal node.
    public let isFinished: Bool
    /// Whether the walk reached a terminal node that matches the expectation.
    public let passed: Bool
    /// Answers for nodes the path never visits.
    public let unusedAnswers: [CaseAnswer]
    /// Why the case failed, one line each: the path, the expectation, the node reached and
    /// where the path left every route to the expectation. Empty when it passed.
    public let explanation: [String]
}

/// Runs cases through a ``Walk`` with the answers they give.
public enum CaseRunner {
    /// Runs `scenario` from the tree's start: each node is answered from the case's answers
    /// (refer steps with `next` are passed by the walk) until a terminal or a node without an answer.
    public static func run(_ scenario: ScenarioCase, in tree: Tree) -> CaseResult {
        var answers: [Int: Answer] = [:]
        for given in scenario.answers where answers[given.node] == nil { answers[given.node] = given.answer }
        var walk: Walk
        do {
            walk = try Walk(tree: tree)
        } catch {
            return CaseResult(scenario: scenario, path: [], edges: [], end: tree.start, isFinished: false, passed: false,
                              unusedAnswers: [], explanation: ["the walk could not start: \(error)"])
        }
        var stopped: String?
        while !walk.isFinished {
            guard let answer = answers[walk.current] else { break }
            do {
                try walk.take(answer)
            } catch {
                stopped = error.description
                break
            }
        }
        let visited = Set(walk.path)
        let path = walk.steps.map { step in
            PathStep(node: tree.nodes[step.node].id, answer: step.answer.label(in: tree.nodes[step.node]))
        } + [PathStep(node: walk.node.id, answer: nil)]
        let edges = walk.steps.map { EdgeRef(node: $0.node, edge: $0.edge) }
        let passed = walk.isFinished && scenario.expectation.matches(walk.node) && !scenario.isBroken
        let unused = scenario.answers.filter { !visited.contains($0.node) }
        var explanation: [String] = []
        if !passed {
            explanation = explain(scenario, walk: walk, path: path, stopped: stopped)
        }
        return CaseResult(scenario: scenario, path: path, edges: edges, end: walk.current, isFinished: walk.isFinished,
                          passed: passed, unusedAnswers: unused, explanation: explanation)
    }

    private static func explain(_ scenario: ScenarioCase, walk: Walk, path: [PathStep], stopped: String?) -> [String] {
        let tree = walk.tree
        if scenario.isBroken {
            return ["the case has errors in the scenario file and was not run"]
        }
        var lines = [
            "path:     \(PathStep.describe(path))",
            "expected: \(scenario.expectation)",
        ]
        let end = walk.node
        if walk.isFinished {
            lines.append("reached:  \(end.summary)\(end.location.map { " at line \($0.line)" } ?? "")")
        } else {
            let valid = AnswerParser.validAnswers(for: end).joined(separator: ", ")
            lines.append("reached:  no outcome; the walk stopped at '\(end.id)', which has no answer in the case (valid: \(valid))")
        }
        if let stopped { lines.append("stopped:  \(stopped)") }
        let canReach = ScenarioGraph.canReach(scenario.expectation, terminalOnly: true, in: tree)
        let nodes = walk.path
        guard canReach[nodes[0]] else {
            lines.append("diverged: no path from the start reaches a node matching \(scenario.expectation)")
            return lines
        }
        for (position, step) in walk.steps.enumerated() where canReach[step.node] && !canReach[nodes[position + 1]] {
            let node = tree.nodes[step.node]
            let keep = node.edges.enumerated().filter { canReach[$0.element.target] }.map { keptLabel($0.element.label, node) }
            let line = node.location.map { " (line \($0.line))" } ?? ""
            lines.append("diverged: at \(node.id)\(line) the case answered '\(step.answer.label(in: node))'; "
                + "only \(keep.map { "'\($0)'" }.joined(separator: " or ")) can still reach \(scenario.expectation)")
            return lines
        }
        if !walk.isFinished {
            let keep = end.edges.filter { canReach[$0.target] }.map { "'\(keptLabel($0.label, end))'" }
            lines.append("diverged: the case gives no answer at \(end.id); \(keep.joined(separator: " or ")) would go on toward \(scenario.expectation)")
        }
        return lines
    }

    /// An edge label as a person would answer it: a checklist's `any` edge is "any of its items".
    private static func keptLabel(_ label: String, _ node: Node) -> String {
        node.kind == .checklist && label == Node.anyLabel ? "any of its items" : label
    }
}
