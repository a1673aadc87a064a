@testable import DecisionTree
@testable import DecisionTreeRendering
import Foundation
import TestSupport
import Testing

@Suite struct GraphvizRenderTests {
    @Test func shippedSVGShowsEveryNodesTextAndTooltips() throws {
        let tree = try Fixtures.shippedTree()
        let svg = try SVGFacts(Renderer.render(tree, format: .svg).data)
        let text = svg.joinedText
        for node in tree.nodes {
            let shown: String
            switch node.content {
            case .question(let question): shown = question.text
            case .number(let number): shown = number.text
            case .checklist(let checklist): shown = checklist.text
            case .refer(let referral): shown = tree.displayName(ofSpecialist: referral.specialist)
            case .outcome(let outcome): shown = outcome.text
            }
            #expect(text.contains(UntrustedText.collapsed(shown)), "\(node.id): \(shown)")
            #expect(text.contains(node.id), "\(node.id)")
            for item in node.items { #expect(text.contains("☐ " + item), "\(item)") }
            if let advice = node.advice { #expect(text.contains(UntrustedText.collapsed(advice)), "\(node.id) advice") }
        }
        #expect(text.contains(tree.title))
        #expect(text.contains("Legend"))
        let tooltips = svg.attributes.filter { $0.0 == "xlink:title" || $0.0 == "title" }.map(\.1)
        for node in tree.nodes {
            if let cite = node.cite { #expect(tooltips.contains { $0.contains(UntrustedText.collapsed(cite)) }, "\(node.id) cite") }
            if let help = node.help { #expect(tooltips.contains { $0.contains(UntrustedText.collapsed(help)) }, "\(node.id) help") }
        }
        svg.expectNoScript()
    }

    @Test func hostileLabelsPrintLiterallyAndNothingCanRun() throws {
        let tree = try RenderFixtures.hostileTree()
        let svg = try SVGFacts(Renderer.render(tree, format: .svg).data)
        svg.expectNoScript()
        let text = svg.joinedText
        #expect(text.contains(#"Title \N \G "quoted" <script>alert(1)</script> end\"#))
        #expect(text.contains(#"Question \N \G \E \T \H \L \n \l \r "q" <TABLE> &lt; onload=alert(1) end\"#))
        #expect(text.contains(#"☐ Item \N \l with "quotes" & <br/>"#))
        #expect(text.contains("☐ &#60;script&#62;"))
        #expect(text.contains(#"yes \\ \N"#))
        #expect(text.contains("Line one line two \\ end"))
        let tooltip = try #require(svg.attributes.first { $0.0 == "xlink:title" && $0.1.hasPrefix("Help:") }?.1)
        #expect(
            tooltip
                == "Help: Help <script>alert(4)</script> \\N \"tip\" &#92;G end\\\n\nSource: Cite <a href=\"javascript:alert(5)\">x</a> \\\\\\\\ &amp;"
        )
    }

    @Test func pathHighlightIsDrawn() throws {
        let tree = try Fixtures.engineTree()
        let options = RenderOptions(answers: try Answers(assignments: ["red_flags=2, tingling"], in: tree))
        let output = try Renderer.render(tree, format: .svg, options: options)
        let svg = try SVGFacts(output.data)
        #expect(svg.joinedText.contains("★ REACHED WITH THESE ANSWERS"))
        #expect(svg.joinedText.contains("☑ Pain increases with movement"))
        #expect(svg.joinedText.contains("☑ Tingling"))
        #expect(svg.joinedText.contains("☐ Dizzy when standing up"))
        let strokes = svg.attributes.filter { $0.0 == "stroke" }.map { $0.1.lowercased() }
        #expect(strokes.contains(ClinicianStyle.pathColor.lowercased()))
        #expect(strokes.contains(ClinicianStyle.dimBorder.lowercased()))
        #expect(output.warnings.isEmpty)
    }

    @Test(arguments: [
        (RenderFormat.png, [UInt8]([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])), (.pdf, Array("%PDF-".utf8)),
        (.svg, Array("<?xml".utf8)),
    ])
    func outputsStartWithTheirMagicBytes(format: RenderFormat, magic: [UInt8]) throws {
        let data = try Renderer.render(try Fixtures.shippedTree(), format: format).data
        #expect(data.count > 1000)
        #expect(Array(data.prefix(magic.count)) == magic)
    }

    @Test func concurrentRendersProduceIdenticalBytes() async throws {
        let tree = try Fixtures.shippedTree()
        let expectedSVG = try Renderer.render(tree, format: .svg).data
        let expectedPNG = try Renderer.render(tree, format: .png).data
        let results = try await withThrowingTaskGroup(of: (RenderFormat, Data).self) { group in
            for index in 0..<32 {
                let format: RenderFormat = index.isMultiple(of: 2) ? .svg : .png
                group.addTask { (format, try Renderer.render(tree, format: format).data) }
            }
            var all: [(RenderFormat, Data)] = []
            for try await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 32)
        for (format, data) in results {
            #expect(data == (format == .svg ? expectedSVG : expectedPNG), "\(format) differs")
        }
    }

    @Test func graphvizErrorsBecomeSwiftErrorsAndDoNotPoisonTheNextRender() throws {
        #expect(throws: RenderError.self) { try Renderer.render(dot: "digraph { a -> ; }", format: .svg) }
        do {
            _ = try Renderer.render(dot: "digraph { a -> ; }", format: .svg)
        } catch {
            guard case .graphviz(let stage, let message) = error else { Issue.record("\(error)"); return }
            #expect(stage == "parse")
            #expect(message.contains("syntax error"))
        }
        do {
            _ = try Renderer.render(dot: "digraph { a [label=<<B>x</I>>]; }", format: .svg)
            Issue.record("a broken HTML label rendered")
        } catch {
            guard case .graphviz(let stage, _) = error else { Issue.record("\(error)"); return }
            #expect(stage == "layout")
        }
        do {
            _ = try GraphvizGate.shared.render(dot: "digraph { a; }", format: "no-such-format")
            Issue.record("an unknown format rendered")
        } catch {
            #expect(error == .graphviz(stage: "render", message: "renderer for no-such-format is unavailable"))
        }
        let svg = try Renderer.render(dot: "digraph { a -> b; }", format: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("</svg>"))
    }

    @Test func formatComesFromTheExtension() {
        #expect(RenderFormat(path: "out/x.SVG") == .svg)
        #expect(RenderFormat(path: "x.png") == .png)
        #expect(RenderFormat(path: "x.pdf") == .pdf)
        #expect(RenderFormat(path: "x.gv") == .dot)
        #expect(RenderFormat(path: "x.jpeg") == nil)
        #expect(RenderFormat(path: "x") == nil)
    }
}
