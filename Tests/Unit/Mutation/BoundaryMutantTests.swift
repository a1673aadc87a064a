// Tests/Unit/Mutation: boundary mutants of number questions (issue 23): the exact moves on a
// fixture with whole numbers and decimals (the smallest step, moves left out at the minimum and
// where a range would empty, exact decimal arithmetic at 0.2 + 0.1 = 0.3), equivalent moves,
// survivors under cases away from a boundary, a case at the boundary killing them, and the
// values --suggest proposes for them.

import DecisionTree
import Foundation
import TestSupport
import Testing

@Suite struct BoundaryMutantTests {
    private static let folder = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/mutation")

    private func numbers() throws -> ScenarioFile {
        try ScenarioLoader.load(contentsOf: Self.folder.appendingPathComponent("numbers.tests.yaml").path)
    }

    /// The fixture's scenario file with `cases` added after its own.
    private func numbers(adding cases: String) throws -> ScenarioFile {
        let path = Self.folder.appendingPathComponent("numbers.tests.yaml").path
        let text = try String(contentsOfFile: path, encoding: .utf8) + cases
        return ScenarioLoader.load(text: text, path: path, tree: try numbers().tree)
    }

    private func boundaryResults(_ file: ScenarioFile) throws -> [String: String] {
        let run = try #require(MutationTesting.run(file))
        var results: [String: String] = [:]
        for result in run.results where result.mutant.operator == .boundary { results[result.description] = result.result.name }
        return results
    }

