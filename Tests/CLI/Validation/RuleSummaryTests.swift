import DecisionTree
import Foundation
import TestSupport
import Testing

/// Every rule has a one-line summary and a documentation link that names it.
@Suite struct RuleSummaryTests {
    @Test(arguments: Rule.allCases)
    func summaryAndDocumentation(rule: Rule) throws {
        #expect(!rule.summary.isEmpty && !rule.summary.contains("\n"))
        let parts = rule.documentationPath.split(separator: "#", maxSplits: 1).map(String.init)
        let file = CLI.packageRoot.appendingPathComponent(parts[0])
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("`\(rule.rawValue)`"), "\(rule.rawValue) is not documented in \(parts[0])")
        let heading = parts.count > 1 ? parts[1] : ""
        #expect(
            text.split(separator: "\n").contains { $0.hasPrefix("#") && $0.lowercased().hasSuffix(" " + heading) },
            "no heading for #\(heading)")
    }

    @Test func sarifLogListsEveryRuleAndLocatesResults() throws {
        let d = Diagnostic(.unknownKey, "unknown key 'x'", at: SourceLocation(line: 3, column: 7), in: "a b.yaml")
        let data = Data(SARIFLog.json([d], toolVersion: "9").utf8)
        let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect((driver["rules"] as? [Any])?.count == Rule.allCases.count)
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        #expect(result["ruleIndex"] as? Int == Rule.allCases.firstIndex(of: .unknownKey))
        let physical = try #require(((result["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "a%20b.yaml")
        #expect((physical["region"] as? [String: Any])?["startColumn"] as? Int == 7)
    }
}
