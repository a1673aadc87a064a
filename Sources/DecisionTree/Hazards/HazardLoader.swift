// Hazards/: reading a hazard file (`NAME.hazards.yaml`) through the YAML layer, and checking it
// against the tree it names and that tree's scenario file, with located diagnostics.

import FoundationEssentials

/// Loads `*.hazards.yaml` hazard logs, the trees they name and the scenario files beside them.
///
/// Every problem is a located ``Diagnostic``: an unknown node, severity, likelihood, status or
/// control kind (with a did-you-mean), a duplicate hazard id, a `verified_by` name that is no
/// invariant or case, a closed hazard whose controls are not all verified, a hand-written risk
/// the matrix does not give, an open hazard with residual risk 4 or 5, and a hazard whose nodes
/// changed since it was last reviewed.
public enum HazardLoader {
    /// The top-level keys of a hazard file.
    static let topLevelKeys = ["tree", "matrix", "hazards"]
    /// The keys of one hazard.
    static let hazardKeys = [
        "id", "title", "cause", "effect", "harm", "nodes", "initial", "residual", "controls", "status", "owner", "reviewed",
    ]
    /// The keys of an initial or residual assessment.
    static let assessmentKeys = ["severity", "likelihood", "risk"]
    /// The keys of a control.
    static let controlKeys = ["kind", "description", "verified_by"]

    /// Reads and loads the hazard file at `path`, the tree it names and the tree's scenario file.
    ///
    /// - Parameter tests: the scenario file's report, when the caller has run it already (`dtree
    ///   test`); else the scenario file beside the tree is loaded and run here.
    /// - Throws: ``TreeLoader/ReadError`` only when the file cannot be read.
    public static func load(
        contentsOf path: String, trees: TreeCache = TreeCache(), tests: TestSuiteReport? = nil
    ) throws(TreeLoader.ReadError) -> HazardFile {
        switch try TreeLoader.readCompanionText(path, what: "hazard files") {
        case .success(let text): return load(text: text, path: path, trees: trees, tests: tests)
        case .failure(let diagnostic): return failed(path: path, [diagnostic], source: nil)
        }
    }

    /// Loads a hazard file from text, as if read from `path`; the tree is read relative to
    /// `path`'s folder unless `tree` is given (then its `treePath` is taken as the tree's path).
    public static func load(
        text: String, path: String, tree given: Tree? = nil, trees: TreeCache = TreeCache(), tests: TestSuiteReport? = nil
    ) -> HazardFile {
        let source = SourceText(path: path, text: text)
        let root: YAMLNode
        switch YAMLReader.composeMapping(text, path: path, shape: "a hazard file must be a mapping with tree and hazards") {
        case .success(let mapping): root = mapping
        case .failure(let diagnostic): return failed(path: path, [diagnostic], source: source)
        }
        var decoder = HazardDecoder(reader: MappingReader(file: path))
        let pairs = decoder.reader.pairs(of: root, allowed: topLevelKeys)
        var treePath: String?
        var tree = given
        if let entry = pairs.first(where: { $0.key == "tree" }), let name = decoder.reader.text(entry.value, field: "tree") {
            let resolved = ScenarioLoader.resolve(name, against: path)
            treePath = resolved
            if given == nil {
                tree = trees.loadNamedTree(name, resolved: resolved, at: entry.value.location, reader: &decoder.reader)?.tree
            }
        } else if given == nil, !pairs.contains(where: { $0.key == "tree" }) {
            decoder.reader.report(.missingField, "missing required field 'tree': the tree file, relative to this file", at: root.location)
        }
        if given != nil, treePath == nil { treePath = given?.path }
        var hazards: [Hazard] = []
        for (key, _, value) in pairs {
            switch key {
            case "matrix": decoder.matrix(value)
            case "hazards": hazards = decoder.hazards(value)
            default: break
            }
        }
        if !pairs.contains(where: { $0.key == "hazards" }) {
            decoder.reader.report(.missingField, "missing required field 'hazards': the list of hazards", at: root.location)
        }
        var reader = decoder.reader
        var verifications: [HazardVerification] = []
        var scenarioPath: String?
        var pathCount: Int?
        var testReport: TestSuiteReport?
        if let tree {
            pathCount = InvariantChecker.pathCount(in: tree)
            var report = tests
            if let treePath {
                let beside = TreeFiles.scenarioFile(besideTree: treePath)
                if TreeFiles.isRegularFile(beside) || tests != nil {
                    scenarioPath = tests?.file ?? beside
                    if report == nil, let file = try? ScenarioLoader.load(contentsOf: beside, trees: trees) {
                        report = ScenarioSuite.run(file).report
                    }
                }
            }
            testReport = report
            var check = HazardCheck(reader: reader, tree: tree, tests: report, scenarioPath: scenarioPath)
            verifications = hazards.map { check.check($0) }
            reader = check.reader
        }
        return HazardFile(
            path: path, treePath: treePath, tree: tree, scenarioPath: scenarioPath, hazards: hazards, verifications: verifications,
            pathCount: pathCount, tests: testReport, diagnostics: DiagnosticList.report([reader.found], file: path), source: source)
    }

