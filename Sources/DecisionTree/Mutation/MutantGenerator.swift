// Mutation/: which mutants a tree has: every single edit of each operator, in a fixed order,
// capped by taking evenly spaced ones, and only those that leave a loadable tree.

/// Generates a tree's mutants in a deterministic order: by operator (``MutationOperator``'s
/// order), then by node in file order, then by edge, item or level.
///
/// A mutant must still load as a tree: a retarget that closes a cycle is not generated, nor a
/// drop that leaves a question one answer or a checklist no item (errors of `dtree validate`).
/// A mutant may leave nodes unreachable (a warning only): it is a tree an author could save.
///
/// Retargets are counted without being listed (every edge to every other node: |E|·(|N|−1)),
/// so a large tree costs only the mutants kept: when there are more candidates than the cap,
/// evenly spaced ones are kept (the same ones on every run), and only those are checked for cycles.
public enum MutantGenerator {
    /// The default most mutants one tree runs (`--max-mutants`).
    public static let defaultMaximum = 5_000

    /// The mutants kept and how many candidate edits there were before the cap.
    public struct Selection: Sendable {
        /// The mutants, in generated order.
        public var mutants: [Mutant]
        /// Candidate edits before the cap (retargets closing a cycle included).
        public var candidates: Int
        /// Retargets left out because they would close a cycle.
        public var cyclic: Int
    }

    /// The mutants of `tree`, at most `maximum` of them.
    public static func mutants(of tree: Tree, maximum: Int = defaultMaximum) -> Selection {
        let nodes = tree.nodes
        var edges: [EdgeRef] = []
        for (index, node) in nodes.enumerated() {
            for position in node.edges.indices { edges.append(EdgeRef(node: index, edge: position)) }
        }
        let others = max(0, nodes.count - 1)
        let retargets = edges.count * others
        let rest = listedEdits(of: tree)
        let candidates = retargets + rest.count
        let chosen: [Int] =
            candidates <= maximum
            ? Array(0..<candidates)
            : (0..<max(0, maximum)).map { Int((Double($0) * Double(candidates) / Double(maximum)).rounded(.down)) }
        let cycles = CycleCheck(tree: tree)
        var mutants: [Mutant] = []
        mutants.reserveCapacity(chosen.count)
        var cyclic = 0
        for index in chosen {
            let edit: Mutant.Edit
            if index < retargets {
                let edge = edges[index / others]
                let current = nodes[edge.node].edges[edge.edge].target
                let offset = index % others
                let target = offset < current ? offset : offset + 1
                guard !cycles.closesCycle(from: edge.node, to: target) else {
                    cyclic += 1
                    continue
                }
                edit = .retarget(edge, to: target)
            } else {
                edit = rest[index - retargets]
            }
            mutants.append(Mutant(number: index + 1, edit: edit))
        }
        return Selection(mutants: mutants, candidates: candidates, cyclic: cyclic)
    }

    /// Every edit but the retargets, in operator order.
    private static func listedEdits(of tree: Tree) -> [Mutant.Edit] {
        let nodes = tree.nodes
        var swaps: [Mutant.Edit] = [], dropAnswers: [Mutant.Edit] = [], dropItems: [Mutant.Edit] = []
        var anyNone: [Mutant.Edit] = [], urgencies: [Mutant.Edit] = [], advice: [Mutant.Edit] = [], referSteps: [Mutant.Edit] = []
        var boundaries: [Mutant.Edit] = []
        for (index, node) in nodes.enumerated() {
            switch node.content {
            case .question:
                for first in node.edges.indices {
                    for second in node.edges.indices where second > first {
                        swaps.append(.swapAnswers(node: index, first: first, second: second))
                    }
                }
                if node.edges.count > 2 {
                    for edge in node.edges.indices { dropAnswers.append(.dropAnswer(node: index, edge: edge)) }
                }
            case .number:
                // Two ranges' targets swapped; a dropped range would leave a gap, no loadable tree.
                for first in node.edges.indices {
                    for second in node.edges.indices where second > first {
                        swaps.append(.swapAnswers(node: index, first: first, second: second))
                    }
                }
                if let number = node.number {
                    for move in number.boundaryMoves() {
                        boundaries.append(.boundary(node: index, below: move.below, above: move.above, shift: move.shift))
                    }
                }
            case .checklist(let checklist):
                if checklist.items.count > 1 {
                    for item in checklist.items.indices { dropItems.append(.dropItem(node: index, item: item)) }
                }
                if node.edges.count == 2 { anyNone.append(.swapAnyNone(node: index)) }
            case .refer(let referral):
                let levels: [Urgency?] =
                    referral.urgencyStated
                    ? Urgency.allCases.filter { $0 != referral.urgency } + [nil]
                    : Urgency.allCases
                for level in levels { urgencies.append(.urgency(node: index, to: level)) }
                if let text = referral.advice {
                    advice.append(.advice(node: index, to: nil))
                    advice.append(.advice(node: index, to: Phrasebook.mutationWords.rewordedAdvice(text)))
                }
                if !node.edges.isEmpty { referSteps.append(.dropReferStep(node: index)) }
            case .outcome(let outcome):
                if let text = outcome.advice {
                    advice.append(.advice(node: index, to: nil))
                    advice.append(.advice(node: index, to: Phrasebook.mutationWords.rewordedAdvice(text)))
                }
            }
        }
        return swaps + dropAnswers + dropItems + anyNone + urgencies + advice + referSteps + boundaries
    }
}

/// Whether retargeting an edge out of one node to another closes a cycle: it does when the new
/// target reaches the source. Nodes later in a topological order cannot reach earlier ones, so
/// most checks need no search; the others search only nodes no later than the source.
struct CycleCheck {
    private let tree: Tree
    private let position: [Int]

    init(tree: Tree) {
        self.tree = tree
        var position = [Int](repeating: 0, count: tree.nodes.count)
        for (rank, node) in (GraphAnalysis.topologicalOrder(of: tree) ?? Array(tree.nodes.indices)).enumerated() {
            position[node] = rank
        }
        self.position = position
    }

    func closesCycle(from source: Int, to target: Int) -> Bool {
        if source == target { return true }
        guard position[target] < position[source] else { return false }
        var seen = Set([target])
        var stack = [target]
        while let node = stack.popLast() {
            for edge in tree.nodes[node].edges {
                if edge.target == source { return true }
                if position[edge.target] < position[source], seen.insert(edge.target).inserted { stack.append(edge.target) }
            }
        }
        return false
    }
}
