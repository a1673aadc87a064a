import DecisionTree
import Foundation
import TestSupport
import Testing

/// The writer replaces a file whatever its legal name, and text a person reads in the page, the
/// SVG and DOT shows bidirectional controls as the terminal does (issue 25, fault 9).
@Suite struct WriterTests {
    @Test func aFileWithANameOf255BytesIsReplaced() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let names = [
            String(repeating: "a", count: 251) + ".dot",  // 255 bytes
            String(repeating: "é", count: 125) + ".dot",  // 254 bytes, two per character
            String(repeating: "😀", count: 62) + "x.dot",  // 253 bytes, four per character
        ]
        for name in names {
            #expect(name.utf8.count <= 255)
            let path = try scratch.write(name, "old")
            try AtomicFileWriter.write(Data("new".utf8), to: path)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
            let exported = try CLI.run(["export", "Trees/back-numbness.yaml", "--format", "dot", "-o", path])
            #expect(exported.status == 0, "\(exported.stderr)")
            #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("digraph"))
        }
        // No temporary file is left behind.
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path)
        #expect(left.allSatisfy { !$0.hasSuffix(".tmp") }, "\(left)")
    }

    @Test func bidiControlsAreShownNotObeyedInThePageSVGAndDOT() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = try scratch.write(
            "referral.yaml", try ReviewFixtures.edited("outcome: Rest and watch", "outcome: Rest \u{202E}and watch\u{2066}"))
        for (arguments, output) in [
            (["export", path, "--format", "dot"], "t.dot"), (["render", path], "t.svg"), (["review", path], "t.html"),
        ] {
            let file = scratch.url.appendingPathComponent(output).path
            let result = try CLI.run(arguments + ["-o", file])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            let text = try String(contentsOfFile: file, encoding: .utf8)
            #expect(
                !text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }, "\(output)")
            #expect(text.contains("u{202E}"), "\(output)")
        }
    }
}
