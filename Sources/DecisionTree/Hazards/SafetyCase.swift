// Hazards/: the clinical safety case report of `dtree safety`: what it holds (scope, the risk
// matrix with each hazard placed, each hazard's controls and their evidence, open items, the
// content hash, the Clinical Safety Officer's sign-off block), written as Markdown or HTML.

import FoundationEssentials

/// A tree's clinical safety case: the tree, its hazard log with each hazard's verification, and
/// its sign-offs; ``markdown()`` and ``html()`` write the report.
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
    var mutationLines: [String] {
        guard let mutation else { return [] }
        let score = mutation.score
        var lines = [
            "Mutation score \(Coverage.format(score.percent)): \(score.killed) of \(score.counted) single-edit mutants of the tree killed by a case or invariant (\(score.equivalent) equivalent and \(score.wording) wording mutants not counted; dtree test --mutants)."
        ]
        let survivors = mutation.survivors
        lines.append(survivors.isEmpty ? "Surviving mutants: none." : "Surviving mutants: \(survivors.count).")
        for (result, survivor) in survivors {
            let answers = survivor.answersOnTree.map { "\($0.node)=\($0.answer)" }.joined(separator: ", ")
            lines.append("SURVIVED \(result.description)\(answers.isEmpty ? "" : " (told apart by \(answers))")")
        }
        return lines
    }

    /// One control's evidence, one line per name: "invariant 'X' proved over all 4 paths".
    func evidence(_ item: HazardVerification.Evidence) -> String {
        switch (item.isInvariant, item.passed) {
        case (true?, true):
            let paths = hazards.pathCount.map { "all \($0) path\($0 == 1 ? "" : "s")" } ?? "every path"
            return "invariant '\(item.name)' proved over \(paths)"
        case (true?, false):
            return "invariant '\(item.name)' FAILS" + (item.details.first { $0.hasPrefix("counterexample:") }.map { ": \($0)" } ?? "")
        case (false?, true): return "case '\(item.name)' passed"
        case (false?, false): return "case '\(item.name)' FAILS" + (item.details.first.map { ": \($0)" } ?? "")
        case (nil, _): return "'\(item.name)' is no invariant or case of the scenario file: NOT VERIFIED"
        }
    }

    /// What remains to do, one line each.
    var openItems: [String] {
        var items: [String] = []
        for verification in hazards.verifications {
            let hazard = verification.hazard
            if hazard.status != .closed { items.append("\(hazard.id) is \(hazard.status.rawValue)") }
            if !verification.isVerified {
                var why = verification.failing.map { "'\($0)' fails" }
                why += verification.unverifiedControls.map { "the control '\($0)' names no test" }
                if hazard.controls.isEmpty { why.append("it has no control") }
                items.append("\(hazard.id) is not verified: \(why.joined(separator: "; "))")
            }
        }
        for diagnostic in hazards.diagnostics where diagnostic.severity != .note {
            items.append("\(diagnostic.file):\(diagnostic.location.line): \(diagnostic.message) [\(diagnostic.rule.rawValue)]")
        }
        if tree.review.isEmpty {
            items.append("the tree has no sign-off")
        } else if tree.currentSignOff == nil {
            items.append("the latest sign-off approved another version of the tree (review-stale)")
        }
        return items
    }

    /// The hazards placed in a matrix cell: `HAZ-001 (initial)`.
    func placed(_ severity: HarmSeverity, _ likelihood: HarmLikelihood) -> [String] {
        var names: [String] = []
        for hazard in hazards.hazards {
            if let initial = hazard.initial, initial.severity == severity, initial.likelihood == likelihood {
                names.append("\(hazard.id) (initial)")
            }
            if let residual = hazard.residual, residual.severity == severity, residual.likelihood == likelihood {
                names.append("\(hazard.id) (residual)")
            }
        }
        return names
    }

    private func risk(_ assessment: RiskAssessment?) -> String {
        guard let assessment else { return "not assessed" }
        return "\(assessment.risk) (\(assessment.severity.word) severity, \(assessment.likelihood.word) likelihood)"
    }

    private var testsLine: String {
        guard let tests = hazards.tests else { return "no scenario file" }
        let passed = tests.tests.filter { $0.passed && $0.kind != .hazard }.count
        let failed = tests.tests.filter { !$0.passed && $0.kind != .hazard }.count
        return "\(hazards.scenarioPath ?? tests.file): \(passed) passed, \(failed) failed"
    }

    // MARK: Markdown

    /// The report as Markdown; text from the files is escaped so it cannot become markup.
    public func markdown() -> String {
        func md(_ text: String) -> String { Self.markdownEscaped(text) }
        // A code span: no backtick or line break can end it early; nothing inside is markup.
        func code(_ text: String) -> String {
            "`" + UntrustedText.collapsed(text).replacing("`", with: "'").replacing("\n", with: " ") + "`"
        }
        var out: [String] = []
        out.append("# Clinical safety case report: \(md(tree.title))")
        out.append("")
        out.append("## Scope and intended use")
        out.append("")
        out.append("- Tree: \(md(tree.id))\(tree.version.map { " version \(md($0))" } ?? "") (\(code(treePath)))")
        if let source = tree.source { out.append("- Source document: \(md(source.title ?? source.file)) (\(md(source.file)))") }
        if let disclaimer = tree.disclaimer { out.append("- Intended use: \(md(disclaimer))") }
        out.append("- Hazard log: \(code(hazards.path)), risk matrix DCB0129")
        out.append("- Tests: \(md(testsLine))")
        out.append("- Content hash (sha256): `\(contentHash)`")
        out.append("")
        out.append("## Risk matrix")
        out.append("")
        out.append("| likelihood \\ severity | " + HarmSeverity.allCases.map(\.word).joined(separator: " | ") + " |")
        out.append("|---|" + String(repeating: "---|", count: HarmSeverity.allCases.count))
        for likelihood in HarmLikelihood.allCases.reversed() {
            let cells = HarmSeverity.allCases.map { severity in
                let names = placed(severity, likelihood)
                let risk = "\(RiskMatrix.dcb0129.risk(severity, likelihood))"
                return names.isEmpty ? risk : "\(risk): " + names.map(md).joined(separator: ", ")
            }
            out.append("| \(likelihood.word) | " + cells.joined(separator: " | ") + " |")
        }
        out.append("")
        out.append("## Hazards")
        for verification in hazards.verifications {
            let hazard = verification.hazard
            out.append("")
            out.append("### \(md(hazard.id)): \(md(hazard.title))")
            out.append("")
            out.append("- Status: \(hazard.status.rawValue); \(verification.isVerified ? "verified" : "NOT VERIFIED")")
            if let owner = hazard.owner { out.append("- Owner: \(md(owner))") }
            if !hazard.cause.isEmpty { out.append("- Cause: \(md(hazard.cause))") }
            if !hazard.effect.isEmpty { out.append("- Effect: \(md(hazard.effect))") }
            if !hazard.harm.isEmpty { out.append("- Harm: \(md(hazard.harm))") }
            if !hazard.nodes.isEmpty { out.append("- Nodes: " + hazard.nodes.map { code($0.id) }.joined(separator: ", ")) }
            out.append("- Initial risk: \(risk(hazard.initial))")
            out.append("- Residual risk: \(risk(hazard.residual))")
            out.append("- Controls:")
            if hazard.controls.isEmpty { out.append("  - none") }
            for (control, items) in zip(hazard.controls, verification.controls) {
                out.append("  - \(control.kind.rawValue): \(md(control.description))")
                if items.isEmpty { out.append("    - evidence: none (no invariant or case named)") }
                for item in items { out.append("    - evidence: \(md(evidence(item)))") }
            }
        }
        out.append("")
        if !mutationLines.isEmpty {
            out.append("## Strength of the tests")
            out.append("")
            for line in mutationLines { out.append("- \(md(line))") }
            out.append("")
        }
        out.append("## Open items")
        out.append("")
        let open = openItems
        if open.isEmpty { out.append("None.") }
        for item in open { out.append("- \(md(item))") }
        out.append("")
        out.append("## Clinical Safety Officer sign-off")
        out.append("")
        if tree.review.isEmpty {
            out.append("| name | role | date | signature |")
            out.append("|---|---|---|---|")
            out.append("| ____________________ | Clinical Safety Officer | ____________ | ____________________ |")
        } else {
            out.append("| name | role | date | approved sha256 | current |")
            out.append("|---|---|---|---|---|")
            for signOff in tree.review {
                out.append(
                    "| \(md(signOff.by)) | \(md(signOff.role)) | \(md(signOff.date)) | \(code(signOff.shortDigest)) | \(signOff.sha256 == contentHash ? "yes" : "no (another version)") |"
                )
            }
        }
        out.append("")
        return out.joined(separator: "\n")
    }

    /// `text` on one line with Markdown's special characters backslash-escaped.
    static func markdownEscaped(_ text: String) -> String {
        var out = ""
        for scalar in UntrustedText.markupSafe(UntrustedText.collapsed(text)).unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!", "&", "~", "{", "}": out += "\\" + String(scalar)
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    // MARK: HTML

    /// The report as one self-contained HTML page (no script, no outside resource); every text
    /// from the files goes through ``XMLText``.
    public func html() -> String {
        func h(_ text: String) -> String { XMLText.escaped(text) }
        var out: [String] = []
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
        out.append("<title>Clinical safety case report: \(h(tree.title))</title>")
        out.append(
            "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}table{border-collapse:collapse}"
                + "td,th{border:1px solid #888;padding:.3em .5em;vertical-align:top}.r1,.r2{background:#dfd}.r3{background:#ffd}"
                + ".r4{background:#fdb}.r5{background:#fbb}.bad{color:#a00;font-weight:bold}.ok{color:#060}code{font-size:.9em}"
                + ".sign td{height:2.5em;min-width:10em}</style>")
        out.append("</head><body>")
        out.append("<h1>Clinical safety case report: \(h(tree.title))</h1>")
        out.append("<h2 id=\"scope\">Scope and intended use</h2><ul>")
        out.append("<li>Tree: \(h(tree.id))\(tree.version.map { " version \(h($0))" } ?? "") (<code>\(h(treePath))</code>)</li>")
        if let source = tree.source { out.append("<li>Source document: \(h(source.title ?? source.file)) (\(h(source.file)))</li>") }
        if let disclaimer = tree.disclaimer { out.append("<li>Intended use: \(h(disclaimer))</li>") }
        out.append("<li>Hazard log: <code>\(h(hazards.path))</code>, risk matrix DCB0129</li>")
        out.append("<li>Tests: \(h(testsLine))</li>")
        out.append("<li>Content hash (sha256): <code id=\"content-hash\">\(contentHash)</code></li></ul>")
        out.append("<h2 id=\"matrix\">Risk matrix</h2>")
        out.append("<table id=\"risk-matrix\"><tr><th>likelihood \\ severity</th>")
        out.append(HarmSeverity.allCases.map { "<th>\($0.word)</th>" }.joined() + "</tr>")
        for likelihood in HarmLikelihood.allCases.reversed() {
            var row = "<tr><th>\(likelihood.word)</th>"
            for severity in HarmSeverity.allCases {
                let risk = RiskMatrix.dcb0129.risk(severity, likelihood)
                let names = placed(severity, likelihood).map(h).joined(separator: "<br/>")
                row += "<td class=\"r\(risk)\">\(risk)\(names.isEmpty ? "" : "<br/>" + names)</td>"
            }
            out.append(row + "</tr>")
        }
        out.append("</table>")
        out.append("<h2 id=\"hazards\">Hazards</h2>")
        for verification in hazards.verifications {
            let hazard = verification.hazard
            out.append("<section class=\"hazard\" id=\(XMLText.quotedAttribute("hazard-" + hazard.id))>")
            out.append("<h3>\(h(hazard.id)): \(h(hazard.title))</h3><ul>")
            out.append(
                "<li>Status: \(hazard.status.rawValue); "
                    + (verification.isVerified ? "<span class=\"ok\">verified</span>" : "<span class=\"bad\">NOT VERIFIED</span>") + "</li>"
            )
            if let owner = hazard.owner { out.append("<li>Owner: \(h(owner))</li>") }
            if !hazard.cause.isEmpty { out.append("<li>Cause: \(h(hazard.cause))</li>") }
            if !hazard.effect.isEmpty { out.append("<li>Effect: \(h(hazard.effect))</li>") }
            if !hazard.harm.isEmpty { out.append("<li>Harm: \(h(hazard.harm))</li>") }
            if !hazard.nodes.isEmpty {
                out.append("<li>Nodes: " + hazard.nodes.map { "<code>\(h($0.id))</code>" }.joined(separator: ", ") + "</li>")
            }
            out.append("<li>Initial risk: \(h(risk(hazard.initial)))</li>")
            out.append("<li>Residual risk: \(h(risk(hazard.residual)))</li>")
            out.append("<li>Controls:<ul>")
            if hazard.controls.isEmpty { out.append("<li>none</li>") }
            for (control, items) in zip(hazard.controls, verification.controls) {
                out.append("<li>\(control.kind.rawValue): \(h(control.description))<ul>")
                if items.isEmpty { out.append("<li class=\"bad\">evidence: none (no invariant or case named)</li>") }
                for item in items { out.append("<li\(item.passed ? "" : " class=\"bad\"")>evidence: \(h(evidence(item)))</li>") }
                out.append("</ul></li>")
            }
            out.append("</ul></li></ul></section>")
        }
        if !mutationLines.isEmpty {
            out.append("<h2 id=\"strength\">Strength of the tests</h2>")
            out.append("<ul>" + mutationLines.map { "<li>\(h($0))</li>" }.joined() + "</ul>")
        }
        out.append("<h2 id=\"open-items\">Open items</h2>")
        let open = openItems
        out.append(open.isEmpty ? "<p>None.</p>" : "<ul>" + open.map { "<li>\(h($0))</li>" }.joined() + "</ul>")
        out.append("<h2 id=\"sign-off\">Clinical Safety Officer sign-off</h2>")
        if tree.review.isEmpty {
            out.append("<table class=\"sign\"><tr><th>name</th><th>role</th><th>date</th><th>signature</th></tr>")
            out.append("<tr><td>&#160;</td><td>Clinical Safety Officer</td><td>&#160;</td><td>&#160;</td></tr></table>")
        } else {
            out.append("<table><tr><th>name</th><th>role</th><th>date</th><th>approved sha256</th><th>current</th></tr>")
            for signOff in tree.review {
                out.append(
                    "<tr><td>\(h(signOff.by))</td><td>\(h(signOff.role))</td><td>\(h(signOff.date))</td><td><code>\(h(signOff.shortDigest))</code></td><td>\(signOff.sha256 == contentHash ? "yes" : "no (another version)")</td></tr>"
                )
            }
            out.append("</table>")
        }
        out.append("</body></html>")
        return out.joined(separator: "\n") + "\n"
    }
}
