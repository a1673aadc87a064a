@testable import DecisionTree
@testable import DecisionTreeRendering
import Foundation
import TestSupport
import Testing

/// The safety case report laid out as PDF through Graphviz: the words come out as text, hostile
/// text stays text, and long lines are wrapped to the page.
@Suite struct SafetyReportDocumentTests {
    /// A title and a hazard carrying every character that means something to DOT, HTML-like
    /// labels, Graphviz's escapes or a terminal.
    static let hostile = "<b>HAZ</b> & \"quoted\" 'x' \\N \\G \u{7}bell\u{1B}[31m esc \u{202E}rev"

    static func report(_ text: String) -> SafetyReport {
        SafetyReport(
            title: text,
            blocks: [
                .heading(level: 1, [.text(text)], id: nil),
                .list([
                    .init([.text("Tree: "), .code(text)]),
                    .init([.text("Status: closed; "), .verdict("NOT VERIFIED", ok: false)], depth: 1, failing: true),
                ]),
                .table(.init(header: ["name", "role"], rows: [.init(header: text, cells: [.init(spans: [.text(text)], below: [text])])])),
                .hazard(id: text, [.heading(level: 3, [.text(text)], id: nil), .paragraph([.text(text)])]),
            ])
    }

    @Test func hostileTextIsEscapedInTheDOTAndComesOutOfThePDFAsText() throws {
        let dot = SafetyReportDocument.dot(Self.report(Self.hostile))
        #expect(!dot.contains("<b>HAZ"))
        #expect(!dot.contains("\u{7}") && !dot.contains("\u{1B}") && !dot.contains("\u{202E}"))
        #expect(dot.contains("&lt;b&gt;HAZ&lt;/b&gt; &amp; &quot;quoted&quot;"))
        let pdf = try SafetyReportDocument.pdf(Self.report(Self.hostile))
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        let text = try PDFText.of(pdf)
        #expect(text.contains("<b>HAZ</b> & \"quoted\" 'x' \\N \\G"), "\(text)")
        #expect(text.contains("NOT VERIFIED"))
        #expect(!text.contains("\u{1B}"))
    }

    @Test func longTextIsWrappedWithinTheWidthAndAWordLongerThanALineIsCut() throws {
        let words = Array(repeating: "word", count: 60).joined(separator: " ")
        let long = String(repeating: "x", count: 300)
        let label = SafetyReportDocument.label(.list([.init([.text(words)]), .init([.code(long)], depth: 2)]))
        let lines = label.markup.components(separatedBy: "<BR ALIGN=\"LEFT\"/>")
        #expect(lines.count >= 7)
        let pdf = try SafetyReportDocument.pdf(SafetyReport(title: "t", blocks: [.list([.init([.text(words)]), .init([.code(long)])])]))
        // A4 is 595 points wide; the page is as wide as the text and its half-inch margins.
        let width = try #require(try PDFText.pageWidth(pdf))
        #expect(width <= 596, "page \(width) points wide")
    }
}
