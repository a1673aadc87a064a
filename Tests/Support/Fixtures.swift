import DecisionTree
import Foundation

/// Shared fixtures for tests.
package enum Fixtures {
    /// A tree that gives answers labels: `regular` is shown "No - it occurs regularly", `once`
    /// gives a target only, `yes` is the plain form.
    package static let labelledAnswers = """
        tree: t
        title: T
        start: q
        nodes:
          q:
            question: Does it occur regularly?
            answers:
              yes: trauma
              regular: {to: neuro, label: "No - it occurs regularly"}
              once: {to: calm}
          trauma: {refer: traumatologist}
          neuro: {refer: neurologist, urgency: urgent}
          calm: {outcome: Calm}

        """

    /// Answers to the engine tree (`engineTreePath`) in every combination the evaluator tests and
    /// the API throughput benchmark walk: flags × recurring × injury × finding.
    package static let engineAnswerCombinations: [[String: String]] = {
        var cases: [[String: String]] = []
        for flags in ["none", "1", "3 5"] {
            for recurring in ["yes", "no", nil] {
                for injury in ["yes", "no", nil] {
                    for finding in ["1", "2", "3", "4", nil] as [String?] {
                        var answers = ["red_flags": flags]
                        answers["recurring"] = recurring
                        answers["injury"] = injury
                        answers["therapist_finding"] = finding
                        cases.append(answers)
                    }
                }
            }
        }
        return cases
    }()

    /// The shipped tree's path.
    package static var shippedTreePath: String { CLI.packageRoot.appendingPathComponent("Trees/back-numbness.yaml").path }

    /// The shipped tree, loaded; fails the calling test when it does not load.
    package static func shippedTree() throws -> Tree { try load(shippedTreePath) }

    /// The engine's test tree: a frozen copy of the shipped tree at 1.0.0, so tests of walks,
    /// traces, batches, rendering and the CLI do not change when the shipped tree's clinical
    /// content does. Relative to the package root, as CLI tests pass it.
    static let engineTreeRelativePath = "Tests/Fixtures/engine/back-numbness.yaml"

    /// The engine's test tree's absolute path.
    package static var engineTreePath: String { CLI.packageRoot.appendingPathComponent(engineTreeRelativePath).path }

    /// The engine's test tree, loaded.
    package static func engineTree() throws -> Tree { try load(engineTreePath) }

    private static func load(_ path: String) throws -> Tree {
        let result = try TreeLoader.load(contentsOf: path)
        guard let tree = result.tree else {
            throw FixtureError(message: result.diagnostics.map(\.summary).joined(separator: "\n"))
        }
        return tree
    }

    /// Loads a tree from text, throwing its diagnostics when it has errors.
    package static func tree(_ text: String) throws -> Tree {
        let result = TreeLoader.load(text: text, path: "fixture.yaml")
        guard let tree = result.tree else {
            throw FixtureError(message: result.diagnostics.map(\.summary).joined(separator: "\n"))
        }
        return tree
    }

    /// Runs `dtree test` on a copy of the shipped tree in which `old` is replaced by `new`,
    /// beside a copy of its scenario file: how a test shows that a mutation of the logic breaks
    /// a case or an invariant. Throws when `old` does not occur, so a mutation can never pass
    /// silently by changing nothing.
    package static func testMutatedShippedTree(replacing old: String, with new: String) throws -> CLI.Result {
        let tree = try String(contentsOfFile: shippedTreePath, encoding: .utf8)
        let mutated = tree.replacingOccurrences(of: old, with: new)
        guard mutated != tree else { throw FixtureError(message: "the shipped tree has no '\(old)' to replace") }
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        try scratch.write("back-numbness.yaml", mutated)
        let tests = CLI.packageRoot.appendingPathComponent("Trees/back-numbness.tests.yaml")
        try scratch.write("back-numbness.tests.yaml", String(contentsOf: tests, encoding: .utf8))
        return try CLI.run(["test", scratch.url.path])
    }

    package struct FixtureError: Error, CustomStringConvertible {
        package let message: String
        package var description: String { message }
        package init(message: String) { self.message = message }
    }

    /// A small valid tree with every node kind.
    package static let small = """
        tree: small
        title: Small
        start: q
        nodes:
          q:
            question: Pick one
            answers:
              yes: c
              no: done
          c:
            checklist: Any of these?
            items: [A, B]
            any: r
            none: done
          r:
            refer: therapist
            urgency: soon
            next: done
          done:
            outcome: Finished
        """
}