    @Test func eachBoundaryMovesByTheSmallestStepBothWays() throws {
        let tree = try #require(try numbers().tree)
        let mutants = MutantGenerator.mutants(of: tree).mutants.filter { $0.operator == .boundary }
        // Whole numbers move by 1 (neighbours written '<= 17' and '18 ..< 50' move together);
        // decimals by the finest written decimal place: 0.1 for 37.5, and for 0.2 and 0.3.
        // Left out: '= 0' moved below the minimum; 0.2 moved up onto 0.3 and 0.3 down onto 0.2,
        // which would empty '0.2 ..< 0.3' (exactly: 0.2 + 0.1 is 0.3).
        #expect(
            mutants.map { $0.description(in: tree) } == [
                "age: '<= 17' and '18 ..< 50' become '<= 16' and '17 ..< 50'",
                "age: '<= 17' and '18 ..< 50' become '<= 18' and '19 ..< 50'",
                "age: '18 ..< 50' and '50 ... 64' become '18 ..< 49' and '49 ... 64'",
                "age: '18 ..< 50' and '50 ... 64' become '18 ..< 51' and '51 ... 64'",
                "age: '50 ... 64' and '>= 65' become '50 ... 63' and '>= 64'",
                "age: '50 ... 64' and '>= 65' become '50 ... 65' and '>= 66'",
                "count: '= 0' and '> 0' become '0 ... 1' and '> 1'",
                "temperature: '< 37.5' and '>= 37.5' become '< 37.4' and '>= 37.4'",
                "temperature: '< 37.5' and '>= 37.5' become '< 37.6' and '>= 37.6'",
                "level: '< 0.2' and '0.2 ..< 0.3' become '< 0.1' and '0.1 ..< 0.3'",
                "level: '0.2 ..< 0.3' and '>= 0.3' become '0.2 ..< 0.4' and '>= 0.4'",
            ])
        // Each mutant is a tree that loads, its ranges still a partition (no gap, no overlap).
        for mutant in mutants {
            let loaded = TreeLoader.load(text: JSONExport.text(mutant.apply(to: tree)), path: "mutant.json")
            #expect(loaded.tree != nil, "\(mutant.description(in: tree)): \(loaded.diagnostics.map(\.summary))")
            let number = try #require(mutant.apply(to: tree).nodes[mutant.node].number)
            let checked = TreeLoader.load(text: numberNodeYAML(number), path: "moved.yaml")
            #expect(checked.diagnostics.isEmpty, "\(mutant.description(in: tree)): \(checked.diagnostics.map(\.summary))")
        }
    }

    /// A tree of one number question with `number`'s bounds and (moved) ranges, each to an end.
    private func numberNodeYAML(_ number: Node.NumberQuestion) -> String {
        func form(_ range: NumberInterval) -> String {
            switch (range.lower, range.upper) {
            case let (low?, high?) where low == high: "= \(low)"
            case let (low?, high?): range.upperIncluded ? "\(low) ... \(high)" : "\(low) ..< \(high)"
            case let (nil, high?): range.upperIncluded ? "<= \(high)" : "< \(high)"
            case let (low?, nil): range.lowerIncluded ? ">= \(low)" : "> \(low)"
            case (nil, nil): "?"
            }
        }
        var lines = ["tree: moved", "title: Moved", "start: q", "nodes:", "  q:", "    number: Q?"]
        if let minimum = number.minimum { lines.append("    min: \(minimum)") }
        if let maximum = number.maximum { lines.append("    max: \(maximum)") }
        lines.append("    integer: \(number.integer)")
        lines.append("    ranges:")
        for (position, range) in number.ranges.enumerated() { lines.append("      \"\(form(range))\": end\(position)") }
        for position in number.ranges.indices { lines.append("  end\(position):\n    outcome: End \(position)") }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func casesAwayFromABoundaryLeaveItsMutantsSurvivingAndEquivalentMovesAreNotCounted() throws {
        let results = try boundaryResults(try numbers())
        #expect(results.count == 11)
        // '50 ... 64' and '>= 65' both lead to adult: moving their boundary re-routes nobody.
        #expect(results["age: '50 ... 64' and '>= 65' become '50 ... 63' and '>= 64'"] == "equivalent")
        #expect(results["age: '50 ... 64' and '>= 65' become '50 ... 65' and '>= 66'"] == "equivalent")
        #expect(results.values.filter { $0 == "survived" }.count == 9)
        let run = try #require(MutationTesting.run(try numbers()))
        let score = try #require(run.scoreByOperator.first { $0.0 == .boundary }?.1)
        #expect([score.killed, score.survived, score.equivalent] as [Int] == [0, 9, 2])
    }

    @Test func aCaseAtTheBoundaryKillsTheMoveItTellsApart() throws {
        let down = "temperature: '< 37.5' and '>= 37.5' become '< 37.4' and '>= 37.4'"
        let up = "temperature: '< 37.5' and '>= 37.5' become '< 37.6' and '>= 37.6'"
        // 37.5 itself tells the move up apart (the mutant sends it below); not the move down.
        let atBoundary = try boundaryResults(
            try numbers(adding: "  - {name: at 37.5, answers: {age: 30, temperature: 37.5}, expect: fever}\n"))
        #expect(atBoundary[up] == "killed")
        #expect(atBoundary[down] == "survived")
        // One step below it, 37.4, tells the move down apart.
        let below = try boundaryResults(
            try numbers(adding: "  - {name: at 37.4, answers: {age: 30, temperature: 37.4, level: 0.5}, expect: high}\n"))
        #expect(below[down] == "killed")
        #expect(below[up] == "survived")
        // Whole numbers: 18 kills the move up of '<= 17' | '18 ..< 50', 17 the move down.
        let whole = try boundaryResults(
            try numbers(
                adding: "  - {name: eighteen, answers: {age: 18, temperature: 39}, expect: fever}\n"
                    + "  - {name: seventeen, answers: {age: 17, count: 0}, expect: none}\n"))
        #expect(whole["age: '<= 17' and '18 ..< 50' become '<= 18' and '19 ..< 50'"] == "killed")
        #expect(whole["age: '<= 17' and '18 ..< 50' become '<= 16' and '17 ..< 50'"] == "killed")
    }

    @Test func suggestionsAnswerTheValueEachMoveReRoutes() throws {
        let file = try numbers()
        let run = try #require(MutationTesting.run(file))
        let suggested = Suggestions.cases(for: file, mutation: run)
        var values: [String: String] = [:]
        for suggestion in suggested where suggestion.name.hasPrefix("kills: ") {
            let node = suggestion.name.dropFirst("kills: ".count).prefix { $0 != ":" }
            values[String(suggestion.name.dropFirst("kills: ".count))] = suggestion.answers.first { $0.node == node }?.value
        }
        // The boundary itself or one step below it, whichever the move re-routes; as YAML
        // numbers, exact decimals. Two moves get no case of their own: an earlier suggestion is
        // the very same case ('walks age=50 ... 64' answers 50; the case for '<= 18' answers
        // age 18 and temperature 37.5) and kills them too.
        #expect(
            values == [
                "age: '<= 17' and '18 ..< 50' become '<= 16' and '17 ..< 50'": "17",
                "age: '<= 17' and '18 ..< 50' become '<= 18' and '19 ..< 50'": "18",
                "age: '18 ..< 50' and '50 ... 64' become '18 ..< 49' and '49 ... 64'": "49",
                "count: '= 0' and '> 0' become '0 ... 1' and '> 1'": "1",
                "temperature: '< 37.5' and '>= 37.5' become '< 37.4' and '>= 37.4'": "37.4",
                "level: '< 0.2' and '0.2 ..< 0.3' become '< 0.1' and '0.1 ..< 0.3'": "0.1",
                "level: '0.2 ..< 0.3' and '>= 0.3' become '0.2 ..< 0.4' and '>= 0.4'": "0.3",
            ])
        let lines = suggested.flatMap { $0.lines(indent: "  ") }
        #expect(lines.contains("      age: 50") && lines.contains("      temperature: 37.5"))
        let numberAnswers = lines.filter { $0.hasPrefix("      temperature: ") || $0.hasPrefix("      level: ") }
        #expect(!numberAnswers.isEmpty && numberAnswers.allSatisfy { !$0.contains("\"") })
    }
}
