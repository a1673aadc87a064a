// Mutation/: running a scenario suite against every mutant of its tree, in parallel, and
// classifying each: killed, survived (with a witness), equivalent, or wording only.

import Dispatch
import FoundationEssentials
import Synchronization

/// What became of one mutant.
public enum MutantClass: Sendable {
    /// A case or an invariant that passes on the tree fails on the mutant; `by` names it.
    case killed(by: String, invariant: Bool)
    /// Some patient ends elsewhere (or an answer is gone or new, or a referral skipped), and
    /// every case and invariant still passes.
    case survived(Survivor)
    /// The behaviour diff is empty: no patient can tell; not counted in the score.
    case equivalent
    /// Only words changed (advice): no case or invariant can tell; its own class, not counted.
    case wording

    /// `killed`, `survived`, `equivalent` or `wording`, as JSON writes it.
    public var name: String {
        switch self {
        case .killed: "killed"
        case .survived: "survived"
        case .equivalent: "equivalent"
        case .wording: "wording"
        }
    }
}

/// What tells a surviving mutant apart: one patient's answers on the tree, and what differs.
public struct Survivor: Sendable {
    /// What differs for the patient.
    public enum Difference: Sendable {
        /// The patient ends elsewhere: where on the tree, where on the mutant (``Node/endingWords``).
        case outcome(old: String, new: String)
        /// At `node`, where the witness leads, an answer exists on one side only.
        case answer(String, node: String, dropped: Bool)
        /// The patient passes a referral the mutant skips.
        case skipped(String)
        /// The patient passes a referral on the way (a refer step with `next`) that says
        /// another urgency on the mutant: its words on the tree and on the mutant.
        case referral(old: String, new: String)
    }

    /// The answers, shortest first, as the behaviour diff gives them (a step on one side only is marked).
    public let witness: [BehaviourDiff.Step]
    /// What differs.
    public let difference: Difference

    /// What differs, in words (`OLD -> NEW`, `the answer 'X' is gone`, …).
    public func differenceText(_ words: Phrasebook.MutationWords = Phrasebook.mutationWords) -> String {
        switch difference {
        case .outcome(let old, let new): words.outcomeChanged(old, new)
        case .answer(let answer, let node, let dropped): words.answerOneSided("\(node)=\(answer)", dropped)
        case .skipped(let node): words.referralSkipped(node)
        case .referral(let old, let new): words.referralChanged(old, new)
        }
    }

    /// The witness and what differs: `with q=a, c=X: Home -> Done`.
    public func text(_ words: Phrasebook.MutationWords = Phrasebook.mutationWords) -> String {
        words.witness(witness.isEmpty ? words.noAnswers : witness.map(\.description).joined(separator: ", "), differenceText(words))
    }

    /// The witness's answers on the tree itself (steps the mutant alone asks are left out), as
    /// `(node id, answer)`; with the answer the mutant lacks last, when that is the difference.
    public var answersOnTree: [(node: String, answer: String)] {
        var answers = witness.filter { $0.side != .new }.map { (node: $0.node, answer: $0.answer) }
        if case .answer(let answer, let node, true) = difference { answers.append((node: node, answer: answer)) }
        return answers
    }
}

/// One mutant and what became of it.
public struct MutantResult: Sendable {
    /// The mutant.
    public let mutant: Mutant
    /// The edit in words.
    public let description: String
    /// Where the edited node or edge is written in the tree's file.
    public let location: SourceLocation?
    /// Its class.
    public let result: MutantClass
}

/// One tree's mutation run: every mutant kept, classified, and the scores.
public struct TreeMutation: Sendable {
    /// A score: killed of counted (killed + survived).
    public struct Score: Sendable {
        /// Mutants a case or invariant killed.
        public var killed = 0
        /// Mutants that changed behaviour and survived.
        public var survived = 0
        /// Mutants whose behaviour diff is empty.
        public var equivalent = 0
        /// Wording-only mutants.
        public var wording = 0
        /// Killed plus survived: what the score counts.
        public var counted: Int { killed + survived }
        /// Killed ÷ counted, 0 to 100; 100 when nothing counts.
        public var percent: Double { counted == 0 ? 100 : Double(killed) * 100 / Double(counted) }
        /// Whether the score is below `minimum` percent, compared exactly.
        public func isBelow(_ minimum: Double) -> Bool { Double(killed) * 100 < minimum * Double(counted) }

