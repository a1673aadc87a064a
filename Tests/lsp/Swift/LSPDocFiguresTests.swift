// LSPTests: the figures docs/editors.md quotes about the language server, checked against the
// server's own constants so the page cannot drift from the code.

@testable import DecisionTreeLSP
import Foundation
import Testing

@Suite struct LSPDocFiguresTests {
    @Test func editorsMdQuotesTheDebounceTimes() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../docs/editors.md").standardized
        // Lines are wrapped: compare with every run of spaces and line breaks as one space.
        let text = try String(contentsOf: docs, encoding: .utf8).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let quiet = Int((LSPServer.quietPeriod * 1000).rounded())
        let longest = Int((LSPServer.longestWait * 1000).rounded())
        #expect(
            text.contains("once the file has been quiet for \(quiet) ms, or every \(longest) ms while changes keep coming"),
            "docs/editors.md should say: quiet for \(quiet) ms, or every \(longest) ms")
    }
}
