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
}
