import DecisionTree
import Foundation
import Testing

/// Each rule's severity is declared once, beside the rule, and SARIF's rule descriptors say the same.
@Suite struct RuleSeverityTests {
    @Test func sarifDefaultLevelsAreTheDeclaredSeverities() throws {
        let log = SARIFLog.json([], toolVersion: "0")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(log.utf8)) as? [String: Any])
        let runs = try #require(object["runs"] as? [[String: Any]])
        let driver = try #require((runs.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == Rule.allCases.count)
        for (rule, descriptor) in zip(Rule.allCases, rules) {
            #expect(descriptor["id"] as? String == rule.rawValue)
            let level = (descriptor["defaultConfiguration"] as? [String: Any])?["level"] as? String
            #expect(level == rule.defaultSeverity.rawValue, "\(rule.rawValue)")
        }
    }

    @Test func everyRuleHasADeclaredSeverity() {
        // The declaration is an exhaustive switch: this pins the counts, so a change is deliberate.
        let counts = Dictionary(grouping: Rule.allCases, by: \.defaultSeverity).mapValues(\.count)
        #expect(counts[.note] == 2)
        #expect(counts[.warning] == 17)
        #expect(counts[.error] == Rule.allCases.count - 19)
    }

    @Test func aDiagnosticTakesItsRulesSeverityUnlessTheSiteSaysOtherwise() {
        for rule in Rule.allCases {
            #expect(Diagnostic(rule, "m", at: .start, in: "f").severity == rule.defaultSeverity)
        }
        #expect(Diagnostic(.badExpectation, "m", at: .start, in: "f", severity: .warning).severity == .warning)
    }
}
