// Hazards/: the clinical safety case report of `dtree safety`: what it holds (scope, the risk
// matrix with each hazard placed, each hazard's controls and their evidence, the strength of the
// tests, open items, the content hash, the Clinical Safety Officer's sign-off block) as a
// SafetyReport, written as Markdown or HTML (DecisionTreeRendering lays it out as PDF). Its
// words are the phrasebook's (Phrasebook.SafetyWords); it composes none itself.

import FoundationEssentials

/// A tree's clinical safety case: the tree, its hazard log with each hazard's verification, and
/// its sign-offs; ``report(words:)`` is the report's content, which ``markdown(words:)`` and
/// ``html(words:)`` write (and DecisionTreeRendering lays out as PDF), its words from the
/// phrasebook's ``Phrasebook/SafetyWords``.
public struct SafetyCase: Sendable {
    /// Why a safety case cannot be made.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// The tree or the hazard file cannot be read.
        case unreadable(TreeLoader.ReadError)
        /// The tree has errors: its diagnostics.
        case invalidTree([Diagnostic], SourceText?)
        /// No hazard file beside the tree.
        case noHazardFile(String)

        /// One line saying why.
        public var description: String {
            switch self {
            case .unreadable(let error): "\(error)"
            case .invalidTree(let diagnostics, _):
                "the tree has \(diagnostics.filter { $0.severity == .error }.count) error(s); run 'dtree validate'"
            case .noHazardFile(let path): "no hazard file: a safety case needs the tree's hazard log, \(path) (see docs/safety.md)"
            }
        }
    }

    /// The tree.
    public let tree: Tree
    /// The tree's path as given.
    public let treePath: String
    /// The hazard log, loaded and checked.
    public let hazards: HazardFile
    /// The tree's content hash.
    public let contentHash: String
    /// How strong the scenario file is: its cases and invariants run against every single-edit
    /// mutant of the tree (`dtree test --mutants`); `nil` when there is no scenario file or it
    /// cannot run.
    public var mutation: TreeMutation?

    /// Loads the tree at `treePath` and the hazard file beside it (its scenario file is run).
    public static func load(treePath: String) throws(Failure) -> SafetyCase {
        let result: LoadResult
        do {
            result = try TreeLoader.load(contentsOf: treePath)
        } catch {
            throw .unreadable(error)
        }
        guard let tree = result.tree else { throw .invalidTree(result.diagnostics, result.source) }
        let hazardPath = TreeFiles.hazardFile(besideTree: treePath)
        guard TreeFiles.isRegularFile(hazardPath) else { throw .noHazardFile(hazardPath) }
        let file: HazardFile
        do {
            file = try HazardLoader.load(contentsOf: hazardPath)
        } catch {
            throw .unreadable(error)
        }
        var report = SafetyCase(tree: tree, treePath: treePath, hazards: file, contentHash: ContentHash.of(tree))
        let scenarioPath = TreeFiles.scenarioFile(besideTree: treePath)
        if TreeFiles.isRegularFile(scenarioPath), let scenarios = try? ScenarioLoader.load(contentsOf: scenarioPath) {
            report.mutation = MutationTesting.run(scenarios)
        }
        return report
    }

    /// Whether the hazard file has no error (so every closed hazard is verified), every test
    /// a control names passes and the scenario file has no failing test. An open hazard not yet
    /// verified is an open item, not a failure.
    public var isClean: Bool {
        !hazards.diagnostics.contains { $0.severity == .error } && hazards.verifications.allSatisfy(\.failing.isEmpty)
            && (hazards.tests?.failures ?? 0) == 0
    }

    // MARK: What the report says

    /// The strength of the tests in one line each: the mutation score, then every survivor with
    /// the answers that tell it apart. Empty when no mutation run was made.
    func mutationLines(_ words: Phrasebook.SafetyWords = .english) -> [String] {
        guard let mutation else { return [] }
        let score = mutation.score
        var lines = [words.mutationScore(Coverage.format(score.percent), score.killed, score.counted, score.equivalent, score.wording)]
        let survivors = mutation.survivors
        lines.append(words.survivors(survivors.count))
        for (result, survivor) in survivors {
            let answers = survivor.answersOnTree.map { "\($0.node)=\($0.answer)" }.joined(separator: ", ")
            lines.append(
                words.survived(result.mutant.description(in: mutation.tree, words: words.mutation), answers.isEmpty ? nil : answers))
        }
        return lines
    }

    /// One control's evidence, one line per name: "invariant 'X' proved over all 4 paths".
    func evidence(_ item: HazardVerification.Evidence, _ words: Phrasebook.SafetyWords = .english) -> String {
        switch (item.isInvariant, item.passed) {
        case (true?, true): words.invariantProved(item.name, hazards.pathCount)
        case (true?, false): words.invariantFails(item.name, item.details.first { $0.hasPrefix("counterexample:") })
        case (false?, true): words.casePassed(item.name)
        case (false?, false): words.caseFails(item.name, item.details.first)
        case (nil, _): words.notATest(item.name)
        }
    }

    /// What remains to do, one line each.
    func openItems(_ words: Phrasebook.SafetyWords = .english) -> [String] {
        var items: [String] = []
        for verification in hazards.verifications {
            let hazard = verification.hazard
            if hazard.status != .closed { items.append(words.openStatus(hazard.id, words.status(hazard.status.rawValue))) }
            if !verification.isVerified {
                var why = verification.failing.map(words.reasonFails)
                why += verification.unverifiedControls.map(words.reasonNoTest)
                if hazard.controls.isEmpty { why.append(words.reasonNoControl) }
                items.append(words.openNotVerified(hazard.id, why))
            }
        }
        for diagnostic in hazards.diagnostics where diagnostic.severity != .note {
            items.append("\(diagnostic.file):\(diagnostic.location.line): \(diagnostic.message) [\(diagnostic.rule.rawValue)]")
        }
        if tree.review.isEmpty {
            items.append(words.noSignOff)
        } else if tree.currentSignOff == nil {
            items.append(words.staleSignOff)
        }
        return items
    }

    /// The hazards placed in a matrix cell: `HAZ-001 (initial)`.
    func placed(_ severity: HarmSeverity, _ likelihood: HarmLikelihood, _ words: Phrasebook.SafetyWords = .english) -> [String] {
        var names: [String] = []
        for hazard in hazards.hazards {
            if let initial = hazard.initial, initial.severity == severity, initial.likelihood == likelihood {
                names.append(words.placedInitial(hazard.id))
            }
            if let residual = hazard.residual, residual.severity == severity, residual.likelihood == likelihood {
                names.append(words.placedResidual(hazard.id))
            }
        }
        return names
    }

    private func risk(_ assessment: RiskAssessment?, _ words: Phrasebook.SafetyWords) -> String {
        guard let assessment else { return words.notAssessed }
        return words.risk(assessment.risk, words.severity(assessment.severity), words.likelihood(assessment.likelihood))
    }

    private func testsLine(_ words: Phrasebook.SafetyWords) -> String {
        guard let tests = hazards.tests else { return words.noScenarioFile }
        let passed = tests.tests.filter { $0.passed && $0.kind != .hazard }.count
        let failed = tests.tests.filter { !$0.passed && $0.kind != .hazard }.count
        return words.testsResult(hazards.scenarioPath ?? tests.file, passed, failed)
    }

    // MARK: The report's content

    /// The report's content in `words`, which ``markdown(words:)``, ``html(words:)`` and the
    /// PDF layout write; text from the files is kept as written.
    public func report(words: Phrasebook.SafetyWords = .english) -> SafetyReport {
        typealias Item = SafetyReport.Item
        // Text from the files on one line: every format shows each value as one run of text.
        func t(_ text: String) -> String { UntrustedText.collapsed(text) }
        let title = words.title(t(tree.title))
        var blocks: [SafetyReport.Block] = [.heading(level: 1, [.text(title)], id: nil)]

        blocks.append(.heading(level: 2, [.text(words.scopeHeading)], id: "scope"))
        var scope: [Item] = [Item([.text(words.tree(t(tree.id), tree.version.map(t)) + " ("), .code(treePath), .text(")")])]
        if let source = tree.source {
            scope.append(Item([.text(words.sourceDocument(t(source.title ?? source.file), t(source.file)))]))
        }
        if let disclaimer = tree.disclaimer { scope.append(Item([.text(words.intendedUse(t(disclaimer)))])) }
        scope.append(Item([.text(words.hazardLog), .code(hazards.path), .text(words.riskMatrix(RiskMatrix.dcb0129.name))]))
        scope.append(Item([.text(words.testsLabel + t(testsLine(words)))]))
        scope.append(Item([.text(words.contentHash), .code(contentHash)]))
        blocks.append(.list(scope))

        blocks.append(.heading(level: 2, [.text(words.matrixHeading)], id: "matrix"))
        let rows = HarmLikelihood.allCases.reversed().map { likelihood in
            SafetyReport.Row(
                header: words.likelihood(likelihood),
                cells: HarmSeverity.allCases.map { severity in
                    let risk = RiskMatrix.dcb0129.risk(severity, likelihood)
                    return SafetyReport.Cell(spans: [.text("\(risk)")], below: placed(severity, likelihood, words).map(t), risk: risk)
                })
        }
        blocks.append(
            .table(
                SafetyReport.Table(
                    id: "risk-matrix", header: [words.matrixCorner] + HarmSeverity.allCases.map(words.severity), rows: rows)))

        blocks.append(.heading(level: 2, [.text(words.hazardsHeading)], id: "hazards"))
        for verification in hazards.verifications {
            let hazard = verification.hazard
            var items: [Item] = [
                Item([
                    .text(words.statusLabel(words.status(hazard.status.rawValue))),
                    .verdict(verification.isVerified ? words.verified : words.notVerified, ok: verification.isVerified),
                ])
            ]
            if let owner = hazard.owner { items.append(Item([.text(words.owner + t(owner))])) }
            if !hazard.cause.isEmpty { items.append(Item([.text(words.cause + t(hazard.cause))])) }
            if !hazard.effect.isEmpty { items.append(Item([.text(words.effect + t(hazard.effect))])) }
            if !hazard.harm.isEmpty { items.append(Item([.text(words.harm + t(hazard.harm))])) }
            if !hazard.nodes.isEmpty {
                var spans: [SafetyReport.Span] = [.text(words.nodes)]
                for (index, node) in hazard.nodes.enumerated() {
                    if index > 0 { spans.append(.text(", ")) }
                    spans.append(.code(node.id))
                }
                items.append(Item(spans))
            }
            items.append(Item([.text(words.initialRisk + risk(hazard.initial, words))]))
            items.append(Item([.text(words.residualRisk + risk(hazard.residual, words))]))
            items.append(Item([.text(words.controls)]))
            if hazard.controls.isEmpty { items.append(Item([.text(words.noControls)], depth: 1)) }
            for (control, evidence) in zip(hazard.controls, verification.controls) {
                items.append(Item([.text("\(words.controlKind(control.kind.rawValue)): " + t(control.description))], depth: 1))
                if evidence.isEmpty { items.append(Item([.text(words.noEvidence)], depth: 2, failing: true)) }
                for item in evidence {
                    items.append(Item([.text(words.evidence(t(self.evidence(item, words))))], depth: 2, failing: !item.passed))
                }
            }
            blocks.append(
                .hazard(id: hazard.id, [.heading(level: 3, [.text(t(hazard.id) + ": " + t(hazard.title))], id: nil), .list(items)]))
        }

        let strength = mutationLines(words)
        if !strength.isEmpty {
            blocks.append(.heading(level: 2, [.text(words.strengthHeading)], id: "strength"))
            blocks.append(.list(strength.map { Item([.text(t($0))]) }))
        }

        blocks.append(.heading(level: 2, [.text(words.openHeading)], id: "open-items"))
        let open = openItems(words)
        blocks.append(open.isEmpty ? .paragraph([.text(words.noOpenItems)]) : .list(open.map { Item([.text(t($0))]) }))

        blocks.append(.heading(level: 2, [.text(words.signOffHeading)], id: "sign-off"))
        if tree.review.isEmpty {
            blocks.append(
                .table(
                    SafetyReport.Table(
                        forSigning: true, header: words.signColumns,
                        rows: [
                            SafetyReport.Row(cells: [
                                SafetyReport.Cell(spans: [.blank(width: 20)]), SafetyReport.Cell(spans: [.text(words.officer)]),
                                SafetyReport.Cell(spans: [.blank(width: 12)]), SafetyReport.Cell(spans: [.blank(width: 20)]),
                            ])
                        ])))
        } else {
            let rows = tree.review.map { signOff in
                SafetyReport.Row(cells: [
                    SafetyReport.Cell(spans: [.text(t(signOff.by))]), SafetyReport.Cell(spans: [.text(t(signOff.role))]),
                    SafetyReport.Cell(spans: [.text(t(signOff.date))]), SafetyReport.Cell(spans: [.code(signOff.shortDigest)]),
                    SafetyReport.Cell(spans: [.text(signOff.sha256 == contentHash ? words.current : words.notCurrent)]),
                ])
            }
            blocks.append(.table(SafetyReport.Table(header: words.signedColumns, rows: rows)))
        }
        return SafetyReport(title: title, blocks: blocks)
    }

    // MARK: Markdown

    /// The report as Markdown in `words`; text from the files is escaped so it cannot become markup.
    public func markdown(words: Phrasebook.SafetyWords = .english) -> String {
        report(words: words).blocks.flatMap(Self.markdown).joined(separator: "\n\n") + "\n"
    }

    /// One block as Markdown; a hazard's blocks each on their own.
    private static func markdown(_ block: SafetyReport.Block) -> [String] {
        switch block {
        case .heading(let level, let spans, _): return [String(repeating: "#", count: level) + " " + markdown(spans)]
        case .paragraph(let spans): return [markdown(spans)]
        case .list(let items):
            return [items.map { String(repeating: "  ", count: $0.depth) + "- " + markdown($0.spans) }.joined(separator: "\n")]
        case .table(let table):
            var lines = ["| " + table.header.joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: table.header.count)]
            for row in table.rows {
                let cells = row.cells.map { cell in
                    markdown(cell.spans) + (cell.below.isEmpty ? "" : ": " + cell.below.map(markdownSpan).joined(separator: ", "))
                }
                lines.append("| " + ((row.header.map { [$0] } ?? []) + cells).joined(separator: " | ") + " |")
            }
            return [lines.joined(separator: "\n")]
        case .hazard(_, let blocks): return blocks.flatMap(markdown)
        }
    }

    /// Spans as Markdown: text escaped, code as a code span no backtick or line break can end early.
    private static func markdown(_ spans: [SafetyReport.Span]) -> String {
        spans.map { span in
            switch span {
            case .text(let text), .verdict(let text, _): markdownSpan(text)
            case .code(let text): "`" + UntrustedText.collapsed(text).replacing("`", with: "'").replacing("\n", with: " ") + "`"
            case .blank(let width): String(repeating: "_", count: width)
            }
        }.joined()
    }

    /// `text` on one line with Markdown's special characters backslash-escaped.
    static func markdownEscaped(_ text: String) -> String { markdownSpan(UntrustedText.collapsed(text)) }

    /// `text` with Markdown's special characters backslash-escaped and control characters
    /// dropped; its spaces kept as they are (it may be one run of several in a line).
    private static func markdownSpan(_ text: String) -> String {
        var out = UTF8TextBuilder()
        for scalar in UntrustedText.markupSafe(text).unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!", "&", "~", "{", "}": out += "\\" + String(scalar)
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                out.append(scalar)
            }
        }
        return out.string
    }

    // MARK: HTML

    /// The report as one self-contained HTML page in `words` (no script, no outside resource);
    /// every text from the files goes through ``XMLText``.
    public func html(words: Phrasebook.SafetyWords = .english) -> String {
        let report = report(words: words)
        var out: [String] = []
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\(XMLText.quotedAttribute(words.language))><head><meta charset=\"utf-8\"/>")
        out.append("<title>\(XMLText.escaped(report.title))</title>")
        out.append(
            "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}table{border-collapse:collapse}"
                + "td,th{border:1px solid #888;padding:.3em .5em;vertical-align:top}.r1,.r2{background:#dfd}.r3{background:#ffd}"
                + ".r4{background:#fdb}.r5{background:#fbb}.bad{color:#a00;font-weight:bold}.ok{color:#060}code{font-size:.9em}"
                + ".sign td{height:2.5em;min-width:10em}</style>")
        out.append("</head><body>")
        out += report.blocks.map(Self.html)
        out.append("</body></html>")
        return out.joined(separator: "\n") + "\n"
    }

    /// One block as HTML.
    private static func html(_ block: SafetyReport.Block) -> String {
        switch block {
        case .heading(let level, let spans, let id):
            let attribute = id.map { " id=" + XMLText.quotedAttribute($0) } ?? ""
            return "<h\(level)\(attribute)>\(html(spans))</h\(level)>"
        case .paragraph(let spans): return "<p>\(html(spans))</p>"
        case .list(let items):
            var out = "<ul>"
            var depth = 0
            for (index, item) in items.enumerated() {
                if index > 0 && item.depth > depth {
                    out += "<ul>"
                    depth += 1
                } else if index > 0 {
                    out += "</li>"
                    while depth > item.depth {
                        out += "</ul></li>"
                        depth -= 1
                    }
                }
                out += (item.failing ? "<li class=\"bad\">" : "<li>") + html(item.spans)
            }
            if !items.isEmpty { out += "</li>" }
            for _ in 0..<depth { out += "</ul></li>" }
            return out + "</ul>"
        case .table(let table):
            var out =
                "<table" + (table.id.map { " id=" + XMLText.quotedAttribute($0) } ?? "") + (table.forSigning ? " class=\"sign\"" : "") + ">"
            out += "<tr>" + table.header.map { "<th>\(XMLText.escaped($0))</th>" }.joined() + "</tr>"
            for row in table.rows {
                out += "\n<tr>" + (row.header.map { "<th>\(XMLText.escaped($0))</th>" } ?? "")
                for cell in row.cells {
                    out += (cell.risk.map { "<td class=\"r\($0)\">" } ?? "<td>") + html(cell.spans)
                    out += cell.below.map { "<br/>" + XMLText.escaped($0) }.joined() + "</td>"
                }
                out += "</tr>"
            }
            return out + "</table>"
        case .hazard(let id, let blocks):
            return "<section class=\"hazard\" id=\(XMLText.quotedAttribute("hazard-" + id))>\n"
                + blocks.map(html).joined(separator: "\n") + "\n</section>"
        }
    }

    /// Spans as HTML, every text escaped.
    private static func html(_ spans: [SafetyReport.Span]) -> String {
        spans.map { span in
            switch span {
            case .text(let text): XMLText.escaped(text)
            case .code(let text): "<code>\(XMLText.escaped(text))</code>"
            case .verdict(let text, let ok): "<span class=\"\(ok ? "ok" : "bad")\">\(XMLText.escaped(text))</span>"
            case .blank: "&#160;"
            }
        }.joined()
    }
}

extension Phrasebook.SafetyWords {
    /// A DCB0129 severity level in these words.
    func severity(_ level: HarmSeverity) -> String { severities[level.rawValue - 1] }

    /// A DCB0129 likelihood level in these words.
    func likelihood(_ level: HarmLikelihood) -> String { likelihoods[level.rawValue - 1] }
}
