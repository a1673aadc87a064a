// Tests/CLI/Scenarios: `dtree test --mutants`: the text report, --min-score's exit codes, the
// JSON document's shape, a tree with errors not mutated, usage errors.

import Foundation
import TreeGenerator
import TestSupport
import Testing

@Suite struct MutationCommandTests {
    private let mini = "Tests/Fixtures/mutation/mini.yaml"

    @Test func printsTheScorePerTreeAndOperatorAndEachSurvivor() throws {
        let result = try CLI.run(["test", "--mutants", mini])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "mutation score of \(mini): 46.1% (12 of 26 killed; 2 equivalent and 2 wording mutants not counted)")
        #expect(lines.contains("  30 mutants of 40 candidate edits (--max-mutants 5000)"))
        #expect(lines.contains("  swap-answers: 100% (2 of 2)"))
        #expect(lines.contains("  SURVIVED c=none leads to done (was home) (\(mini):16:11)"))
        #expect(lines.contains("       with q=a, c=none: Home -> Done"))
        #expect(lines.contains("  WORDING gp: advice dropped (\(mini):17:3)"))
        #expect(lines.last == "12 killed, 14 survived (2 equivalent, 2 wording not counted)")
    }

    @Test func minScoreFailsBelowAndPassesAtOrAbove() throws {
        let below = try CLI.run(["test", "--mutants", "--min-score", "50", mini])
        #expect(below.status == 1)
        #expect(
            below.stdout.contains("error: mutation score 46.1% is below the minimum of 50% (--min-score) [mutation-score-below-minimum]"))
        let at = try CLI.run(["test", "--mutants", "--min-score", "46", mini])
        #expect(at.status == 0, "\(at.stdout)")
        let usage = try CLI.run(["test", "--mutants", "--min-score", "101", mini])
        #expect(usage.status == 64)
        let withoutMutants = try CLI.run(["test", "--min-score", "50", mini])
        #expect(withoutMutants.status == 64)
    }

    @Test func jsonListsEveryMutantWithItsClass() throws {
        let result = try CLI.run(["test", "--mutants", "--format", "json", "--max-mutants", "12", mini])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["succeeded"] as? Bool == true)
        let trees = try #require(document["trees"] as? [[String: Any]])
        #expect(trees.count == 1)
        let tree = trees[0]
        #expect(tree["candidates"] as? Int == 40 && tree["maxMutants"] as? Int == 12)
        #expect(Set(tree.keys) == ["tree", "scenarioFile", "candidates", "maxMutants", "score", "operators", "belowMinimum", "mutants"])
        let mutants = try #require(tree["mutants"] as? [[String: Any]])
        #expect(mutants.count <= 12)
        let classes = Set(mutants.compactMap { $0["result"] as? String })
        #expect(classes.isSubset(of: ["killed", "survived", "equivalent", "wording"]))
        let survivor = try #require(mutants.first { $0["result"] as? String == "survived" })
        #expect(survivor["witness"] is [String] && survivor["difference"] is String && survivor["line"] is Int)
        #expect(result.stderr.hasSuffix("wording not counted)\n"))
    }

    @Test func githubAnnotatesEachSurvivorAtItsLine() throws {
        let result = try CLI.run(["test", "--mutants", "--format", "github", "--min-score", "50", mini])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("::warning file=\(mini),line=") }.count == 14)
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "::warning file=\(mini),line=16,col=11::SURVIVED: c=none leads to done (was home); with q=a, c=none: Home -> Done")
            })
        #expect(lines.contains { $0.hasPrefix("::error file=\(mini),line=1,col=1::mutation score 46.1%25 is below the minimum of 50%25") })
    }

    @Test func aTreeWithErrorsIsNotMutated() throws {
        let folder = try ScratchFolder()
        defer { folder.cleanup() }
        _ = try folder.write(
            "bad.yaml", "tree: bad\ntitle: Bad\nstart: q\nnodes:\n  q:\n    question: Q?\n    answers: {a: nowhere, b: nowhere}\n")
        let scenarios = try folder.write("bad.tests.yaml", "tree: bad.yaml\ncases: []\n")
        let result = try CLI.run(["test", "--mutants", scenarios])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[unknown-target]"))
        #expect(result.stderr.contains("the tree has errors and is not mutated"))
    }
}

