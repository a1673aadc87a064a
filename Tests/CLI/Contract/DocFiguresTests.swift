import Foundation
import TestSupport
import Testing

/// Figures and line numbers the docs quote that no ```console example runs are checked here
/// against what the tool and the shipped files give now, so they cannot drift.
@Suite struct DocFiguresTests {
    private func read(_ path: String) throws -> String {
        try String(contentsOf: CLI.packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    /// The first capture of `pattern` in `text`.
    private func capture(_ pattern: String, in text: String) throws -> String {
        let regex = try NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        let match = try #require(regex.firstMatch(in: text, range: range), "no /\(pattern)/")
        return String(text[try #require(Range(match.range(at: 1), in: text))])
    }

    @Test func formatMdQuotesTheLineOfTheLordosisCite() throws {
        // docs/format.md's example changes "scoliosis" to "lordosis" in the cite that quotes
        // "Osteochondrosis, scoliosis, kyphoscoliosis": the error points at that cite's `>-`.
        let quoted = try capture(#"copy\.yaml:(\d+:\d+): error: part 2 of 2 of the cite"#, in: try read("docs/format.md"))
        let lines = try read("Trees/back-numbness.yaml").components(separatedBy: "\n")
        let quote = try #require(lines.firstIndex { $0.contains("Osteochondrosis, scoliosis,") && !$0.contains("from osteochondrosis") })
        let cite = try #require(lines[...quote].lastIndex { $0.contains("cite: >-") })
        let column = try #require(lines[cite].range(of: ">-")).lowerBound.utf16Offset(in: lines[cite]) + 1
        #expect(quoted == "\(cite + 1):\(column)")
    }

    @Test func fhirMdQuotesTheSizeOfTheShippedExport() throws {
        let quoted = try capture(#"The shipped tree's export is (\d+) KB\."#, in: try read("docs/fhir.md"))
        let export = try CLI.run(["export", "--format", "fhir", "Trees/back-numbness.yaml"])
        #expect(export.status == 0)
        #expect(quoted == "\((export.stdout.utf8.count + 500) / 1000)", "the export is \(export.stdout.utf8.count) bytes")
    }

    @Test func runMdQuotesTheMessageForAnAnswerThatDoesNotFit() throws {
        // docs/run.md quotes, wrapped over two lines, what a piped 'maybe' at injury prints.
        let docs = try read("docs/run.md").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let quoted = try capture(#"An answer that does not fit: `(error: line 2: [^`]+)`, exit 1\."#, in: docs)
        let result = try CLI.run(["run", "Trees/back-numbness.yaml"], stdin: "none\nmaybe\n")
        #expect(result.status == 1)
        #expect(result.stderr == quoted + "\n")
    }
}
