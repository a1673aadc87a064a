import DecisionTree
import DecisionTreeRendering
import Foundation

// Page/: `dtree review`'s page: one self-contained HTML file with the diagram, a stepper that
// follows the library's transition table, node details, scenario results, the outline, a
// table of nodes with their cites and the sign-off block (the tree's latest `review:` sign-off
// and whether it is current). Uses Model/, Rendering/, Export/, Execution/, Scenarios/ and
// Review/.

/// A review page for one tree: self-contained HTML that needs no network and runs from `file://`.
public struct ReviewPage: Sendable {
    /// The tree reviewed.
    public var tree: Tree
    /// The tree file's name as shown on the page (no folders).
    public var fileName: String
    /// The results of its scenario file, if it has one.
    public var tests: ReviewTests?
    /// The changes since an older version (`--against`), if any.
    public var diff: ReviewDiff?

    /// A page for `tree`, read from a file named `fileName`.
    public init(tree: Tree, fileName: String, tests: ReviewTests? = nil, diff: ReviewDiff? = nil) {
        self.tree = tree
        self.fileName = fileName
        self.tests = tests
        self.diff = diff
    }

    /// The page's HTML (also well-formed XML).
    /// - Throws: ``RenderError`` when Graphviz cannot draw the diagram.
    public func html() throws(RenderError) -> String {
        let svg = try Renderer.render(tree, format: .svg).data
        let hash = ContentHash.of(tree)
        let style = ReviewPageAssets.style
        let script = ReviewPageAssets.script
        let policy = "default-src 'none'; script-src \(CSPHash.source(script)); style-src \(CSPHash.source(style)); img-src data:; base-uri 'none'; form-action 'none'"
        var out = HTMLText("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
        out.append(.void("meta", [("charset", "utf-8")]))
        out.append(.void("meta", [(StaticString("http-equiv"), "Content-Security-Policy"), (StaticString("content"), policy)]))
        out.append(.void("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]))
        out.append(.element("title", text: "Review: " + tree.title))
        out.append(HTMLText("\n<style>") + HTMLText(rendered: style) + HTMLText("</style>\n</head>\n<body>\n"))
        out.append(header(hash: hash))
        out.append(HTMLText("<main>\n"))
        out.append(.element("section", [("id", "diagram"), ("aria-label", "Diagram")], diagram(svg)))
        out.append(.element("aside", [("id", "side")], stepper() + nodeDetails()))
        out.append(HTMLText("</main>\n"))
        out.append(outline())
        if let diff { out.append(diffSection(diff)) }
        out.append(testSection())
        out.append(nodeTable())
        out.append(signOffBlock(hash: hash))
        out.append(dataBlocks(hash: hash))
        out.append(HTMLText("<script>") + HTMLText(rendered: script) + HTMLText("</script>\n</body>\n</html>\n"))
        return out.markup
    }

    // MARK: Parts

    private func header(hash: String) -> HTMLText {
        var facts = "Tree \(tree.id)"
        if let version = tree.version { facts += " · version \(version)" }
        facts += " · file \(fileName)"
        var parts = HTMLText.element("h1", text: tree.title)
        if let disclaimer = tree.disclaimer, !disclaimer.isEmpty {
            parts.append(.element("p", [("class", "disclaimer")], text: disclaimer))
        }
        parts.append(.element("p", [("class", "facts")], text: facts))
        parts.append(.element("p", [("class", "facts")], .element("span", text: "Content hash (SHA-256 of the JSON model): ") + .element("code", [("id", "content-hash")], text: hash)))
        if let source = tree.source {
            parts.append(.element("p", [("class", "facts")], text: "Source: " + (source.title.map { "\($0) (\(source.file))" } ?? source.file)))
        }
        return .element("header", [], parts)
    }

    private func diagram(_ svg: Data) -> HTMLText {
        // Graphviz's SVG from its root tag on (no XML declaration, DOCTYPE or comments before it).
        let text = String(decoding: svg, as: UTF8.self)
        let root = text.range(of: "<svg").map { String(text[$0.lowerBound...]) } ?? ""
        return .element("h2", text: "Diagram") + .element("p", [("class", "hint")], text: "Click a box, or tab to it and press Enter, to read its text, help and source.")
            + .element("div", [("class", "chart")], HTMLText(rendered: root))
    }

    private func stepper() -> HTMLText {
        .element("section", [("id", "stepper-panel"), ("aria-label", "Try the tree")],
                 .element("h2", text: "Try it")
                 + .element("div", [("id", "stepper"), ("aria-live", "polite")], .element("p", text: "The stepper needs JavaScript; the diagram, outline and tables below work without it."))
                 + .element("div", [("class", "controls")],
                            .element("button", [("type", "button"), ("id", "back")], text: "◀ Back")
                            + .element("button", [("type", "button"), ("id", "restart")], text: "↺ Restart"))
                 + .element("h3", text: "Path so far")
                 + .element("ol", [("id", "path")]))
    }

    private func nodeDetails() -> HTMLText {
        .element("section", [("id", "node-details"), ("aria-label", "Node details"), ("aria-live", "polite")],
                 .element("h2", text: "Node details") + .element("p", [("class", "hint")], text: "Choose a box on the diagram."))
    }

    private func outline() -> HTMLText {
        .element("section", [("id", "outline-section")],
                 .element("details", [("id", "outline")],
                          .element("summary", text: "Text outline of the whole tree")
                          + .element("pre", text: TreeOutline(tree).text)))
    }

    private func diffSection(_ diff: ReviewDiff) -> HTMLText {
        var body = HTMLText.element("h2", text: "Changes since " + diff.oldFile + (diff.oldVersion.map { " (version \($0))" } ?? ""))
        body.append(.element("p", [("class", "facts")], .element("span", text: "Old content hash: ") + .element("code", text: diff.oldHash)))
        if diff.changes.isEmpty {
            body.append(.element("p", [("id", "diff-summary")], text: "No node changed."))
            return .element("section", [("id", "changes")], body)
        }
        body.append(.element("p", [("id", "diff-summary")], text: "\(diff.changes.count) node\(diff.changes.count == 1 ? "" : "s") changed; on the diagram a changed or added node has a purple dotted border and ✎ in its name for screen readers."))
        func rows(_ changes: [ReviewDiff.Change]) -> HTMLText {
            var rows = HTMLText.element("tr", [], .element("th", text: "Node") + .element("th", text: "Change") + .element("th", text: "What changed"))
            for change in changes {
                rows.append(.element("tr", [("class", "change-" + change.kind.rawValue)],
                                     .element("td", [], .element("code", text: change.id)) + .element("td", text: change.kind.rawValue)
                                     + .element("td", text: change.fields.joined(separator: ", "))))
            }
            return .element("table", [("class", "changes")], rows)
        }
        body.append(.element("h3", text: "Changed outcomes and referrals"))
        body.append(diff.changedEnds.isEmpty ? .element("p", text: "None.") : rows(diff.changedEnds))
        body.append(.element("h3", text: "Every changed node"))
        body.append(rows(diff.changes))
        return .element("section", [("id", "changes")], body)
    }

    private func testSection() -> HTMLText {
        var body = HTMLText.element("h2", text: "Scenario tests")
        guard let tests else {
            body.append(.element("p", text: "No scenario file (NAME.tests.yaml beside the tree, or --tests FILE)."))
            return .element("section", [("id", "tests")], body)
        }
        body.append(.element("p", text: "From " + URL(fileURLWithPath: tests.file).lastPathComponent + "."))
        if let error = tests.error {
            body.append(.element("p", [("class", "fail")], text: "The scenario file could not be run: " + error))
        }
        let passed = tests.entries.filter(\.passed).count
        body.append(.element("p", [("id", "tests-summary")], text: "\(passed) passed, \(tests.entries.count - passed) failed"))
        var rows = HTMLText.element("tr", [], .element("th", text: "Kind") + .element("th", text: "Name") + .element("th", text: "Result") + .element("th", text: "Details") + .element("th", [("class", "noprint")], text: "Diagram"))
        for (index, entry) in tests.entries.enumerated() {
            let kind = entry.kind == .invariant ? "invariant" : "case"
            let details = HTMLText.join(entry.details.map { .element("div", text: $0) })
            let replay: HTMLText = entry.path.map { _ in
                .element("button", [("type", "button"), ("class", "replay"), ("data-case", String(index))], text: entry.kind == .invariant ? "Show counterexample" : "Replay")
            } ?? .empty
            rows.append(.element("tr", [("class", entry.passed ? "pass" : "fail")],
                                 .element("td", text: kind) + .element("td", text: entry.name)
                                 + .element("td", text: entry.passed ? "✔ pass" : "✘ FAIL")
                                 + .element("td", [], details) + .element("td", [("class", "noprint")], replay)))
        }
        body.append(.element("table", [("class", "results")], rows))
        var coverage = "Coverage: \(Coverage.format(tests.outcomePercent)) of outcomes, \(Coverage.format(tests.edgePercent)) of answers."
        coverage += tests.untestedOutcomes.isEmpty ? " Every outcome is tested." : " Untested outcomes:"
        body.append(.element("p", [("id", "coverage")], text: coverage))
        if !tests.untestedOutcomes.isEmpty {
            body.append(.element("ul", [], .join(tests.untestedOutcomes.map { .element("li", text: Self.heading(tree.nodes[$0], in: tree) + " (\(tree.nodes[$0].id))") })))
        }
        return .element("section", [("id", "tests")], body)
    }

    private func nodeTable() -> HTMLText {
        var rows = HTMLText.element("tr", [], .element("th", text: "Node") + .element("th", text: "What it says") + .element("th", text: "Help") + .element("th", text: "Source (cite)"))
        for node in tree.nodes {
            var what = HTMLText.element("div", text: Self.heading(node, in: tree))
            if !node.items.isEmpty { what.append(.element("ul", [], .join(node.items.map { .element("li", text: $0) }))) }
            if let advice = node.advice, !advice.isEmpty { what.append(.element("div", text: "Advice: " + advice)) }
            rows.append(.element("tr", [], .element("td", [], .element("code", text: node.id) + .element("div", [("class", "kind")], text: node.kind.rawValue))
                                 + .element("td", [], what) + .element("td", text: node.help ?? "")
                                 + .element("td", text: node.cite ?? "")))
        }
        return .element("section", [("id", "nodes")], .element("h2", text: "Every node and its source") + .element("table", [("class", "nodes")], rows))
    }

    private func signOffBlock(hash: String) -> HTMLText {
        var body = HTMLText.element("h2", text: "Sign-off")
        switch ReviewCheck.status(of: tree) {
        case .missing:
            body.append(.element("p", text: "No sign-off yet (the tree's review: list is empty). Sign for exactly this content:"))
        case .current(let latest):
            body.append(.element("p", [("class", "sign-off current")], text: "Approved by \(latest.by) (\(latest.role)) on \(latest.date)\(latest.note.map { ": \($0)" } ?? ""). The sign-off is current: it approved exactly this content."))
        case .stale(let latest):
            body.append(.element("p", [("class", "sign-off stale")], text: "Stale: the latest sign-off, by \(latest.by) (\(latest.role)) on \(latest.date), approved \(latest.sha256.prefix(12)), and the content has changed since. Sign again for exactly this content:"))
        }
        body.append(.element("p", [], .element("code", text: hash)))
        body.append(.element("p", [("class", "sign-line")], text: "Reviewed by: ______________________   Role: ______________   Date: ____________   Signature: ______________"))
        return .element("section", [("id", "sign-off")], body)
    }

    private func dataBlocks(hash: String) -> HTMLText {
        // JSON in script blocks is HTML-safe: '<', '>' and '&' are \u escapes, so no label can
        // close the block, and the page still parses as XML.
        let transitions = tree.nodes.map { node -> String in
            switch node.transition {
            case .choose: "\"choose\""
            case .check: "\"check\""
            case .pass: "\"pass\""
            case .end: "\"end\""
            }
        }
        var cases: [String] = []
        for entry in tests?.entries ?? [] {
            guard let path = entry.path else { cases.append("null"); continue }
            let steps = path.steps.map { step in
                "[\(step.node),\(step.edge),\(JSONExport.string(step.readableText(in: tree))),\(step.isAnswered ? "true" : "false")]"
            }
            cases.append("{\"name\":\(JSONExport.string(entry.name)),\"steps\":[\(steps.joined(separator: ","))],\"end\":\(path.end)}")
        }
        let changed = (diff?.changes ?? []).compactMap { change in change.newIndex.map { "[\($0),\(JSONExport.string(change.kind.rawValue))]" } }
        let page = "{\"file\":\(JSONExport.string(fileName)),\"hash\":\(JSONExport.string(hash)),\"transitions\":[\(transitions.joined(separator: ","))],\"cases\":[\(cases.joined(separator: ","))],\"changed\":[\(changed.joined(separator: ","))]}"
        return HTMLText("<script type=\"application/json\" id=\"dtree-model\">") + HTMLText(rendered: JSONExport.text(tree))
            + HTMLText("</script>\n<script type=\"application/json\" id=\"dtree-page\">") + HTMLText(rendered: page) + HTMLText("</script>\n")
    }

    /// A node's main line: its question, checklist, "Refer to: NAME (urgency: WORDS)" or outcome.
    static func heading(_ node: Node, in tree: Tree) -> String {
        switch node.content {
        case .question(let question): question.text
        case .checklist(let checklist): checklist.text
        case .refer(let referral):
            "Refer to: " + tree.displayName(ofSpecialist: referral.specialist) + (tree.urgencyText(of: referral).map { " (urgency: \($0))" } ?? " (urgency not stated)")
        case .outcome(let outcome): outcome.text
        }
    }
}
