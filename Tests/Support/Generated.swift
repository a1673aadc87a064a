/// Generated tree texts for scale tests (the same shapes as scripts/gen-tree.py).
package enum Generated {
    /// A binary tree of `count` nodes: questions with two children, leaves outcomes or referrals.
    package static func wide(_ count: Int) -> String {
        var out = "tree: wide\ntitle: Wide\nstart: n0\nnodes:\n"
        out.reserveCapacity(count * 70)
        for i in 0..<count {
            let left = 2 * i + 1, right = 2 * i + 2 < count ? 2 * i + 2 : left
            if left < count {
                out += "  n\(i):\n    question: Question \(i)?\n    answers:\n      yes: n\(left)\n      no: n\(right)\n"
            } else if i % 2 == 1 {
                out += "  n\(i):\n    refer: therapist\n"
            } else {
                out += "  n\(i):\n    outcome: Outcome \(i)\n"
            }
        }
        return out
    }

    /// A chain of `count` nodes, `count - 1` questions deep.
    package static func chain(_ count: Int) -> String {
        var out = "tree: chain\ntitle: Chain\nstart: q0\nnodes:\n"
        out.reserveCapacity(count * 70)
        for i in 0..<(count - 1) {
            let next = i + 1 < count - 1 ? "q\(i + 1)" : "end"
            out += "  q\(i):\n    question: Step \(i)?\n    answers:\n      yes: \(next)\n      no: end\n"
        }
        out += "  end:\n    outcome: The end\n"
        return out
    }
}