        mutating func add(_ result: MutantClass) {
            switch result {
            case .killed: killed += 1
            case .survived: survived += 1
            case .equivalent: equivalent += 1
            case .wording: wording += 1
            }
        }
    }

    /// The tree's path.
    public let treePath: String
    /// The scenario file run.
    public let scenarioPath: String
    /// The tree.
    public let tree: Tree
    /// Each mutant's result, in generated order.
    public let results: [MutantResult]
    /// Candidate edits before the cap.
    public let candidates: Int
    /// The cap (`--max-mutants`).
    public let maximum: Int
    /// Whether the run was interrupted before every mutant ran (``results`` then holds those that ran).
    public let interrupted: Bool

    /// The whole tree's score.
    public var score: Score {
        var score = Score()
        for result in results { score.add(result.result) }
        return score
    }

    /// The score per operator, for the operators that have mutants, in operator order.
    public var scoreByOperator: [(MutationOperator, Score)] {
        var scores: [MutationOperator: Score] = [:]
        for result in results { scores[result.mutant.operator, default: Score()].add(result.result) }
        return MutationOperator.allCases.compactMap { op in scores[op].map { (op, $0) } }
    }

    /// The survivors, in generated order.
    public var survivors: [(MutantResult, Survivor)] {
        results.compactMap { result in
            if case .survived(let survivor) = result.result { return (result, survivor) }
            return nil
        }
    }
}

/// Runs a scenario suite against its tree's mutants.
public enum MutationTesting {
    /// Runs `file`'s cases and invariants against every mutant of its tree (at most `maximum`),
    /// on every core; `nil` when the file cannot run (its tree missing or with errors).
    ///
    /// Only the cases and invariants that pass on the tree itself are used: one failing already
    /// says nothing about a mutant. `isCancelled` is polled between mutants.
    public static func run(
        _ file: ScenarioFile, maximum: Int = MutantGenerator.defaultMaximum, isCancelled: @Sendable () -> Bool = { false }
    ) -> TreeMutation? {
        guard let tree = file.tree, let treePath = file.treePath else { return nil }
        let selection = MutantGenerator.mutants(of: tree, maximum: maximum)
        let cases = file.results.filter(\.passed).map(\.scenario)
        let invariants = file.invariants.filter { InvariantChecker.check($0, in: tree).holds }
        let words = Phrasebook.mutationWords
        let mutants = selection.mutants
        let slots = ResultSlots(count: mutants.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, mutants.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = slots.claim() {
                if isCancelled() {
                    slots.stop()
                    return
                }
                let mutant = mutants[index]
                let result = MutantResult(
                    mutant: mutant, description: mutant.description(in: tree, words: words), location: mutant.location(in: tree),
                    result: classify(mutant, of: tree, cases: cases, invariants: invariants))
                slots.store(result, at: index)
            }
        }
        let (results, stopped) = slots.finished()
        return TreeMutation(
            treePath: treePath, scenarioPath: file.path, tree: tree, results: results,
            candidates: selection.candidates, maximum: maximum, interrupted: stopped)
    }

