import DecisionTree
import DecisionTreeRendering
import Foundation
import TestSupport
import Testing

@Suite struct RenderCLITests {
    @Test func rendersSVGToStandardOutput() throws {
        let result = try CLI.run(["render", "Tests/Fixtures/engine/back-numbness.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<?xml"))
        #expect(result.stdout.contains("Numb back &#45; which doctor to see"))
        #expect(result.stderr.isEmpty)
    }

    @Test(arguments: ["png", "pdf", "svg", "dot"])
    func takesTheFormatFromTheExtension(ext: String) throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let out = scratch.url.appendingPathComponent("tree.\(ext)").path
        let result = try CLI.run(["render", "Tests/Fixtures/engine/back-numbness.yaml", "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: out))
        let magic = ["png": "\u{89}PNG", "pdf": "%PDF-", "svg": "<?xml", "dot": "digraph "][ext] ?? ""
        let prefix = ext == "png" ? Array(data.prefix(4)) : Array(data.prefix(magic.utf8.count))
        #expect(prefix == (ext == "png" ? [0x89, 0x50, 0x4E, 0x47] : Array(magic.utf8)))
    }

    @Test func formatOptionWinsAndDotMatchesTheLibrary() throws {
        let result = try CLI.run(["render", "Tests/Fixtures/engine/back-numbness.yaml", "--format", "dot", "--rankdir", "LR"])
        #expect(result.status == 0)
        #expect(result.stdout == Renderer.dot(try Fixtures.engineTree(), options: RenderOptions(rankdir: .LR)))
        let export = try CLI.run(["export", "Tests/Fixtures/engine/back-numbness.yaml", "--format", "dot", "--rankdir", "LR"])
        #expect(export.stdout == result.stdout)
    }

    @Test func unknownExtensionIsAUsageError() throws {
        let result = try CLI.run(["render", "Tests/Fixtures/engine/back-numbness.yaml", "-o", "/tmp/never-written.jpeg"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("cannot tell the format"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written.jpeg"))
    }

    @Test func invalidTreePrintsDiagnosticsAndLeavesTheOutputUntouched() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let bad = try scratch.write(
            "bad.yaml", "tree: bad\ntitle: Bad\nstart: a\nnodes:\n  a:\n    question: Q?\n    answers:\n      yes: nowhere\n      no: a2\n")
        let out = try scratch.write("out.svg", "previous contents")
        let result = try CLI.run(["render", bad, "-o", out])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.yaml:8:"))
        #expect(result.stderr.contains("nowhere"))
        #expect(result.stdout.isEmpty)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "previous contents")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted() == ["bad.yaml", "out.svg"])
    }

    @Test func badAnswerFailsAndLeavesTheOutputUntouched() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let out = try scratch.write("out.png", "previous contents")
        let result = try CLI.run(["render", "Tests/Fixtures/engine/back-numbness.yaml", "-o", out, "--answer", "recurring=perhaps"])
        // An answer that does not fit its node is a usage error, worded as in `dtree run`.
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix("Error: 'perhaps' is not an answer to 'recurring'; valid: yes, no\nUsage: dtree render "),
            "\(result.stderr)")
        #expect(result.stderr.contains("See 'dtree render --help' for more information."))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "previous contents")
        let malformed = try CLI.run(["render", "Tests/Fixtures/engine/back-numbness.yaml", "--answer", "recurring"])
        #expect(malformed.status == 64)
        #expect(malformed.stderr.contains("NODE=ANSWER"))
    }

    /// An output that cannot be written exits 2, as an input that cannot be read does.
    @Test func unwritablePathFailsWithExitTwo() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let file = try scratch.write("plain", "x")
        let result = try CLI.run(["render", "Tests/Fixtures/engine/back-numbness.yaml", "-o", file + "/out.svg"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot write"))
    }

    @Test func answersHighlightThePathAndWarnAboutLeftovers() throws {
        let result = try CLI.run([
            "render", "Tests/Fixtures/engine/back-numbness.yaml", "--answer", "red_flags=none", "--answer", "recurring=no", "--answer",
            "injury=yes",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("REACHED WITH"))
        #expect(result.stdout.contains("THESE ANSWERS"))
        #expect(result.stderr.contains("warning: the answer for 'injury' was not used"))
    }

    @Test func exportsNormalizedJSON() throws {
        let result = try CLI.run(["export", "Tests/Fixtures/engine/back-numbness.yaml", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["tree"] as? String == "back-numbness")
        #expect(object["version"] as? String == "1.0.0")
        #expect(object["start"] as? String == "red_flags")
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let tree = try Fixtures.engineTree()
        #expect(nodes.compactMap { $0["id"] as? String } == tree.nodes.map(\.id))
        let first = try #require(nodes.first)
        #expect(first["kind"] as? String == "checklist")
        #expect((first["items"] as? [String])?.count == 5)
        #expect((first["edges"] as? [[String: String]])?.map { $0["label"] ?? "" } == ["any", "none"])
        let therapist = try #require(nodes.first { $0["id"] as? String == "therapist" })
        #expect(therapist["refer"] as? String == "therapist" && therapist["urgency"] == nil)  // not stated, so not exported
        #expect((therapist["edges"] as? [[String: String]]) == [["label": "next", "to": "therapist_finding"]])
        let outcome = try #require(nodes.first { $0["id"] as? String == "self_care" })
        #expect((outcome["edges"] as? [Any])?.isEmpty == true)
        #expect(outcome["items"] == nil && outcome["refer"] == nil)
        let keys = ["\"tree\"", "\"title\"", "\"version\"", "\"start\"", "\"nodes\""].map { result.stdout.range(of: $0)?.lowerBound }
        #expect(keys.allSatisfy { $0 != nil } && keys.compactMap { $0 } == keys.compactMap { $0 }.sorted())
    }

    @Test func exportsEscapedJSONAndMermaidForHostileLabels() throws {
        let json = try CLI.run(["export", RenderFixtures.hostilePath, "--format", "json"])
        #expect(json.status == 0)
        #expect(!json.stdout.contains("<"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["title"] as? String == #"Title \N \G "quoted" <script>alert(1)</script> end\"#)
        let mermaid = try CLI.run(["export", RenderFixtures.hostilePath, "--format", "mermaid"])
        #expect(mermaid.status == 0)
        let lines = mermaid.stdout.split(separator: "\n")
        #expect(lines.first == "flowchart TD")
        #expect(lines.dropFirst().first?.hasPrefix("  dtree__header[\"<b>Title #92;N #92;G #34;quoted#34; #60;script#62;") == true)
        for line in lines {
            // Outside the three tags dtree writes itself, no markup and no bare quote inside a label.
            let stripped = line.replacingOccurrences(of: "<br/>", with: "").replacingOccurrences(of: "<b>", with: "").replacingOccurrences(
                of: "</b>", with: "")
            #expect(!stripped.contains("<"), "\(line)")
            if let open = stripped.firstIndex(of: "\""), let close = stripped.lastIndex(of: "\""), open < close {
                #expect(!stripped[stripped.index(after: open)..<close].contains("\""), "\(line)")
            }
        }
        try RenderFixtures.expectGolden(mermaid.stdout, "hostile.mmd")
    }
}