    private static func failed(path: String, _ diagnostics: [Diagnostic], source: SourceText?) -> HazardFile {
        HazardFile(
            path: path, treePath: nil, tree: nil, scenarioPath: nil, hazards: [], verifications: [], pathCount: nil, tests: nil,
            diagnostics: diagnostics, source: source)
    }
}

/// Decodes a hazard file's hazards, reporting every problem of shape and wording.
struct HazardDecoder {
    var reader: MappingReader
    private var ids: [String: SourceLocation] = [:]

    init(reader: MappingReader) { self.reader = reader }

    /// `matrix: DCB0129`, the only one supported.
    mutating func matrix(_ value: YAMLNode) {
        guard let name = reader.text(value, field: "matrix") else { return }
        _ = word(name, in: RiskMatrix.supported, what: "matrix", at: value)
    }

    mutating func hazards(_ value: YAMLNode) -> [Hazard] {
        guard let items = value.sequence else {
            if value.scalar?.isEmpty == true { return [] }
            reader.report(.wrongType, "'hazards' must be a list, not \(value.kindDescription)", at: value.location)
            return []
        }
        return items.compactMap { hazard($0) }
    }

    private mutating func hazard(_ item: YAMLNode) -> Hazard? {
        guard item.mapping != nil else {
            reader.report(
                .wrongType, "a hazard must be a mapping with id, title, nodes, controls and status, not \(item.kindDescription)",
                at: item.location)
            return nil
        }
        let pairs = reader.pairs(of: item, allowed: HazardLoader.hazardKeys)
        var hazard = Hazard(id: "", title: "", location: item.location, idLocation: item.location)
        var hasStatus = false
        for (key, _, value) in pairs {
            switch key {
            case "id":
                guard let id = reader.text(value, field: "id") else { continue }
                hazard.id = id
                hazard.idLocation = value.location
                if !reader.checkHazardID(id, at: value.location) { continue }
                if let first = ids[id] {
                    reader.report(
                        .duplicateHazard, "another hazard is already named '\(id)', at line \(first.line), column \(first.column)",
                        at: value.span)
                } else {
                    ids[id] = value.location
                }
            case "title": hazard.title = reader.text(value, field: "title") ?? ""
            case "cause": hazard.cause = reader.text(value, field: "cause") ?? ""
            case "effect": hazard.effect = reader.text(value, field: "effect") ?? ""
            case "harm": hazard.harm = reader.text(value, field: "harm") ?? ""
            case "owner": hazard.owner = reader.text(value, field: "owner")
            case "nodes":
                if let list = value.sequence {
                    for node in list { if let id = reader.text(node, field: "nodes item") { hazard.nodes.append((id, node.location)) } }
                } else if let id = reader.text(value, field: "nodes") {
                    hazard.nodes.append((id, value.location))
                }
            case "initial": hazard.initial = assessment(value, field: "initial")
            case "residual": hazard.residual = assessment(value, field: "residual")
            case "controls": hazard.controls = controls(value)
            case "status":
                hasStatus = true
                guard let text = reader.text(value, field: "status") else { continue }
                if let status = word(text, in: HazardStatus.allCases.map(\.rawValue), what: "status", at: value).flatMap(HazardStatus.init)
                {
                    hazard.status = status
                }
            case "reviewed": reviewed(value, into: &hazard)
            default: break
            }
        }
        if hazard.id.isEmpty, !pairs.contains(where: { $0.key == "id" }) {
            reader.report(.missingField, "this hazard has no 'id'", at: item.location)
        }
        if !pairs.contains(where: { $0.key == "title" }) {
            reader.report(.missingField, "hazard '\(hazard.id)' has no 'title'", at: item.location)
        }
        if !hasStatus {
            reader.report(.missingField, "hazard '\(hazard.id)' has no 'status': open, transferred or closed", at: item.location)
        }
        if hazard.id.isEmpty { hazard.id = "hazard at line \(item.location.line)" }
        return hazard
    }

