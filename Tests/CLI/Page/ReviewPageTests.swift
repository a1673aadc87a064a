@testable import DecisionTreePage
import TestSupport
@testable import DecisionTree
import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing

/// Issue 11: the review page is well-formed, self-contained, carries no handler and keeps
/// hostile text inert.
@Suite struct ReviewPageTests {
    /// Everything the assertions need from a parsed page.
    struct Parsed {
        var document: XMLDocument
        var elements: [XMLElement] = []

        init(_ html: String) throws {
            document = try XMLDocument(data: Data(html.utf8), options: [])
            var stack = [try #require(document.rootElement())]
            while let element = stack.popLast() {
                elements.append(element)
                stack += (element.children ?? []).compactMap { $0 as? XMLElement }.reversed()
            }
        }

        func named(_ name: String) -> [XMLElement] { elements.filter { ($0.localName ?? $0.name) == name } }

        func attribute(_ element: XMLElement, _ name: String) -> String? {
            (element.attributes ?? []).first { $0.name == name }?.stringValue
        }

        var attributes: [(element: String, name: String, value: String)] {
            elements.flatMap { element in (element.attributes ?? []).map { (element.localName ?? "", $0.name ?? "", $0.stringValue ?? "") }
            }
        }
    }

    static func page(_ tree: Tree, tests: ReviewTests? = nil) throws -> String {
        try ReviewPage(tree: tree, fileName: "tree.yaml", tests: tests).html()
    }