@Suite struct SuggestCommandTests {
    private func copyOfMini() throws -> (ScratchFolder, tree: String, tests: String) {
        let folder = try ScratchFolder()
        let source = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/mutation")
        let tree = try folder.write("mini.yaml", try String(contentsOf: source.appendingPathComponent("mini.yaml"), encoding: .utf8))
        let scenarios = try String(contentsOf: source.appendingPathComponent("mini.tests.yaml"), encoding: .utf8)
        let tests = try folder.write(
            "mini.tests.yaml", "# kept: a comment above everything\n" + scenarios + "# kept: a comment at the end\n")
        return (folder, tree, tests)
    }

    private func mutant(_ edit: String, in json: String) throws -> String? {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let trees = try #require(document["trees"] as? [[String: Any]])
        let mutants = try #require(trees.first?["mutants"] as? [[String: Any]])
        return mutants.first { $0["edit"] as? String == edit }?["result"] as? String
    }

    @Test func suggestWriteKillsASurvivorAndCompletesCoverage() throws {
        let (folder, tree, tests) = try copyOfMini()
        defer { folder.cleanup() }
        let original = try String(contentsOfFile: tests, encoding: .utf8)
        let before = try CLI.run(["test", "--mutants", "--format", "json", tree])
        #expect(try mutant("c=none leads to done (was home)", in: before.stdout) == "survived")
        #expect(try mutant("c: item 'Y' dropped", in: before.stdout) == "survived")
        #expect(try CLI.run(["test", tree]).stdout.contains("edges 4/6 (66.6%)"))

        let printed = try CLI.run(["test", "--suggest", tree])
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(try String(contentsOfFile: tests, encoding: .utf8) == original, "--suggest alone changes nothing")
        #expect(
            printed.stdout.hasPrefix(
                "# 3 suggested cases for \(tests)\n  - name: \"walks q=c\"\n    answers:\n      q: c\n    expect: home\n    unreviewed: true\n"
            ))

        let written = try CLI.run(["test", "--suggest", "--write", tree])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stderr == "appended 3 cases to \(tests)\n")
        let text = try String(contentsOfFile: tests, encoding: .utf8)
        // Inserted, never re-emitted: the old text, comments included, is kept byte for byte
        // ('cases:' is the last key, so the new cases go at the end of the file).
        #expect(text.hasPrefix(original))
        #expect(text.hasSuffix("    unreviewed: true\n"))
        #expect(text.contains("  - name: \"kills: c: item 'Y' dropped\"\n    answers:\n      q: a\n      c: [\"Y\"]\n    expect: done\n"))

        let coverage = try CLI.run(["test", "--min-coverage", "100", tree])
        #expect(coverage.status == 0, "\(coverage.stdout)")
        #expect(coverage.stdout.contains("outcomes 2/2 (100%), edges 6/6 (100%)"))
        #expect(coverage.stdout.split(separator: "\n").last == "6 passed, 0 failed")
        let after = try CLI.run(["test", "--mutants", "--format", "json", tree])
        #expect(try mutant("c=none leads to done (was home)", in: after.stdout) == "killed")
        #expect(try mutant("c: item 'Y' dropped", in: after.stdout) == "killed")

        // Unreviewed cases count as tests; --strict reports each.
        let strict = try CLI.run(["test", "--strict", tree])
        #expect(strict.status == 1)
        #expect(strict.stdout.components(separatedBy: "[case-unreviewed]").count == 4)
        #expect(strict.stdout.split(separator: "\n").last == "5 passed, 3 failed")
    }

    @Test func suggestWriteKillsEveryBoundarySurvivorWithNumbersReadBack() throws {
        let folder = try ScratchFolder()
        defer { folder.cleanup() }
        let source = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/mutation")
        let tree = try folder.write("numbers.yaml", try String(contentsOf: source.appendingPathComponent("numbers.yaml"), encoding: .utf8))
        let tests = try folder.write(
            "numbers.tests.yaml", try String(contentsOf: source.appendingPathComponent("numbers.tests.yaml"), encoding: .utf8))
        let boundary = "temperature: '< 37.5' and '>= 37.5' become '< 37.4' and '>= 37.4'"
        let before = try CLI.run(["test", "--mutants", "--format", "json", tree])
        #expect(try mutant(boundary, in: before.stdout) == "survived")

        let written = try CLI.run(["test", "--suggest", "--write", tree])
        #expect(written.status == 0, "\(written.stderr)")
        let text = try String(contentsOfFile: tests, encoding: .utf8)
        // The value one step below 37.5, written as a YAML number with its exact digits.
        #expect(
            text.contains(
                "  - name: \"kills: \(boundary)\"\n    answers:\n      age: 18\n      temperature: 37.4\n      level: 0\n"
                    + "    expect: normal\n"))
        #expect(text.contains("      level: 0.1\n"))

        let after = try CLI.run(["test", "--mutants", "--min-score", "100", tree])
        #expect(after.status == 0, "\(after.stdout)")
        #expect(after.stdout.contains("  boundary: 100% (9 of 9)"))
        let coverage = try CLI.run(["test", "--min-coverage", "100", tree])
        #expect(coverage.status == 0, "\(coverage.stdout)")
    }

    @Test func writeNeedsSuggest() throws {
        #expect(try CLI.run(["test", "--write", "Tests/Fixtures/mutation/mini.yaml"]).status == 64)
        #expect(try CLI.run(["test", "--suggest", "--format", "json", "Tests/Fixtures/mutation/mini.yaml"]).status == 64)
    }
}

