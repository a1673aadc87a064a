import DecisionTree
import Foundation

/// Fixtures for the review tests: the referral tree (Tests/Fixtures/review) and edits of it.
package enum ReviewFixtures {
    package static func path(_ name: String) -> String {
        CLI.packageRoot.appendingPathComponent("Tests/Fixtures/review/\(name)").path
    }

    /// The referral tree's YAML text.
    package static func referralText() throws -> String {
        try String(contentsOfFile: path("referral.yaml"), encoding: .utf8)
    }

    /// The referral tree's text with `old` replaced by `new` (which must occur).
    package static func edited(_ old: String, _ new: String) throws -> String {
        let text = try referralText()
        guard text.contains(old) else { throw Fixtures.FixtureError(message: "'\(old)' is not in referral.yaml") }
        return text.replacingOccurrences(of: old, with: new)
    }

    /// `count` diamonds in a row (2^count paths): question `d_i` goes left or right to a refer
    /// step that continues to `d_{i+1}`; the last leads to `end`, referred with `urgency`.
    package static func diamonds(_ count: Int, urgency: String) -> String {
        var out = "tree: diamonds\ntitle: Diamonds\nstart: d0\nnodes:\n"
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
