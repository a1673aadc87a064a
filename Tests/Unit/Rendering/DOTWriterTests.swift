@testable import DecisionTree
@testable import DecisionTreeRendering
import Foundation
import TestSupport
import Testing

@Suite struct DOTWriterTests {
    @Test func shippedTreeMatchesGolden() throws {
        try RenderFixtures.expectGolden(Renderer.dot(try Fixtures.shippedTree()), "back-numbness.dot")
    }

    @Test func shippedTreeLeftToRightWithPathMatchesGolden() throws {
        let tree = try Fixtures.shippedTree()
        let answers = try Answers(
            assignments: ["red_flags=none", "injury=no", "doctor_signs=The back goes numb at night", "therapist_finding=ovaries"],
            in: tree)
        let options = RenderOptions(rankdir: .LR, answers: answers)
        try RenderFixtures.expectGolden(Renderer.dot(tree, options: options), "back-numbness-path-lr.dot")
    }

    @Test func hostileTreeMatchesGolden() throws {
        try RenderFixtures.expectGolden(Renderer.dot(try RenderFixtures.hostileTree()), "hostile.dot")
    }

    @Test func nodesAndAnswersKeepFileOrder() throws {
        let tree = try Fixtures.engineTree()
        let dot = Renderer.dot(tree)
        let nodeLines = dot.split(separator: "\n").filter { $0.hasPrefix("  \"") && !$0.contains(" -> ") }
        #expect(nodeLines.map { $0.dropFirst(3).prefix(while: { $0 != "\"" }) }.map(String.init) == tree.nodes.map(\.id))
        let finding = dot.split(separator: "\n").filter { $0.hasPrefix("  \"therapist_finding\" -> ") }
        #expect(finding.map { $0.contains("kidney or prostate") } == [true, false, false, false])
        #expect(finding.last?.contains("no serious cause") == true)
        #expect(dot.contains("ordering=\"out\""))
    }

    /// Answers that lead to the same node are written together (their own order kept), so dot
    /// draws the parallel edges apart instead of laying their labels over each other; every
    /// other answer keeps its place, and each edge keeps its id.
    @Test func parallelEdgesAreWrittenTogether() throws {
        let tree = try Fixtures.shippedTree()
        let sign = try #require(tree.index(of: "injury_with_sign"))
        // yes → neurologist_then_trauma, no → neurologist_now, not sure → neurologist_then_trauma.
        #expect(tree.nodes[sign].edges.map(\.answer) == ["yes", "no", "not sure"])
        #expect(TreeGraph.edgeOrder(tree.nodes[sign]) == [0, 2, 1])
        let lines = Renderer.dot(tree).split(separator: "\n").filter { $0.hasPrefix("  \"injury_with_sign\" -> ") }
        #expect(lines.map { $0.contains("id=\"e\(sign)-0\"") || $0.contains("id=\"e\(sign)-2\"") } == [true, true, false])
        let finding = try #require(tree.index(of: "therapist_finding"))
        #expect(TreeGraph.edgeOrder(tree.nodes[finding]) == Array(tree.nodes[finding].edges.indices))
    }

    @Test func onlyWhitelistedAttributesAreWritten() throws {
        for tree in [try Fixtures.engineTree(), try RenderFixtures.hostileTree()] {
            let answers = try Answers(assignments: ["\(tree.startNode.id)=1"], in: tree)
            let names = attributeNames(Renderer.dot(tree, options: RenderOptions(answers: answers)))
            #expect(!names.isEmpty)
            let allowed = Set(DOTAttribute.allCases.map(\.rawValue))
            #expect(names.subtracting(allowed).isEmpty, "\(names.subtracting(allowed))")
            #expect(!names.contains("URL") && !names.contains("href"))
        }
    }

    @Test func quotedStringsCannotBeBrokenOutOf() {
        #expect(DOTEscaping.quoted(#"a"b\c"#) == #""a\"b\\c""#)
        #expect(DOTEscaping.quoted("end\\") == #""end\\""#)
        #expect(DOTEscaping.quoted("line\nbreak") == #""line break""#)
    }

    @Test func htmlTextIsEntityEscapedAndBackslashesDoubled() {
        #expect(DOTEscaping.html(#"<b a="1">&'\N"#) == #"&lt;b a=&quot;1&quot;&gt;&amp;&#39;\\N"#)
        #expect(DOTEscaping.html("a\u{0}b\u{7}c") == "a b c")
    }

    @Test func tooltipsHoldNoMarkupCharacters() {
        let tip = DOTEscaping.tooltip("<a href=\"javascript:x\">\\N\nnext")
        #expect(!tip.dropFirst().dropLast().contains("<") && !tip.dropFirst().dropLast().contains("\""))
        #expect(tip.contains(#"\\\\N"#) && tip.contains("&#10;"))
    }

    @Test func wrappingBreaksAtWordsAndSplitsLongWords() {
        #expect(DOTEscaping.wrap("one two three four", width: 9) == ["one two", "three", "four"])
        #expect(DOTEscaping.wrap(String(repeating: "x", count: 20), width: 8) == ["xxxxxxxx", "xxxxxxxx", "xxxx"])
        #expect(DOTEscaping.wrap("  spaced \n\t out  ", width: 30) == ["spaced out"])
    }

    @Test func numbersAreFormattedTheSameEverywhere() {
        #expect(DOTWriter.format(1) == "1")
        #expect(DOTWriter.format(0.35) == "0.35")
        #expect(DOTWriter.format(2.5) == "2.5")
        #expect(DOTWriter.format(0.07) == "0.07")
    }

    /// The attribute names in a DOT text, skipping quoted strings and HTML-like labels.
    private func attributeNames(_ dot: String) -> Set<String> {
        var names = Set<String>()
        var outside = ""
        var iterator = Array(dot.unicodeScalars).makeIterator()
        var depth = 0
        var inQuote = false
        while let scalar = iterator.next() {
            if inQuote {
                if scalar == "\\" { _ = iterator.next() } else if scalar == "\"" { inQuote = false; outside += "\"\"" }
            } else if depth > 0 {
                if scalar == "<" { depth += 1 } else if scalar == ">" { depth -= 1; if depth == 0 { outside += "<>" } }
            } else if scalar == "\"" {
                inQuote = true
            } else if scalar == "<" {
                depth = 1
            } else if scalar == "/", outside.hasSuffix("/") {
                outside.removeLast()
                while let next = iterator.next(), next != "\n" {}
                outside += "\n"
            } else {
                outside.unicodeScalars.append(scalar)
            }
        }
        let pattern = /([A-Za-z_][A-Za-z0-9_]*)\s*=/
        for match in outside.matches(of: pattern) { names.insert(String(match.output.1)) }
        return names
    }
}