@Suite struct ReviewMutantsTests {
    @Test func theReviewPageShowsTheScoreAndSurvivorsWhenAsked() throws {
        let page = try CLI.run(["review", "--mutants", "docs/examples/sore-throat.yaml"])
        #expect(page.status == 0, "\(page.stderr)")
        #expect(
            page.stdout.contains(
                "<h3>Mutation testing</h3><p id=\"mutation-score\">mutation score of sore-throat.yaml: 50% (7 of 14 killed; 0 equivalent and 0 wording mutants not counted)</p>"
            ))
        #expect(
            page.stdout.contains(
                "<li><span>SURVIVED signs=none leads to gp (was home)</span><span> (line 15) </span><div>with fever=yes, signs=none: Rest at home -&gt; gp (urgent)</div></li>"
            ))
        let plain = try CLI.run(["review", "docs/examples/sore-throat.yaml"])
        #expect(plain.status == 0 && !plain.stdout.contains("mutation-score"))
    }
}

@Suite struct MutationInterruptTests {
    /// Runs dtree with `arguments`, sends SIGINT after `delay` seconds, and returns its status and standard error.
    private func interrupted(_ arguments: [String], after delay: TimeInterval) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        kill(process.processIdentifier, SIGINT)
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func ctrlCExits130AndWritesNothing() throws {
        let folder = try ScratchFolder()
        defer { folder.cleanup() }
        let tree = try folder.write("r.yaml", TreeGenerator.realistic(200))
        let scenarios = "tree: r.yaml\ncases:\n  - {name: anything, answers: {}, expect: {refer: nobody}}\n"
        let tests = try folder.write("r.tests.yaml", scenarios)
        // Thousands of mutants of a 200-node tree take seconds in a debug build.
        let (status, stderr) = try interrupted(["test", "--mutants", tree], after: 3)
        #expect(status == 130, "\(stderr)")
        #expect(stderr.hasSuffix("interrupted: nothing was written\n"))
        let (writeStatus, writeStderr) = try interrupted(["test", "--suggest", "--write", tree], after: 3)
        #expect(writeStatus == 130, "\(writeStderr)")
        #expect(try String(contentsOfFile: tests, encoding: .utf8) == scenarios)
    }
}
