// Mutation/: the cases `dtree test --suggest` proposes: for each edge and outcome no case walks,
// the shortest answers that walk it; for each surviving mutant, its witness; each with the
// expected result the tree gives now, marked `unreviewed: true` (a surviving boundary mutant's
// case answers the value the move re-routes); and appending them to the scenario file in place
// (comments kept), checked and atomic.

import FoundationEssentials

/// One proposed case: its name, its answers and what the tree gives for them now.
public struct SuggestedCase: Sendable {
    /// The case's name (`walks injury=yes`, `reaches trauma`, `kills: EDIT`).
    public let name: String
    /// The walk the answers make on the tree, from the start to an end.
    public let walk: Walk

    /// The answers as the scenario file writes them: `node: answer`, a checklist's items as a list.
    public var answers: [(node: String, value: String)] {
        let tree = walk.tree
        return walk.path.answeredSteps.map { step in
            let node = tree.nodes[step.node]
            if case .items(let chosen)? = step.answer {
                return (node.id, "[" + chosen.map { SessionRecorder.scalar(node.items[$0]) }.joined(separator: ", ") + "]")
            }
            // A number as YAML reads a number (`37.5`, `-2`), its exact decimal digits.
            if case .number(let value)? = step.answer { return (node.id, value.description) }
            return (node.id, SessionRecorder.scalar(step.text(in: tree)))
        }
    }

    /// What the case expects: the end's id, and for a referral its specialist and urgency
    /// (`none` when the tree states none), so a changed urgency fails it.
    public var expectation: String {
        let end = walk.node
        guard let referral = end.referral else { return SessionRecorder.scalar(end.id) }
        let urgency = referral.urgencyStated ? referral.urgency.rawValue : "none"
        return "{node: \(SessionRecorder.scalar(end.id)), refer: \(SessionRecorder.scalar(referral.specialist)), urgency: \(urgency)}"
    }

    /// The case as lines of a block list entry, each after `indent`.
    public func lines(indent: String) -> [String] {
        var lines = ["\(indent)- name: \(SessionRecorder.scalar(name))"]
        let answers = answers
        if answers.isEmpty {
            lines.append("\(indent)  answers: {}")
        } else {
            lines.append("\(indent)  answers:")
            for (node, value) in answers { lines.append("\(indent)    \(SessionRecorder.scalar(node)): \(value)") }
        }
        lines.append("\(indent)  expect: \(expectation)")
        lines.append("\(indent)  unreviewed: true")
        return lines
    }
}

