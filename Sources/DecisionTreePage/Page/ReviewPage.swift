import DecisionTree
import DecisionTreeRendering
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
    /// The words on the page, its script's included.
    public var words: Phrasebook = .english
    /// The tree's hazard log, if it has one: each node shows the hazards that name it.
    public var hazards: HazardFile?

    /// The language the tree is shown in (`lang` on the page; a right-to-left language also
    /// sets `dir="rtl"`).
    public var language = "en"

    /// Whether `language` is written right to left (Arabic, Hebrew, Persian, Urdu, Yiddish, …).
    static func isRightToLeft(_ language: String) -> Bool {
        ["ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb"].contains(language.prefix { $0.isLetter }.lowercased())
    }

    /// The tree in another language the page's switch offers: its language, the tree as shown
    /// in it and dtree's words for it. Only reviewed translations belong here (and the tree as
    /// written, when the page shows a translation named with `--lang`).
    public struct Alternate: Sendable {
        /// The language tag (`ru`).
        public var language: String
        /// The tree as shown in the language.
        public var tree: Tree
        /// dtree's own words in the language.
        public var words: Phrasebook
        /// One alternate language for the switch.
        public init(language: String, tree: Tree, words: Phrasebook) {
            self.language = language
            self.tree = tree
            self.words = words
        }
    }

    /// The other languages the page carries, each with its own diagram and stepper words; with
    /// any, the page has a language switch (`#languages`) that re-labels the stepper and the
    /// node details and shows that language's diagram.
    public var alternates: [Alternate] = []

    /// The mutation run of its scenario file (`dtree review --mutants`), if asked for: the page
    /// shows the score and each surviving mutant under the test results.
    public var mutation: TreeMutation?

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
        // With --against, the diagram is the diff picture: NEW with the changes marked.
        var options = RenderOptions(changes: diff?.marks)
        options.words = words
        let svg = try Renderer.render(tree, format: .svg, options: options).data
        let hash = ContentHash.of(tree)
        let style = ReviewPageAssets.style
        let script = ReviewPageAssets.script
        let policy =
            "default-src 'none'; script-src \(CSPHash.source(script)); style-src \(CSPHash.source(style)); img-src data:; base-uri 'none'; form-action 'none'"
        var out = HTMLText("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        out.append(HTMLText(escaping: language))
        out.append(Self.isRightToLeft(language) ? HTMLText("\" dir=\"rtl\">\n<head>\n") : HTMLText("\">\n<head>\n"))
        out.append(.void("meta", [("charset", "utf-8")]))
        out.append(.void("meta", [(StaticString("http-equiv"), "Content-Security-Policy"), (StaticString("content"), policy)]))
        out.append(.void("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]))
        out.append(.element("title", text: words.page.title(tree.title)))
        out.append(HTMLText("\n<style>") + HTMLText(rendered: style) + HTMLText("</style>\n</head>\n<body>\n"))
        out.append(header(hash: hash))
        out.append(HTMLText("<main>\n"))
        var charts = diagram(svg)
        for alternate in alternates {
            // Each other language's diagram waits in a template (inert, its ids out of the
            // document) until the switch shows it.
            var other = RenderOptions(changes: diff?.marks)
            other.words = alternate.words
            let data = try Renderer.render(alternate.tree, format: .svg, options: other).data
            charts.append(
                .element(
                    "template", [(StaticString("class"), "chart-language"), (StaticString("data-lang"), alternate.language)],
                    HTMLText(rendered: Self.svgRoot(data))))
        }
        out.append(.element("section", [("id", "diagram"), (StaticString("aria-label"), words.page.diagram)], charts))
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
        let facts = words.page.facts(tree.id, tree.version, fileName)
        // Each part the language switch re-words has an id (review-page.js, `headerWords`).
        var parts = HTMLText.element("h1", [("id", "page-title")], text: tree.title)
        if let disclaimer = tree.disclaimer, !disclaimer.isEmpty {
            parts.append(.element("p", [("class", "disclaimer"), ("id", "page-disclaimer")], text: disclaimer))
        }
        parts.append(.element("p", [("class", "facts"), ("id", "page-facts")], text: facts))
        parts.append(
            .element(
                "p", [("class", "facts")],
                .element("span", [("id", "content-hash-label")], text: words.page.contentHash)
                    + .element("code", [("id", "content-hash")], text: hash)))
        if let source = tree.source {
            parts.append(.element("p", [("class", "facts"), ("id", "page-source")], text: words.page.source(source.title, source.file)))
        }
        parts.append(languageSwitch())
        return .element("header", [], parts)
    }

    /// Graphviz's SVG from its root tag on (no XML declaration, DOCTYPE or comments before it).
    static func svgRoot(_ svg: Data) -> String {
        let text = String(decoding: svg, as: UTF8.self)
        return text.firstRange(of: "<svg").map { String(text[$0.lowerBound...]) } ?? ""
    }

    private func diagram(_ svg: Data) -> HTMLText {
        .element("h2", [("id", "diagram-heading")], text: words.page.diagram)
            + .element("p", [("class", "hint"), ("id", "diagram-hint")], text: words.page.diagramHint)
            + .element(
                "div", [(StaticString("class"), "chart"), (StaticString("data-lang"), language)], HTMLText(rendered: Self.svgRoot(svg)))
    }

    /// The language switch: one button per language the page carries, the shown one pressed;
    /// nothing when the page carries one language.
    private func languageSwitch() -> HTMLText {
        guard !alternates.isEmpty else { return .empty }
        let languages = [language] + alternates.map(\.language)
        let buttons = HTMLText.join(
            languages.map { tag -> HTMLText in
                let pressed = tag == language ? "true" : "false"
                return .element(
                    "button",
                    [
                        (StaticString("type"), "button"), (StaticString("class"), "language"), (StaticString("data-lang"), tag),
                        (StaticString("lang"), tag), (StaticString("aria-pressed"), pressed),
                    ],
                    text: tag)
            })
        return .element(
            "nav", [("id", "languages"), ("class", "noprint"), (StaticString("aria-label"), words.page.languages)],
            .element("span", text: words.page.languages + " ") + buttons)
    }

    private func stepper() -> HTMLText {
        let page = words.page
        let controls: HTMLText =
            .element("button", [("type", "button"), ("id", "back")], text: page.back)
            + .element("button", [("type", "button"), ("id", "restart")], text: page.restart)
        var body: HTMLText = .element("h2", [("id", "stepper-heading")], text: page.stepperHeading)
        body.append(.element("div", [("id", "stepper"), ("aria-live", "polite")], .element("p", text: page.needsJavaScript)))
        body.append(.element("div", [("class", "controls")], controls))
        body.append(.element("h3", [("id", "path-heading")], text: page.pathSoFar))
        body.append(.element("ol", [("id", "path")]))
        return .element("section", [("id", "stepper-panel"), (StaticString("aria-label"), page.stepperName)], body)
    }

    private func nodeDetails() -> HTMLText {
        .element(
            "section", [("id", "node-details"), (StaticString("aria-label"), words.page.nodeDetails), ("aria-live", "polite")],
            .element("h2", text: words.page.nodeDetails) + .element("p", [("class", "hint")], text: words.page.chooseABox))
    }

    private func outline() -> HTMLText {
        .element(
            "section", [("id", "outline-section")],
            .element(
                "details", [("id", "outline")],
                .element("summary", text: words.page.outline)
                    + .element("pre", text: TreeOutline(tree, words: words).text)))
    }

    private func diffSection(_ diff: ReviewDiff) -> HTMLText {
        var body = HTMLText.element("h2", text: words.page.changesSince(diff.oldFile, diff.oldVersion))
        body.append(.element("p", [("class", "facts")], .element("span", text: words.page.oldHash) + .element("code", text: diff.oldHash)))
        if diff.changes.isEmpty {
            body.append(.element("p", [("id", "diff-summary")], text: words.page.noNodeChanged))
            return .element("section", [("id", "changes")], body)
        }
        body.append(.element("p", [("id", "diff-summary")], text: words.page.nodesChanged(diff.changes.count)))
        func rows(_ changes: [ReviewDiff.Change]) -> HTMLText {
            var rows = HTMLText.element("tr", [], .join(words.page.changeColumns.map { .element("th", text: $0) }))
            for change in changes {
                rows.append(
                    .element(
                        "tr", [("class", "change-" + change.kind.rawValue)],
                        .element("td", [], .element("code", text: change.id)) + .element("td", text: change.kind.rawValue)
                            + .element("td", text: change.fields.joined(separator: ", "))))
            }
            return .element("table", [("class", "changes")], rows)
        }
        body.append(.element("h3", text: words.page.changedEnds))
        body.append(outcomeList(diff))
        body.append(.element("h3", text: words.page.everyChangedNode))
        body.append(rows(diff.changes))
        let edges = diff.tree.structure.edges
        if !edges.isEmpty {
            var table = HTMLText.element("tr", [], .join(words.page.edgeColumns.map { .element("th", text: $0) }))
            for edge in edges {
                table.append(
                    .element(
                        "tr", [("class", "change-" + edge.change.rawValue)],
                        .element("td", [], .element("code", text: edge.node)) + .element("td", text: edge.label)
                            + .element("td", text: edge.change.rawValue) + .element("td", text: edge.oldTarget ?? "")
                            + .element("td", text: edge.newTarget ?? "")))
            }
            body.append(.element("h3", text: words.page.changedAnswers))
            body.append(.element("table", [("class", "changes edges")], table))
        }
        if let scenarios = diff.tree.scenarios, !scenarios.changed.isEmpty {
            body.append(.element("h3", text: words.page.casesElsewhere))
            body.append(
                .element(
                    "ul", [("class", "cases-elsewhere")],
                    .join(scenarios.changed.map { .element("li", text: words.page.caseElsewhere($0.name, $0.line, $0.old, $0.new)) })))
        }
        return .element("section", [("id", "changes")], body)
    }

    /// Every changed pair of outcomes (the behaviour diff), each with its witness and a button
    /// that walks it on the diagram; "None." only when no patient ends elsewhere.
    private func outcomeList(_ diff: ReviewDiff) -> HTMLText {
        let outcomes = diff.tree.behaviour.outcomes
        guard !outcomes.isEmpty else { return .element("p", [("id", "outcome-changes")], text: words.page.none) }
        var items = HTMLText.element("p", [("class", "hint")], text: words.page.changedEndsHint)
        var list = HTMLText("")
        for (index, change) in outcomes.enumerated() {
            let witness = words.page.witness(change.witness.map(\.description))
            list.append(
                .element(
                    "li", [("class", "outcome-change")],
                    .element("strong", text: words.page.outcomePair(change.old, change.new)) + .element("span", text: " " + witness + " ")
                        + .element(
                            "button", [("type", "button"), ("class", "replay noprint"), ("data-diff", String(index))],
                            text: words.page.replayWitness)))
        }
        items.append(.element("ol", [("id", "outcome-changes")], list))
        items.append(reroutedList(diff))
        return items
    }

    /// The values a moved boundary of a number node re-routes, each with a value at each end;
    /// nothing when no boundary moved.
    private func reroutedList(_ diff: ReviewDiff) -> HTMLText {
        let changes = diff.tree.behaviour.rangeChanges
        guard !changes.isEmpty else { return HTMLText("") }
        var list = HTMLText("")
        for change in changes {
            let values = change.values + (change.unit.map { " " + $0 } ?? "")
            list.append(
                .element(
                    "li", [("class", "rerouted")],
                    text: words.report.diffReroutedLine(
                        change.node, values, change.oldTarget, change.newTarget, change.oldRange, change.newRange, change.lowWitness,
                        change.highWitness)))
        }
        return .element("p", [("class", "hint")], text: words.report.diffRerouted) + .element("ul", [("id", "rerouted-values")], list)
    }

    private func testSection() -> HTMLText {
        var body = HTMLText.element("h2", text: words.page.scenarioTests)
        guard let tests else {
            body.append(.element("p", text: words.page.noScenarioFile))
            return .element("section", [("id", "tests")], body)
        }
        body.append(.element("p", text: words.page.testsFrom(URL(fileURLWithPath: tests.file).lastPathComponent)))
        if let error = tests.error {
            body.append(.element("p", [("class", "fail")], text: words.page.cannotRun(error)))
        }
        let passed = tests.entries.filter(\.passed).count
        body.append(.element("p", [("id", "tests-summary")], text: words.report.passedFailed(passed, tests.entries.count - passed)))
        let columns = words.page.testColumns
        var rows = HTMLText.element(
            "tr", [],
            .join(columns.dropLast().map { .element("th", text: $0) }) + .element("th", [("class", "noprint")], text: columns.last ?? ""))
        for (index, entry) in tests.entries.enumerated() {
            let kind = entry.kind == .invariant ? words.page.invariantKind : words.page.caseKind
            let details = HTMLText.join(entry.details.map { .element("div", text: $0) })
            let replay: HTMLText =
                entry.path.map { _ in
                    .element(
                        "button", [("type", "button"), ("class", "replay"), ("data-case", String(index))],
                        text: entry.kind == .invariant ? words.page.showCounterexample : words.page.replay)
                } ?? .empty
            rows.append(
                .element(
                    "tr", [("class", entry.passed ? "pass" : "fail")],
                    .element("td", text: kind) + .element("td", text: entry.name)
                        + .element("td", text: entry.passed ? words.page.pass : words.page.fail)
                        + .element("td", [], details) + .element("td", [("class", "noprint")], replay)))
        }
        body.append(.element("table", [("class", "results")], rows))
        let coverage = words.page.coverage(
            Coverage.format(tests.outcomePercent), Coverage.format(tests.edgePercent), tests.untestedOutcomes.isEmpty)
        body.append(.element("p", [("id", "coverage")], text: coverage))
        if !tests.untestedOutcomes.isEmpty {
            body.append(
                .element(
                    "ul", [],
                    .join(
                        tests.untestedOutcomes.map { .element("li", text: words.page.nodeName(heading(tree.nodes[$0]), tree.nodes[$0].id)) }
                    )))
        }
        if let mutation { body.append(mutationPart(mutation)) }
        return .element("section", [("id", "tests")], body)
    }

    /// The mutation score and each survivor: its edit, its line and the answers that tell it apart.
    private func mutationPart(_ run: TreeMutation) -> HTMLText {
        let mutationWords = words.mutation
        let score = run.score
        var part = HTMLText.element("h3", text: mutationWords.pageHeading)
        part.append(
            .element(
                "p", [("id", "mutation-score")],
                text: mutationWords.score(
                    fileName, Coverage.format(score.percent), score.killed, score.counted, score.equivalent, score.wording)))
        let survivors = run.survivors.map { result, survivor in
            HTMLText.element(
                "li", [],
                .element("span", text: "\(mutationWords.survived) \(result.description)")
                    + .element("span", text: " (" + mutationWords.pageLine(result.location?.line ?? 1) + ") ")
                    + .element("div", text: survivor.text(mutationWords)))
        }
        if !survivors.isEmpty { part.append(.element("ul", [("id", "survivors")], .join(survivors))) }
        return part
    }

    private func nodeTable() -> HTMLText {
        var rows = HTMLText.element("tr", [], .join(words.page.nodeColumns.map { .element("th", text: $0) }))
        for node in tree.nodes {
            var what = HTMLText.element("div", text: heading(node))
            if !node.items.isEmpty { what.append(.element("ul", [], .join(node.items.map { .element("li", text: $0) }))) }
            if let advice = node.advice, !advice.isEmpty { what.append(.element("div", text: words.node.adviceLabel + advice)) }
            if let inference = node.labelledInference(words) { what.append(.element("div", [("class", "inference")], text: inference)) }
            if let evidence = evidenceLine(node) { what.append(.element("div", [("class", "evidence")], text: evidence)) }
            for line in hazardLines(node) { what.append(.element("div", [("class", "hazard")], text: line)) }
            rows.append(
                .element(
                    "tr", [],
                    .element("td", [], .element("code", text: node.id) + .element("div", [("class", "kind")], text: node.kind.rawValue))
                        + .element("td", [], what) + .element("td", text: node.help ?? "")
                        + .element("td", text: node.cite ?? "")))
        }
        // A tree that grades none of its recommendations says so, rather than leaving it unsaid.
        let grading: HTMLText =
            tree.nodes.contains { $0.evidence != nil }
            ? HTMLText.empty : HTMLText.element("p", [("class", "evidence")], text: words.basis.noEvidence)
        return .element(
            "section", [("id", "nodes")],
            .element("h2", text: words.page.nodesHeading) + grading + .element("table", [("class", "nodes")], rows))
    }

    /// The hazards of the hazard log that name `node`, one line each.
    private func hazardLines(_ node: Node) -> [String] {
        (hazards?.hazards(naming: node.id) ?? []).map {
            words.hazardLine(id: $0.id, title: $0.title, status: $0.status.rawValue, residualRisk: $0.residual?.risk)
        }
    }

    private func signOffBlock(hash: String) -> HTMLText {
        var body = HTMLText.element("h2", text: words.page.signOff)
        switch ReviewCheck.status(of: tree, hash: hash) {
        case .missing:
            body.append(.element("p", text: words.page.signOffMissing))
        case .current(let latest):
            body.append(
                .element(
                    "p", [("class", "sign-off current")], text: words.page.signOffCurrent(latest.by, latest.role, latest.date, latest.note))
            )
        case .stale(let latest):
            body.append(
                .element(
                    "p", [("class", "sign-off stale")],
                    text: words.page.signOffStale(latest.by, latest.role, latest.date, String(latest.sha256.prefix(12)))))
        }
        body.append(.element("p", [], .element("code", text: hash)))
        body.append(.element("p", [("class", "sign-line")], text: words.page.signLine))
        return .element("section", [("id", "sign-off")], body)
    }

    private func dataBlocks(hash: String) -> HTMLText {
        // JSON in script blocks is HTML-safe: '<', '>' and '&' are \u escapes, so no label can
        // close the block, and the page still parses as XML.
        let transitions = tree.nodes.map { node -> JSONValue in
            switch node.transition {
            case .choose: .string("choose")
            case .check: .string("check")
            case .pass: .string("pass")
            case .end: .string("end")
            case .ranges: .string("number")
            }
        }
        let cases = (tests?.entries ?? []).map { entry -> JSONValue in
            guard let path = entry.path else { return .null }
            let steps = path.steps.map { step -> JSONValue in
                .array([.integer(step.node), .integer(step.edge), .string(step.readableText(in: tree)), .bool(step.isAnswered)])
            }
            return .object([("name", .string(entry.name)), ("steps", .array(steps)), ("end", .integer(path.end))])
        }
        let diffs = (diff?.outcomes ?? []).map { replay -> JSONValue in
            let steps = replay.path.steps.map { step -> JSONValue in
                .array([.integer(step.node), .integer(step.edge), .string(step.readableText(in: tree)), .bool(step.isAnswered)])
            }
            return .object([("steps", .array(steps)), ("end", .integer(replay.path.end))])
        }
        let changed = (diff?.changes ?? []).compactMap { change in
            change.newIndex.map { JSONValue.array([.integer($0), .string(change.kind.rawValue)]) }
        }
        let page = JSONValue.object([
            ("file", .string(fileName)), ("hash", .string(hash)), ("transitions", .array(transitions)),
            ("cases", .array(cases)), ("diffs", .array(diffs)), ("changed", .array(changed)), ("nodes", .array(tree.nodes.map(shown))),
            ("words", scriptWords), ("languages", languagesData),
        ]).text(.scriptSafe)
        // What the script shows shows bidirectional controls as the terminal does, visible and
        // inert; they occur in the JSON only inside strings, where `\\` is one backslash.
        let shownPage = UntrustedText.visibleBidi(page, backslash: "\\\\")
        return HTMLText("<script type=\"application/json\" id=\"dtree-model\">")
            + HTMLText(rendered: UntrustedText.jsonEscapedBidi(JSONExport.text(tree)))
            + HTMLText("</script>\n<script type=\"application/json\" id=\"dtree-page\">") + HTMLText(rendered: shownPage)
            + HTMLText("</script>\n")
    }

    /// What the script shows of `node`, as JSON: its heading, its name on the diagram, its
    /// answers as read, the lines of its details panel and, at an end, of its outcome box.
    private func shown(_ node: Node) -> JSONValue {
        func nonEmpty(_ text: String?) -> String? { text.flatMap { $0.isEmpty ? nil : $0 } }
        let title: String
        switch node.content {
        case .refer(let referral): title = words.referral.title(tree.displayName(ofSpecialist: referral.specialist))
        case .question(let question): title = question.text
        case .number(let number): title = number.text
        case .checklist(let checklist): title = checklist.text
        case .outcome(let outcome): title = outcome.text
        }
        let urgency = node.referral.map { words.referral.urgency(tree.urgencyText(of: $0)) }
        let advice = nonEmpty(node.advice).map { words.node.adviceLabel + $0 }
        var details: [JSONValue] = [.string(words.page.identity(node.id, node.kind.rawValue, fileName))]
        if node.kind == .checklist { details.append(.array(node.items.map { .string($0) })) }
        details += [urgency, advice].compactMap { $0.map { .string($0) } }
        details.append(.string(words.page.help(nonEmpty(node.help))))
        details.append(.string(words.page.cite(nonEmpty(node.cite), tree.source?.file)))
        if let inference = node.labelledInference(words) { details.append(.string(inference)) }
        if let evidence = evidenceLine(node) { details.append(.string(evidence)) }
        details += hazardLines(node).map { .string($0) }
        let answers = node.edges.indices.map { JSONValue.string(node.readableLabel(ofEdge: $0, words: words.node)) }
        // The stepper's question and checklist items, as shown in this page's language.
        let text: String? =
            switch node.content {
            case .question(let question): question.text
            case .number(let number): number.text
            case .checklist(let checklist): checklist.text
            default: nil
            }
        var fields: [(String, JSONValue)] = [
            ("text", text.map { .string($0) } ?? .null), ("items", .array(node.items.map { .string($0) })),
            ("heading", .string(title)), ("name", .string(words.page.nodeName(title, node.id))),
            ("answers", .array(answers)), ("details", .array(details)),
        ]
        if let number = node.number {
            // The stepper's number field: each range as [lower, lower included, upper, upper
            // included] with bounds as decimal text (compared exactly by the script), `null`
            // where unbounded; the allowed values as one such range.
            func bounds(_ interval: NumberInterval) -> JSONValue {
                .array([
                    interval.lower.map { .string($0.description) } ?? .null, .bool(interval.lowerIncluded),
                    interval.upper.map { .string($0.description) } ?? .null, .bool(interval.upperIncluded),
                ])
            }
            fields.append(
                (
                    "number",
                    .object([
                        ("ranges", .array(number.ranges.map(bounds))), ("allowed", bounds(number.allowed)),
                        ("integer", .bool(number.integer)), ("unit", number.unit.map { .string($0) } ?? .null),
                        ("allowedText", .string(number.valuesDescription)),
                    ])
                ))
        }
        if node.transition == .pass, let referral = node.referral {
            // Listed at the end of a walk that passed it, before the outcome.
            let line = words.referral.passedLine(
                tree.displayName(ofSpecialist: referral.specialist), tree.urgencyText(of: referral), nonEmpty(referral.advice))
            fields.append(("passed", .string(words.run.earlierReferralLabel + line)))
        }
        if node.transition == .end {
            var lines: [(String, String)] = []
            switch node.content {
            case .outcome(let outcome): lines.append(("refer", words.node.outcomeLabel + outcome.text))
            default:
                lines.append(("refer", title))
                if let urgency { lines.append(("urgency", urgency)) }
            }
            if let advice { lines.append(("advice", advice)) }
            if let help = nonEmpty(node.help) { lines.append(("help", words.node.helpLabel + help)) }
            if let inference = node.labelledInference(words) { lines.append(("inference", inference)) }
            lines.append(("", words.page.wholePath))
            fields.append(("end", .array(lines.map { .array([.string($0.0), .string($0.1)]) })))
        }
        return .object(fields)
    }

    /// What the switch swaps in, by language: the page's language first, then each alternate,
    /// each with its nodes as shown (``shown(_:)``) and its script words; empty with no alternates.
    private var languagesData: JSONValue {
        guard !alternates.isEmpty else { return .array([]) }
        var pages = [self]
        for alternate in alternates {
            var other = self
            other.tree = alternate.tree
            other.words = alternate.words
            other.language = alternate.language
            other.alternates = []
            pages.append(other)
        }
        return .array(
            pages.map { page in
                .object([
                    ("lang", .string(page.language)), ("rtl", .bool(Self.isRightToLeft(page.language))),
                    ("nodes", .array(page.tree.nodes.map(page.shown))), ("words", page.scriptWords),
                    ("header", page.headerWords),
                ])
            })
    }

    /// The header's text in this page's language, by element id: the tree's title and
    /// disclaimer (translated when the translation has them) and dtree's own facts lines.
    private var headerWords: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("document-title", .string(words.page.title(tree.title))), ("page-title", .string(tree.title)),
            ("page-facts", .string(words.page.facts(tree.id, tree.version, fileName))),
            ("content-hash-label", .string(words.page.contentHash)),
        ]
        if let disclaimer = tree.disclaimer, !disclaimer.isEmpty { pairs.append(("page-disclaimer", .string(disclaimer))) }
        if let source = tree.source { pairs.append(("page-source", .string(words.page.source(source.title, source.file)))) }
        return .object(pairs)
    }

    /// The fixed words and templates (`%1`, `%2`) the script shows.
    private var scriptWords: JSONValue {
        let page = words.page
        return .object([
            ("goOn", .string(page.goOn)), ("noneOfTheseApply", .string(page.noneOfTheseApply)),
            ("tickedSeparator", .string(page.tickedSeparator)), ("nodeDetails", .string(page.nodeDetails)),
            ("pathStep", .string(page.pathStep("%1", "%2"))), ("reached", .string(page.reached("%1"))),
            ("now", .string(page.now("%1"))), ("changedName", .string(page.changedName("%1", "%2"))),
            ("nothingTicked", .string(page.nothingTicked)), ("numberField", .string(page.numberField)),
            ("numberRefused", .string(page.numberRefused)), ("back", .string(page.back)), ("restart", .string(page.restart)),
            ("diagram", .string(page.diagram)), ("diagramHint", .string(page.diagramHint)),
            ("stepperHeading", .string(page.stepperHeading)), ("stepperName", .string(page.stepperName)),
            ("pathSoFar", .string(page.pathSoFar)), ("chooseABox", .string(page.chooseABox)), ("languages", .string(page.languages)),
        ])
    }

    /// A recommendation's GRADE evidence in words, or `nil` when the node states none.
    private func evidenceLine(_ node: Node) -> String? {
        node.evidence.map { words.basis.evidence($0.certainty?.rawValue, $0.strength?.rawValue) }
    }

    /// A node's main line: its question, checklist, referral with its urgency, or outcome.
    func heading(_ node: Node) -> String {
        switch node.content {
        case .question(let question): question.text
        case .number(let number): number.text
        case .checklist(let checklist): checklist.text
        case .refer(let referral): words.referral.heading(of: referral, in: tree)
        case .outcome(let outcome): outcome.text
        }
    }
}