    static func expectSelfContainedAndInert(_ parsed: Parsed, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for (element, name, value) in parsed.attributes {
            let bare = name.lowercased().split(separator: ":").last.map(String.init) ?? ""
            #expect(!bare.hasPrefix("on"), "inline handler \(name) on \(element)", sourceLocation: sourceLocation)
            #expect(
                !["src", "href", "action", "formaction", "srcset", "poster", "data"].contains(bare),
                "reference \(name)=\(value) on \(element)", sourceLocation: sourceLocation)
            // Titles and labels are text (a hostile tooltip may say "javascript:"); other values may not.
            if !bare.hasSuffix("title"), !bare.hasPrefix("aria-"), value.contains("://") || value.lowercased().contains("javascript:") {
                #expect(name.hasPrefix("xmlns"), "\(name)=\(value) on \(element)", sourceLocation: sourceLocation)
            }
        }
        for name in ["link", "img", "iframe", "object", "embed", "foreignObject", "image", "use", "base", "form"] {
            #expect(parsed.named(name).isEmpty, "a <\(name)> element", sourceLocation: sourceLocation)
        }
        let scripts = parsed.named("script")
        #expect(scripts.count == 3, sourceLocation: sourceLocation)
        #expect(
            scripts.map { parsed.attribute($0, "type") } == ["application/json", "application/json", nil], sourceLocation: sourceLocation)
    }

    /// Issue 20: the page shows each node's inference labelled as the tree's own words (table,
    /// details panel, end of a walk), a recommendation's GRADE evidence, and says when a tree
    /// grades none.
    @Test func thePageShowsInferenceAndSaysWhenNoEvidenceIsGraded() throws {
        let basis = Phrasebook.english.basis
        let shipped = try Self.page(try Fixtures.shippedTree())
        _ = try Parsed(shipped)
        #expect(shipped.contains(basis.noEvidence))
        #expect(
            shipped.contains(
                "<div class=\"inference\">Inference (the tree&#39;s own words, not the source&#39;s): The text names polycystic ovaries"))
        #expect(shipped.contains("[\"inference\",\"Inference (the tree's own words, not the source's): Safety net:"))
        let graded = try Fixtures.tree(
            """
            tree: graded
            title: Graded
            start: q
            nodes:
              q:
                question: Numb?
                answers: {yes: ref, no: calm}
              ref:
                refer: neurologist
                evidence: {certainty: moderate, strength: strong}
              calm:
                outcome: Do not worry
                reassures: true
            """)
        let page = try Self.page(graded)
        #expect(!page.contains(basis.noEvidence))
        #expect(page.contains("Evidence (GRADE): certainty moderate; strong recommendation"))
    }

    @Test func pageIsWellFormedSelfContainedAndItsCSPNamesItsOwnScriptAndStyle() throws {
        let html = try Self.page(try Fixtures.engineTree())
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"))
        let parsed = try Parsed(html)
        Self.expectSelfContainedAndInert(parsed)
        let policy = try #require(
            parsed.named("meta").compactMap { meta in
                parsed.attribute(meta, "http-equiv") == "Content-Security-Policy" ? parsed.attribute(meta, "content") : nil
            }.first)
        #expect(policy.hasPrefix("default-src 'none'; "))
        // The hashes cover the exact text between the tags, CDATA markers included.
        let script = ReviewPageAssets.script, style = ReviewPageAssets.style
        #expect(html.contains("<script>" + script + "</script>"))
        #expect(html.contains("<style>" + style + "</style>"))
        #expect(policy.contains("script-src \(CSPHash.source(script));"))
        #expect(policy.contains("style-src \(CSPHash.source(style));"))
        #expect(!policy.contains("unsafe"))
        let svg = try #require(parsed.named("svg").first)
        #expect(parsed.attribute(svg, "role") == "img")
    }

    @Test func hostileLabelsComeOutAsInertText() throws {
        let tree = try RenderFixtures.hostileTree()
        let html = try Self.page(tree)
        let parsed = try Parsed(html)
        Self.expectSelfContainedAndInert(parsed)
        // The labels are there, as text, literally.
        let cells = parsed.named("td").compactMap(\.stringValue)
        #expect(cells.contains(tree.nodes[0].prompt ?? "?"))
        #expect(cells.contains("Help <script>alert(4)</script> \\N \"tip\" &#92;G end\\"))
        #expect(parsed.named("h1").first?.stringValue == tree.title)
        // The JSON blocks parse back to the same text: nothing closed them early.
        let model = try #require(parsed.named("script").first?.stringValue)
        #expect(!model.contains("<") && !model.contains("&"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(model.utf8)) as? [String: Any])
        #expect(object["title"] as? String == tree.title)
        // Raw markup never reaches the page: no element named by a label.
        #expect(parsed.named("b").isEmpty, "<b> from a label")
        #expect(parsed.named("style").count == 1)
        #expect(parsed.named("svg").count == 1)
    }

    @Test func htmlTextEscapesEverythingItIsGiven() {
        let text = HTMLText(escaping: "<a href=\"x\" onclick='y'>&\u{0}</a>")
        #expect(text.markup == "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp; &lt;/a&gt;")
        let element = HTMLText.element("p", [("title", "\"><script>")], text: "</p>")
        #expect(element.markup == "<p title=\"&quot;&gt;&lt;script&gt;\">&lt;/p&gt;</p>")
    }

    @Test func thePageShowsTheContentHashWhichIgnoresLayout() throws {
        let tree = try Fixtures.engineTree()
        let hash = ContentHash.of(tree)
        #expect(hash == Digest.sha256Hex(JSONExport.canonicalText(tree).utf8))
        let text = try String(contentsOfFile: Fixtures.engineTreePath, encoding: .utf8)
        let relaidOut = try Fixtures.tree("# a comment first\n\n" + text)
        #expect(ContentHash.of(relaidOut) == hash)
        #expect(try Self.page(tree).contains("<code id=\"content-hash\">\(hash)</code>"))
    }

    @Test func scenarioResultsShowDivergenceCoverageAndReplayablePaths() throws {
        let folder = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/scenarios")
        let file = try ScenarioLoader.load(contentsOf: folder.appendingPathComponent("failing/clinic.tests.yaml").path)
        let tree = try #require(file.tree)
        let tests = ReviewTests(ScenarioRun(file: file), for: tree)
        #expect(tests.entries.contains { !$0.passed && !$0.details.isEmpty })
        #expect(tests.entries.filter { $0.kind == .scenario }.allSatisfy { $0.path != nil })
        let parsed = try Parsed(try Self.page(tree, tests: tests))
        let failing = parsed.named("tr").filter { parsed.attribute($0, "class") == "fail" }
        #expect(!failing.isEmpty)
        #expect(failing.allSatisfy { $0.stringValue?.contains("✘ FAIL") == true })
        let replays = parsed.named("button").filter { parsed.attribute($0, "class") == "replay" }
        #expect(!replays.isEmpty)
        let coverage = try #require(parsed.elements.first { parsed.attribute($0, "id") == "coverage" }?.stringValue)
        #expect(coverage.hasPrefix("Coverage: "))
        if !tests.untestedOutcomes.isEmpty { #expect(coverage.hasSuffix("Untested outcomes:")) }
    }
}

/// The sign-off block says whether the tree's latest `review:` sign-off approved this content.
@Suite struct ReviewPageSignOffTests {
    static func tree(_ name: String) throws -> Tree {
        try #require(TreeLoader.load(contentsOf: CLI.packageRoot.appendingPathComponent("docs/examples/\(name)").path).tree)
    }

    @Test func aCurrentAStaleAndAMissingSignOffAreToldApart() throws {
        let current = try ReviewPageTests.page(Self.tree("back-numbness-v1.yaml"))
        #expect(current.contains("Approved by Dr A. Example (neurologist) on 2026-11-20"))
        #expect(current.contains("The sign-off is current"))
        let stale = try ReviewPageTests.page(Self.tree("back-numbness-v2.yaml"))
        #expect(stale.contains("Stale: the latest sign-off, by Dr A. Example (neurologist) on 2026-11-20, approved 99a7ac0a5e12"))
        let missing = try ReviewPageTests.page(Fixtures.engineTree())
        #expect(missing.contains("No sign-off yet"))
        for page in [current, stale, missing] { #expect(page.contains("Reviewed by:")) }
    }
}