/// Proposes cases for what a scenario file leaves untested, and writes them into it.
public enum Suggestions {
    /// Why suggestions could not be written.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        /// The scenario file.
        public let path: String
        /// Why.
        public let reason: String
        /// Whether the file itself could not be written.
        public let isWriteFailure: Bool
        public var description: String { "cannot write suggestions into \(path): \(reason)" }
    }

    /// The cases for `file`: first the uncovered edges and outcomes (in file order; one case
    /// covers every edge its walk crosses), then one per surviving mutant of `mutation` whose
    /// witness differs from every case before it. A survivor that only a referral passed on the
    /// way tells apart (a refer step with `next`) gets none: a case checks only where a walk ends.
    public static func cases(for file: ScenarioFile, mutation: TreeMutation?) -> [SuggestedCase] {
        guard let tree = file.tree else { return [] }
        let words = Phrasebook.mutationWords
        var coverage = Coverage(tree: tree, path: file.treePath ?? file.path)
        for result in file.results { coverage.record(result) }
        let fromStart = GraphAnalysis.search(from: [tree.start], in: tree)
        var suggested: [SuggestedCase] = []
        var seen = Set<[String]>()
        var taken = Set(file.cases.map(\.name))
        func add(_ proposed: String, _ walk: Walk) {
            let key = SuggestedCase(name: "", walk: walk).lines(indent: "").dropFirst()
            guard walk.isFinished, seen.insert(Array(key)).inserted else { return }
            var name = proposed
            var counter = 2
            while !taken.insert(name).inserted {
                name = "\(proposed) (\(counter))"
                counter += 1
            }
            suggested.append(SuggestedCase(name: name, walk: walk))
            let scenario = ScenarioCase(
                name: name, location: .start, answers: answers(of: walk.path, in: tree), expectation: Expectation(nodes: [walk.node.id]))
            coverage.record(CaseRunner.run(scenario, in: tree))
        }
        for edge in coverage.edges where !coverage.crossedEdges.contains(edge) {
            var path = fromStart.path(to: edge.node, in: tree)
            path.append(edge: edge.edge, answer: nil, in: tree)
            let text = "\(tree.nodes[edge.node].id)=\(tree.nodes[edge.node].edges[edge.edge].answer)"
            add(words.suggestEdge(text), walk(extending: path, in: tree))
        }
        for outcome in coverage.outcomes where !coverage.reachedOutcomes.contains(outcome) {
            add(words.suggestOutcome(tree.nodes[outcome].id), walk(extending: fromStart.path(to: outcome, in: tree), in: tree))
        }
        for (result, survivor) in mutation?.survivors ?? [] {
            switch survivor.difference {
            case .skipped, .referral: continue
            case .outcome, .answer: break
            }
            var given = Answers(tree: tree)
            for (node, answer) in survivor.answersOnTree {
                do { try given.set(answer, forNodeID: node, in: tree) } catch { continue }
            }
            // A moved boundary is told apart by the value it re-routes: the boundary itself or
            // one step below it (whichever the move re-routes), not merely any value of a range.
            if case .boundary(let node, let below, let above, let shift) = result.mutant.edit, let number = tree.nodes[node].number,
                let value = number.valueTellingApart(number.movingBoundary(below: below, above: above, by: shift))
            {
                try? given.set(.number(value), forNode: node, in: tree)
            }
            var walk = Walk(tree: tree, following: given)
            if !walk.isFinished { walk = self.walk(extending: walk.path, in: tree) }
            add(words.suggestKill(result.description), walk)
        }
        return suggested
    }

    /// `path` carried on to the nearest end (breadth-first from where it stops), as a walk whose
    /// every step has its answer.
    static func walk(extending path: Path, in tree: Tree) -> Walk {
        var full = path
        let rest = GraphAnalysis.search(from: [path.end], in: tree)
        if let end = rest.order.first(where: { tree.nodes[$0].isTerminal }) {
            for step in rest.path(to: end, in: tree).steps { full.append(edge: step.edge, answer: nil, in: tree) }
        }
        return Walk(tree: tree, following: answers(of: full, in: tree))
    }

    /// The answers that take each step of `path`: a question's edge, a checklist's first item
    /// (for `any`) or none, nothing for a refer's `next`.
    static func answers(of path: Path, in tree: Tree) -> Answers {
        var answers = Answers(tree: tree)
        for step in path.steps {
            let node = tree.nodes[step.node]
            let answer: Answer
            switch node.content {
            case .question: answer = .choice(step.edge)
            case .number(let number):
                guard let value = number.sampleValue(ofRange: step.edge) else { continue }
                answer = .number(value)
            case .checklist: answer = .items(node.edges[step.edge].answer == Node.anyLabel ? [0] : [])
            case .refer, .outcome: continue
            }
            try? answers.set(answer, forNode: step.node, in: tree)
        }
        return answers
    }

    /// Appends `cases` to the scenario file at `path` (its `cases:` list; comments, blank lines
    /// and every other byte kept), reads the result back to check every case loads, and
    /// replaces the file atomically, under the folder's lock. Returns how many were written.
    @discardableResult
    public static func write(_ cases: [SuggestedCase], to path: String, tree: Tree) throws(WriteError) -> Int {
        guard !cases.isEmpty else { return 0 }
        let lock: FileLock
        do { lock = try FileLock(folderOf: path) } catch { throw WriteError(path: path, reason: error.reason, isWriteFailure: true) }
        defer { lock.release() }
        guard let data = try? FileReading.read(path, limit: TreeLoader.maximumFileSize),
            let existing = String(validating: data, as: UTF8.self)
        else { throw WriteError(path: path, reason: "the file cannot be read as UTF-8 text", isWriteFailure: false) }
        let before = ScenarioLoader.load(text: existing, path: path, tree: tree)
        let text: String
        do throws(YAMLListAppender.Failure) {
            text = try YAMLListAppender(existing).appending(to: "cases", acceptEmpty: true, blankLineBeforeNewKey: true) { indent in
                cases.flatMap { $0.lines(indent: indent) }
            }
        } catch {
            let reason =
                switch error {
                case .notAMapping: "the file is not a YAML mapping"
                case .flowList: "'cases' is written as a flow list ([...]); write it as a block list to add cases to it"
                case .notAList: "'cases' must be a list to add cases to it"
                }
            throw WriteError(path: path, reason: reason, isWriteFailure: false)
        }
        let after = ScenarioLoader.load(text: text, path: path, tree: tree)
        guard after.cases.count == before.cases.count + cases.count,
            !after.cases.contains(where: \.isBroken) || before.cases.contains(where: \.isBroken)
        else {
            throw WriteError(
                path: path, reason: "the suggested cases would not read back as cases; the file was left unchanged", isWriteFailure: false)
        }
        do {
            try AtomicFileWriter.write(Data(text.utf8), to: path)
        } catch {
            throw WriteError(path: path, reason: error.reason, isWriteFailure: true)
        }
        return cases.count
    }
}
