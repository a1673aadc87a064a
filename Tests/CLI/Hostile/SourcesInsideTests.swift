import DecisionTree
import Foundation
import TestSupport
import Testing

/// A tree's `source:` is read only inside the tree's folder, the `--sources` folders and
/// `DTREE_SOURCES`, symbolic links resolved: a tree cannot disclose another file (issue 25,
/// fault 2).
@Suite struct SourcesInsideTests {
    /// A tree whose source is `source` and whose refer node cites `cite`.
    private func tree(source: String, cite: String) -> String {
        """
        tree: cited
        title: Cited
        source: "\(source)"
        start: q
        nodes:
          q:
            question: Numb?
            answers:
              yes: r
              no: o
          r:
            refer: neurologist
            urgency: urgent
            cite: "\(cite)"
          o:
            outcome: Rest.

        """
    }

    /// `outside/secret.txt` (a line saying TOPSECRET-LINE) and `trees/`, a folder for trees.
    private func layout() throws -> ScratchFolder {
        let scratch = try ScratchFolder()
        for folder in ["outside", "trees", "sources"] {
            try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try scratch.write("outside/secret.txt", "The password is TOPSECRET-LINE for the vault.\n")
        return scratch
    }

    @Test func aSourceOutsideIsALocatedErrorAndNothingOfItIsPrinted() throws {
        let scratch = try layout()
        defer { scratch.cleanup() }
        try FileManager.default.createSymbolicLink(
            atPath: scratch.url.appendingPathComponent("trees/link.txt").path,
            withDestinationPath: scratch.url.appendingPathComponent("outside/secret.txt").path)
        let secret = ["DTREE_TEST_TOKEN": "ghp-TOKEN-VALUE-1234"]
        let cases = [
            ("/proc/self/environ", "The token is ghp"),
            ("../../../../../../../../../../etc/passwd", "root:x:0:0"),
            ("../outside/secret.txt", "The password is"),
            (scratch.url.appendingPathComponent("outside/secret.txt").path, "The password is TOPSECRET-LINE for the vault."),
            ("link.txt", "The password is"),
        ]
        for (source, cite) in cases {
            let path = try scratch.write("trees/t.yaml", tree(source: source, cite: cite))
            for format in ["text", "github", "json", "sarif"] {
                let result = try CLI.run(["validate", path, "--format", format], environment: secret)
                let printed = result.stdout + result.stderr
                #expect(result.status == 1, "\(source): \(printed)")
                #expect(printed.contains("source-outside"), "\(source): \(printed)")
                for leak in ["ghp-TOKEN", "TOPSECRET", "root:", "daemon", "bin/", "closest passage"] where !source.contains(leak) {
                    #expect(!printed.contains(leak), "\(source) (\(format)) printed '\(leak)': \(printed)")
                }
            }
            let text = try CLI.run(["validate", path], environment: secret)
            #expect(
                text.stdout.contains("t.yaml:3:9: error: source '\(source)' is outside the tree's folder and the source folders ("),
                "\(text.stdout)")
        }
    }

    @Test func aSourceInsideTheFoldersIsRead() throws {
        let scratch = try layout()
        defer { scratch.cleanup() }
        try scratch.write("sources/guide.txt", "See a neurologist when the leg is numb.\n")
        try scratch.write("trees/beside.txt", "Rest a numb leg.\n")
        // A link inside the folder to a file inside a source folder is inside.
        try FileManager.default.createSymbolicLink(
            atPath: scratch.url.appendingPathComponent("trees/linked.txt").path,
            withDestinationPath: scratch.url.appendingPathComponent("sources/guide.txt").path)
        let sources = scratch.url.appendingPathComponent("sources").path
        for (source, cite, arguments, environment) in [
            ("beside.txt", "Rest a numb leg.", [String](), [String: String]()),
            ("guide.txt", "when the leg is numb", ["--sources", sources], [:]),
            ("guide.txt", "when the leg is numb", [], ["DTREE_SOURCES": "/nonexistent:" + sources]),
            (sources + "/guide.txt", "See a neurologist", ["--sources", sources], [:]),
            ("linked.txt", "See a neurologist", ["--sources", sources], [:]),
        ] {
            let path = try scratch.write("trees/t.yaml", tree(source: source, cite: cite))
            let result = try CLI.run(["validate", path] + arguments, environment: environment)
            #expect(result.status == 0, "\(source): \(result.stdout)")
            #expect(!result.stdout.contains("[source-"), "\(source): \(result.stdout)")
        }
        // A wrong cite against a source inside still names its closest passage.
        let path = try scratch.write("trees/t.yaml", tree(source: "beside.txt", cite: "Rest a numb arm."))
        let wrong = try CLI.run(["validate", path])
        #expect(wrong.stdout.contains("the closest passage is at line 1: \"Rest a numb leg.\""), "\(wrong.stdout)")
    }

    @Test func theCiteSearchIsLinearInTheSource() throws {
        // 1 MiB of "a " and a 4 KB cite of "a a … a b": a naive search compares the cite at
        // every offset (minutes); Knuth–Morris–Pratt reads the source once.
        let scratch = try layout()
        defer { scratch.cleanup() }
        try scratch.write("trees/long.txt", String(repeating: "a ", count: 1 << 19) + "\n")
        let path = try scratch.write("trees/t.yaml", tree(source: "long.txt", cite: String(repeating: "a ", count: 2047) + "b"))
        let started = Date()
        let result = try CLI.run(["validate", path], timeout: 60)
        #expect(result.stdout.contains("[cite-not-in-source]"), "\(result.stdout)")
        #expect(result.stdout.contains("but not \"b\""), "\(result.stdout)")
        #expect(Date().timeIntervalSince(started) < 20)
    }
}
