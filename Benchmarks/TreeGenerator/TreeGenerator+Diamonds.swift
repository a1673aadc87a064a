// Benchmarks/TreeGenerator: the diamond shapes, trees with 2^N paths in 3N + 1 nodes.

extension TreeGenerator {
    /// `count` two-way diamonds in a row (2^count paths): question d_i goes `left` to l_i (a
    /// therapist referral) or `right` to r_i (a neurologist referral), both continuing to
    /// d_(i+1); the last to the outcome `end`.
    package static func diamonds(_ count: Int) -> String {
        var out = "tree: diamonds-\(count)\ntitle: \(count) diamonds\nstart: d0\nnodes:\n"
        out.reserveCapacity(count * 170)
        for i in 0..<count {
            let next = i + 1 < count ? "d\(i + 1)" : "end"
            out += "  d\(i):\n    question: Left or right \(i)?\n    answers:\n      left: l\(i)\n      right: r\(i)\n"
            out += "  l\(i):\n    refer: therapist\n    next: \(next)\n"
            out += "  r\(i):\n    refer: neurologist\n    next: \(next)\n"
        }
        out += "  end:\n    outcome: The end\n"
        return out
    }

    /// `count` two-way diamonds in a row (2^count paths) ending in `end`, a neurologist referral
    /// of `urgency`: two urgencies give two versions that differ in one outcome every path reaches
    /// (what `dtree diff` is timed on). Question d_i goes `left` to l_i (therapist) or `right` to
    /// r_i (physiotherapist), both continuing to d_(i+1).
    package static func diamondsToReferral(_ count: Int, urgency: String) -> String {
        var out = "tree: diamonds\ntitle: Diamonds\nstart: d0\nnodes:\n"
        out.reserveCapacity(count * 160)
        for i in 0..<count {
            let next = i + 1 < count ? "d\(i + 1)" : "end"
            out += "  d\(i):\n    question: Step \(i)?\n    answers:\n      left: l\(i)\n      right: r\(i)\n"
            out += "  l\(i):\n    refer: therapist\n    next: \(next)\n"
            out += "  r\(i):\n    refer: physiotherapist\n    next: \(next)\n"
        }
        out += "  end:\n    refer: neurologist\n    urgency: \(urgency)\n"
        return out
    }
}
