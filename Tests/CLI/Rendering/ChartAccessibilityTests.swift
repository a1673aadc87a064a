@testable import DecisionTreeRendering
import TestSupport
@testable import DecisionTree
import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing

/// Issue 11 §2: charts a screen reader can read and whose labels cannot be misread.
@Suite struct ChartAccessibilityTests {
    static var fourAnswersPath: String { RenderFixtures.folder.appendingPathComponent("four-answers.yaml").path }

    static func fourAnswersTree() throws -> Tree {
        let result = try TreeLoader.load(contentsOf: fourAnswersPath)
        guard let tree = result.tree else {
            throw Fixtures.FixtureError(message: result.diagnostics.map(\.summary).joined(separator: "\n"))
        }
        return tree
    }

    @Test func svgRootIsAnImageNamedByTheTitleAndDescribedByTheOutline() throws {
        let tree = try Self.fourAnswersTree()
        let svg = try Renderer.render(tree, format: .svg).data
        let document = try XMLDocument(data: svg, options: [])
        let root = try #require(document.rootElement())
        let attributes = Dictionary(
            (root.attributes ?? []).map { ($0.name ?? "", $0.stringValue ?? "") }, uniquingKeysWith: { first, _ in first })
        #expect(attributes["role"] == "img")
        #expect(attributes["aria-labelledby"] == "dtree-title")
        #expect(attributes["aria-describedby"] == "dtree-desc")
        let children = (root.children ?? []).compactMap { $0 as? XMLElement }
        #expect(children.prefix(2).map(\.localName) == ["title", "desc"])
        #expect(children.first?.stringValue == "Four answers a question")
        let description = try #require(children.dropFirst().first?.stringValue)
        #expect(description.contains("  If neck: Ask: Does it spread into the arm?"))
        #expect(
            description.contains("If both legs: refer to neurologist (urgency: emergency). Advice: Go to the emergency department now."))
        #expect(description.contains("If neither: go to 'physio' (above)"))
    }

    @Test func outlineWritesEachNodeOnceInAnswerOrder() throws {
        let tree = try Self.fourAnswersTree()
        let outline = TreeOutline(tree)
        let top = outline.lines.filter { $0.depth == 1 }.map { $0.text.prefix(while: { $0 != ":" }) }
        #expect(top == ["If neck", "If upper back", "If lower back", "If whole back"])
        let described = outline.lines.filter { !$0.text.contains("(above)") }.map(\.node)
        #expect(Set(described).count == described.count)
        #expect(Set(described) == Set(tree.nodes.indices))
        #expect(outline.lines.first?.text == "Ask: Where is the numbness felt most?")
        #expect(outline.text.contains("\n      Then: outcome: Watch and wait. Advice: Come back if it gets worse."))
    }

    @Test func hostileLabelsInTheDescriptionAreInertText() throws {
        let tree = try RenderFixtures.hostileTree()
        let svg = try Renderer.render(tree, format: .svg).data
        let facts = try SVGFacts(svg)
        facts.expectNoScript()
        let document = try XMLDocument(data: svg, options: [])
        let desc = try #require((document.rootElement()?.children ?? []).compactMap { $0 as? XMLElement }.first { $0.localName == "desc" })
        #expect(desc.childCount == 1, "the description is one text node, no elements")
        #expect(desc.stringValue?.contains("<script>alert(8)</script> \\N specialist") == true)
    }

    @Test func answersKeepWrittenOrderAndLabelsAreTiedToTheirEdges() throws {
        for rankdir in RankDirection.allCases {
            let tree = try Self.fourAnswersTree()
            let dot = Renderer.dot(tree, options: RenderOptions(rankdir: rankdir))
            #expect(dot.contains("ordering=\"out\""))
            let fromWhere = dot.split(separator: "\n").filter { $0.hasPrefix("  \"where\" -> ") }
            #expect(
                fromWhere.map {
                    $0.contains("label=<\(["neck", "upper back", "lower back", "whole back"][fromWhere.firstIndex(of: $0) ?? 0])>")
                } == [true, true, true, true])
            let edgeLines = dot.split(separator: "\n").filter { $0.contains(" -> ") }
            #expect(edgeLines.allSatisfy { $0.contains("decorate=\"true\"") })
        }
    }

    @Test func pathReadsWithoutColourByWidthAndDash() throws {
        let tree = try Self.fourAnswersTree()
        let answers = try Answers(assignments: ["where=neck", "arm=neither"], in: tree)
        let dot = Renderer.dot(tree, options: RenderOptions(answers: answers))
        let lines = dot.split(separator: "\n")
        let taken = try #require(lines.first { $0.hasPrefix("  \"where\" -> \"arm\"") })
        let notTaken = try #require(lines.first { $0.hasPrefix("  \"where\" -> \"chest\"") })
        #expect(taken.contains("style=\"solid\"") && taken.contains("penwidth=3.5"))
        #expect(notTaken.contains("style=\"dotted\"") && notTaken.contains("penwidth=1.2"))
        let offNode = try #require(lines.first { $0.hasPrefix("  \"chest\" [") })
        #expect(offNode.contains("style=\"filled,dashed\""))
        let end = try #require(lines.first { $0.hasPrefix("  \"home\" [") })
        #expect(end.contains("★ REACHED WITH<BR ALIGN=\"CENTER\"/>THESE ANSWERS"))
    }
}