    private mutating func assessment(_ value: YAMLNode, field: String) -> RiskAssessment? {
        guard value.mapping != nil else {
            reader.report(
                .wrongType, "'\(field)' must be a mapping of severity and likelihood, not \(value.kindDescription)", at: value.location)
            return nil
        }
        var severity: HarmSeverity?
        var likelihood: HarmLikelihood?
        var written: (Int, YAMLNode)?
        let pairs = reader.pairs(of: value, allowed: HazardLoader.assessmentKeys)
        for (key, _, item) in pairs {
            guard let text = reader.text(item, field: key) else { continue }
            switch key {
            case "severity":
                severity = word(text, in: HarmSeverity.allCases.map(\.word), what: "severity", at: item).flatMap { HarmSeverity(word: $0) }
            case "likelihood":
                likelihood = word(text, in: HarmLikelihood.allCases.map(\.word), what: "likelihood", at: item).flatMap {
                    HarmLikelihood(word: $0)
                }
            default:
                if let number = Int(text), (1...5).contains(number) {
                    written = (number, item)
                } else {
                    reader.report(.wrongType, "'risk' must be a whole number from 1 to 5, not '\(text)'", at: item.span)
                }
            }
        }
        for key in ["severity", "likelihood"] where !pairs.contains(where: { $0.key == key }) {
            reader.report(.missingField, "'\(field)' has no '\(key)'", at: value.location)
        }
        guard let severity, let likelihood else { return nil }
        let assessment = RiskAssessment(severity: severity, likelihood: likelihood, writtenRisk: written?.0, location: value.location)
        if let (number, node) = written, number != assessment.risk {
            reader.report(
                .riskMismatch,
                "'risk: \(number)' is not what the DCB0129 matrix gives: \(severity.word) severity with \(likelihood.word) likelihood is risk \(assessment.risk); remove 'risk' (it is computed) or correct it",
                at: node.span, fixIts: [FixIt(range: node.textSpan, replacement: "\(assessment.risk)")])
        }
        return assessment
    }

    private mutating func controls(_ value: YAMLNode) -> [Control] {
        guard let items = value.sequence else {
            if value.scalar?.isEmpty == true { return [] }
            reader.report(.wrongType, "'controls' must be a list, not \(value.kindDescription)", at: value.location)
            return []
        }
        var controls: [Control] = []
        for item in items {
            guard item.mapping != nil else {
                reader.report(
                    .wrongType, "a control must be a mapping with kind, description and verified_by, not \(item.kindDescription)",
                    at: item.location)
                continue
            }
            var control = Control(kind: .design, description: "", location: item.location)
            let pairs = reader.pairs(of: item, allowed: HazardLoader.controlKeys)
            for (key, _, field) in pairs {
                switch key {
                case "kind":
                    if let text = reader.text(field, field: "kind"),
                        let kind = word(text, in: ControlKind.allCases.map(\.rawValue), what: "control kind", at: field).flatMap(
                            ControlKind.init)
                    {
                        control.kind = kind
                    }
                case "description": control.description = reader.text(field, field: "description") ?? ""
                default:
                    if let list = field.sequence {
                        for name in list {
                            if let text = reader.text(name, field: "verified_by item") { control.verifiedBy.append((text, name.location)) }
                        }
                    } else if field.scalar?.isEmpty != true, let text = reader.text(field, field: "verified_by") {
                        control.verifiedBy.append((text, field.location))
                    }
                }
            }
            for key in ["kind", "description"] where !pairs.contains(where: { $0.key == key }) {
                reader.report(.missingField, "this control has no '\(key)'", at: item.location)
            }
            controls.append(control)
        }
        return controls
    }

    private mutating func reviewed(_ value: YAMLNode, into hazard: inout Hazard) {
        hazard.reviewedLocation = value.location
        guard value.mapping != nil else {
            reader.report(.wrongType, "'reviewed' must be a mapping with 'nodes', not \(value.kindDescription)", at: value.location)
            return
        }
        for (_, _, nodes) in reader.pairs(of: value, allowed: ["nodes"]) {
            guard nodes.mapping != nil else {
                reader.report(
                    .wrongType, "'reviewed: nodes' must be a mapping of node id to digest, not \(nodes.kindDescription)", at: nodes.location
                )
                continue
            }
            hazard.reviewedLocation = nodes.location
            var recorded: [(id: String, digest: String)] = []
            for (id, _, digest) in reader.pairs(of: nodes, what: "node id") {
                guard let text = reader.text(digest, field: id) else { continue }
                recorded.append((id, text))
                hazard.reviewedDigestLocations[id] = digest.location
            }
            hazard.reviewedNodes = recorded
        }
    }

    /// `text` when it is one of `words`; else reported as unknown with a did-you-mean and `nil`.
    private mutating func word(_ text: String, in words: [String], what: String, at node: YAMLNode) -> String? {
        if words.contains(text) { return text }
        let meant = Suggestion.closest(to: text, in: words)
        reader.report(
            .unknownHazardWord,
            "unknown \(what) '\(text)'\(Suggestion.hint(meant)); \(what == "matrix" ? "the only matrix is" : "one of"): \(words.joined(separator: ", "))",
            at: node.span, fixIts: Suggestion.fixIts(meant, replacing: node.textSpan))
        return nil
    }
}

extension MappingReader {
    /// Whether `id` is a valid hazard id: letters, digits, `_`, `-` and `.`; reports it otherwise.
    mutating func checkHazardID(_ id: String, at location: SourceLocation) -> Bool {
        let valid = id.unicodeScalars.allSatisfy {
            switch $0 {
            case "a"..."z", "A"..."Z", "0"..."9", "_", "-", ".": true
            default: false
            }
        }
        guard valid else {
            report(.invalidID, "hazard id '\(id)' may hold only ASCII letters, digits, '_', '-' and '.'", at: location)
            return false
        }
        return true
    }
}
