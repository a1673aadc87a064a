// Benchmarks/TreeGenerator: the chain shape, a graph as deep as it is large.

extension TreeGenerator {
    /// A chain of `count` nodes: questions q0 … q(count-2), each answering `yes` to the next and
    /// `no` to one shared outcome `end` (about count²/2 long-edge segments in a layered layout).
    package static func chain(_ count: Int) -> String {
        var out = "tree: chain-\(count)\ntitle: Generated chain of \(count) nodes\nstart: q0\nnodes:\n"
        out.reserveCapacity(count * 75)
        for i in 0..<max(count - 1, 0) {
            let next = i + 1 < count - 1 ? "q\(i + 1)" : "end"
            out += "  q\(i):\n    question: Step \(i)?\n    answers:\n      yes: \(next)\n      no: end\n"
        }
        out += "  end:\n    outcome: The end\n"
        return out
    }
}
