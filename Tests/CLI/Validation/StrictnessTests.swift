import DecisionTree
import Foundation
import TestSupport
import Testing

/// Caps and strictness: at most 200 diagnostics a file, YAML tags refused, JSON batch numbers
/// read by JSON's grammar and echoed whole.
@Suite struct StrictnessTests {
    /// `count` outcome nodes, each with an unknown key; only the first is reachable.
    static func badKeys(_ count: Int) -> String {
        var text = "tree: t\ntitle: T\nstart: n0\nnodes:\n"
        for index in 0..<count { text += "  n\(index): {outcome: x, bogus\(index): 1}\n" }
        return text
    }

    @Test func diagnosticsAreCappedAt200AFileWithACount() {
        let result = TreeLoader.load(text: Self.badKeys(1000), path: "bad.yaml")
        #expect(result.tree == nil)
        #expect(result.diagnostics.count == Diagnostic.limitPerFile + 1)
        let last = result.diagnostics.last
        #expect(last?.rule == .tooManyDiagnostics)
        #expect(last?.severity == .error)
        // 1000 unknown keys and 999 unreachable nodes; 200 shown.
        #expect(last?.message.hasPrefix("and 1799 more not shown (") == true, "\(last?.message ?? "")")
        #expect(result.diagnostics.dropLast().allSatisfy { $0.rule == .unknownKey || $0.rule == .unreachableNode })
    }

    @Test func aFileUnderTheCapIsUntouched() {
        let result = TreeLoader.load(text: Self.badKeys(50), path: "bad.yaml")
        #expect(result.diagnostics.count == 50 + 49)
        #expect(!result.diagnostics.contains { $0.rule == .tooManyDiagnostics })
    }

    @Test func theCLIPrintsTheCapAndKeepsTheStatus() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = try scratch.write("bad.yaml", Self.badKeys(5000))
        let result = try CLI.run(["validate", path])
        #expect(result.status == 1)
        #expect(result.stdout.components(separatedBy: "[unknown-key]").count - 1 <= 200)
        #expect(result.stdout.contains("and 9799 more not shown"), "\(result.stdout.suffix(400))")
    }

    @Test(arguments: [
        ("title: !!binary aGVsbG8=", "!!binary"), ("title: !custom T", "!custom"),
        ("title: !!str T", "!!str"), ("title: ! T", "!"),
    ])
    func yamlTagsAreErrors(line: String, tag: String) {
        let text = "tree: t\n\(line)\nstart: a\nnodes:\n  a: {outcome: done}\n"
        let result = TreeLoader.load(text: text, path: "tagged.yaml")
        #expect(result.tree == nil)
        #expect(result.diagnostics.map(\.rule) == [.yamlTag], "\(result.diagnostics)")
        #expect(result.diagnostics.first?.message.contains("'\(tag)'") == true, "\(result.diagnostics)")
        #expect(result.diagnostics.first?.location == SourceLocation(line: 2, column: 8))
    }

    @Test func tagsOnCollectionsAreErrors() {
        let text = "tree: t\ntitle: T\nstart: a\nnodes: !!map\n  a: !!seq [x]\n"
        let result = TreeLoader.load(text: text, path: "tagged.yaml")
        #expect(result.diagnostics.map(\.rule) == [.yamlTag])
    }

    func batch(_ lines: [String]) throws -> [String] {
        let tree = try Fixtures.engineTree()
        let runner = try BatchRunner(tree: tree)
        return lines.map { line in
            switch runner.run(line: line) {
            case .success(let node): "ok \(tree.nodes[node].id)"
            case .failure(let error): error.description
            }
        }
    }

    @Test func batchNumbersFollowJSONsGrammar() throws {
        let results = try batch([
            #"{"red_flags": 01}"#, #"{"red_flags": [01]}"#, #"{"red_flags": -}"#, #"{"red_flags": 1.}"#,
            #"{"red_flags": 1e}"#, #"{"red_flags": +1}"#, #"{"red_flags": .5}"#,
        ])
        #expect(results[0].contains("a JSON number cannot start with 0 (01)"), "\(results[0])")
        #expect(results[1].contains("a JSON number cannot start with 0 (01)"), "\(results[1])")
        #expect(results[2].contains("invalid JSON") && results[2].contains("expected a digit"), "\(results[2])")
        #expect(results[3].contains("expected a digit after '.'"), "\(results[3])")
        #expect(results[4].contains("expected a digit in the exponent"), "\(results[4])")
        #expect(results[5].contains("invalid JSON"), "\(results[5])")
        #expect(results[6].contains("invalid JSON"), "\(results[6])")
    }

    @Test func minusZeroIsNotAnAnswerAndZeroStillIsNone() throws {
        let results = try batch([
            #"{"red_flags": -0}"#, #"{"red_flags": [-0]}"#, #"{"red_flags": -1}"#, #"{"red_flags": 0, "recurring": 2, "injury": 2}"#,
        ])
        #expect(results[0].hasPrefix("'-0' is not an answer to 'red_flags'"), "\(results[0])")
        #expect(results[1].hasPrefix("'-0' is not an answer to 'red_flags'"), "\(results[1])")
        #expect(results[2].hasPrefix("'-1' is not an answer to 'red_flags'"), "\(results[2])")
        #expect(!results[3].contains("not an answer"), "\(results[3])")
    }

    @Test func longNumbersAreEchoedWhole() throws {
        let digits = "123456789012345678901234567890"
        let results = try batch([
            "{\"recurring\": \(digits)}", "{\"recurring\": -\(digits)}", "{\"recurring\": \(digits).5}", "{\"recurring\": \(digits)e3}",
        ])
        #expect(results[0].hasPrefix("'\(digits)' is not an answer to 'recurring'"), "\(results[0])")
        #expect(results[1].hasPrefix("'-\(digits)' is not an answer"), "\(results[1])")
        #expect(results[2].contains("must be a whole number, not \(digits).5"), "\(results[2])")
        #expect(results[3].contains("must be a whole number, not \(digits)e3"), "\(results[3])")
    }
}
