// Benchmarks/TreeGenerator: the realistic shape, a binary tree whose texts are as long as a real tree's.

extension TreeGenerator {
    /// The specialists the realistic shape's referrals go to, in turn.
    static let specialists = ["therapist", "neurologist", "urologist", "gynecologist", "traumatologist"]

    /// A binary tree of `count` nodes laid out in file order (node i leads to 2i+1 and 2i+2),
    /// with sentence-length texts so labels wrap as a real tree's do: inner nodes are questions
    /// with help, every seventh a checklist of four items; a node with one child asks a question
    /// whose two answers lead to it; leaves alternate referrals (every specialist and urgency,
    /// with advice) and outcomes (with advice); every node cites a source.
    package static func realistic(_ count: Int) -> String {
        var out = """
            tree: generated-\(count)
            title: Generated benchmark tree with \(count) nodes
            version: 1.0.0
            disclaimer: Generated for benchmarks only; not clinical content.
            start: n0
            nodes:\n
            """
        out.reserveCapacity(count * 260)
        for i in 0..<count {
            let left = 2 * i + 1, right = 2 * i + 2
            out += "  n\(i):\n"
            if right < count && i % 7 == 3 {
                out += "    checklist: Do any of these findings apply to the patient at visit \(i)?\n    items:\n"
                for k in 0..<4 { out += "      - Finding \(i).\(k) observed during the examination\n" }
                out += "    any: n\(left)\n    none: n\(right)\n"
            } else if right < count {
                out += "    question: Does the patient report symptom number \(i) for more than a week?\n"
                out += "    answers:\n      yes: n\(left)\n      no: n\(right)\n"
                out += "    help: Ask about onset, duration and what makes it better or worse.\n"
            } else if left < count {
                out += "    question: Is there anything else to check at step \(i)?\n"
                out += "    answers:\n      yes: n\(left)\n      no: n\(left)\n"
            } else if i % 2 == 0 {
                out += "    refer: \(specialists[i % specialists.count])\n    urgency: \(urgencies[(i / 2) % 4])\n"
                out += "    advice: Book the referral and give the patient the leaflet for pathway \(i).\n"
            } else {
                out += "    outcome: No referral needed at leaf \(i) - reassure and review\n"
                out += "    advice: Review in four weeks if the symptoms persist or change.\n"
            }
            out += "    cite: Generated citation for node \(i).\n"
        }
        return out
    }
}
