// Benchmarks/TreeGenerator: the wide shape, a binary tree laid out in file order.

extension TreeGenerator {
    /// A binary tree of `count` nodes: node i's answers `yes`/`no` lead to 2i+1 and 2i+2 (both
    /// to 2i+1 when 2i+2 is past the end); leaves alternate outcomes (even i) and referrals to a
    /// therapist (odd i, urgency `soon` or `emergency`).
    package static func wide(_ count: Int) -> String {
        var out = "tree: wide-\(count)\ntitle: Generated tree of \(count) nodes\nstart: n0\nnodes:\n"
        out.reserveCapacity(count * 75)
        for i in 0..<count {
            let left = 2 * i + 1, right = 2 * i + 2 < count ? 2 * i + 2 : left
            if left < count {
                out += "  n\(i):\n    question: Question \(i)?\n    answers:\n      yes: n\(left)\n      no: n\(right)\n"
            } else if i % 2 == 1 {
                out += "  n\(i):\n    refer: therapist\n    urgency: \(urgencies[i % 4])\n"
            } else {
                out += "  n\(i):\n    outcome: Outcome \(i)\n"
            }
        }
        return out
    }
}