    /// Classifies one mutant against the cases and invariants that pass on `tree`.
    static func classify(_ mutant: Mutant, of tree: Tree, cases: [ScenarioCase], invariants: [Invariant]) -> MutantClass {
        if mutant.operator.isWording { return .wording }
        let changed = mutant.apply(to: tree)
        let survivor: Survivor
        // The behaviour diff compares where patients end; a refer step with `next` is passed on
        // the way, so an edit of one is decided by whether any patient passes it.
        if case .dropReferStep(let node) = mutant.edit {
            let search = GraphAnalysis.search(from: [tree.start], in: tree)
            guard search.reached(node) else { return .equivalent }
            survivor = Survivor(witness: steps(of: search.path(to: node, in: tree), in: tree), difference: .skipped(tree.nodes[node].id))
        } else if case .urgency(let node, _) = mutant.edit, !tree.nodes[node].isTerminal {
            let search = GraphAnalysis.search(from: [tree.start], in: tree)
            guard search.reached(node) else { return .equivalent }
            survivor = Survivor(
                witness: steps(of: search.path(to: node, in: tree), in: tree),
                difference: .referral(old: tree.nodes[node].endingWords, new: changed.nodes[node].endingWords))
        } else {
            let diff = BehaviourDiff(old: tree, new: changed, maximumListed: 1)
            if let outcome = diff.outcomes.first {
                survivor = Survivor(witness: outcome.witness, difference: .outcome(old: outcome.old, new: outcome.new))
            } else if let answer = diff.oneSided.first {
                survivor = Survivor(
                    witness: answer.witness, difference: .answer(answer.answer, node: answer.node, dropped: answer.side == .old))
            } else {
                return .equivalent
            }
        }
        for scenario in cases {
            guard let answers = mutant.carry(scenario.answers, into: changed) else { return .killed(by: scenario.name, invariant: false) }
            let walk = Walk(tree: changed, following: answers)
            if !walk.isFinished || !scenario.expectation.matches(walk.node) { return .killed(by: scenario.name, invariant: false) }
        }
        for invariant in invariants {
            guard let carried = carry(invariant, through: mutant) else { return .killed(by: invariant.name, invariant: true) }
            if !InvariantChecker.check(carried, in: changed).holds { return .killed(by: invariant.name, invariant: true) }
        }
        return .survived(survivor)
    }

    /// An invariant carried over to a mutant; `nil` when it names an answer the mutant dropped.
    private static func carry(_ invariant: Invariant, through mutant: Mutant) -> Invariant? {
        guard let claim = invariant.claim else { return invariant }
        var carried = invariant
        switch claim {
        case .after(let anchor, let expectation):
            guard let anchor = mutant.carry(anchor) else { return nil }
            carried.claim = .after(anchor, expect: expectation)
        case .reaching(let expectation, let through):
            let waypoints = through.compactMap { mutant.carry($0) }
            guard waypoints.count == through.count else { return nil }
            carried.claim = .reaching(expectation, through: waypoints)
        case .notReaching(let expectation, let through):
            let waypoints = through.compactMap { mutant.carry($0) }
            guard waypoints.count == through.count else { return nil }
            carried.claim = .notReaching(expectation, through: waypoints)
        case .asks:
            break
        }
        return carried
    }

    /// A path's answers as witness steps: a question's answer, a checklist's first item or `none`.
    static func steps(of path: Path, in tree: Tree) -> [BehaviourDiff.Step] {
        path.steps.compactMap { step in
            let node = tree.nodes[step.node]
            switch node.content {
            case .refer, .outcome:
                return nil
            case .question:
                return BehaviourDiff.Step(node: node.id, answer: node.edges[step.edge].answer, side: .both)
            case .number(let number):
                let value = number.sampleValue(ofRange: step.edge).map { "\($0)" } ?? node.edges[step.edge].answer
                return BehaviourDiff.Step(node: node.id, answer: value, side: .both)
            case .checklist(let checklist):
                let any = node.edges[step.edge].answer == Node.anyLabel
                return BehaviourDiff.Step(node: node.id, answer: any ? checklist.items.first ?? Node.anyLabel : Node.noneLabel, side: .both)
            }
        }
    }
}

/// The results of a parallel run: each worker claims the next index and stores its result.
private final class ResultSlots: Sendable {
    private struct State {
        var next = 0
        var stopped = false
        var slots: [MutantResult?]
    }

    private let state: Mutex<State>

    init(count: Int) { state = Mutex(State(slots: Array(repeating: nil, count: count))) }

    func claim() -> Int? {
        state.withLock { state in
            guard !state.stopped, state.next < state.slots.count else { return nil }
            state.next += 1
            return state.next - 1
        }
    }

    func stop() { state.withLock { $0.stopped = true } }

    func store(_ result: MutantResult, at index: Int) { state.withLock { $0.slots[index] = result } }

    func finished() -> ([MutantResult], Bool) {
        state.withLock { state in (state.slots.compactMap { $0 }, state.stopped) }
    }
}
