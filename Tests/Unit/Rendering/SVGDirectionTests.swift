@testable import DecisionTree
@testable import DecisionTreeRendering
import Foundation
import TestSupport
import Testing

/// Right-to-left labels are marked in the SVG; others are left exactly as Graphviz wrote them.
@Suite struct SVGDirectionTests {
    @Test func aRightToLeftLabelGetsDirectionAndItsLeftEdgeAnchor() {
        let svg = """
            <svg><text text-anchor="start" x="10" y="5">ألم الركبة</text>
            <text text-anchor="middle" x="50" y="9">«שלום»</text>
            <text text-anchor="start" x="10" y="20">Refer: قريبًا</text></svg>
            """
        let marked = String(decoding: SVGDirection.mark(Data(svg.utf8)), as: UTF8.self)
        #expect(marked.contains("<text text-anchor=\"end\" x=\"10\" y=\"5\" direction=\"rtl\" unicode-bidi=\"embed\">ألم الركبة</text>"))
        #expect(marked.contains("<text text-anchor=\"middle\" x=\"50\" y=\"9\" direction=\"rtl\" unicode-bidi=\"embed\">«שלום»</text>"))
        #expect(marked.contains("<text text-anchor=\"start\" x=\"10\" y=\"20\">Refer: قريبًا</text>"))
        let plain = Data("<svg><text text-anchor=\"start\">Боль</text></svg>".utf8)
        #expect(SVGDirection.mark(plain) == plain)
    }

    @Test func anArabicRenderMarksItsLabels() throws {
        let tree = try Fixtures.tree(
            """
            tree: t
            title: ألم الركبة
            start: q
            nodes:
              q: {question: هل تورمت الركبة؟, answers: {yes: a, no: b}}
              a: {outcome: نعم}
              b: {outcome: لا}
            """)
        let svg = String(decoding: try Renderer.render(tree, format: .svg).data, as: UTF8.self)
        #expect(svg.contains("direction=\"rtl\" unicode-bidi=\"embed\">ألم الركبة</text>"))
    }
}
