// Hazards/: one hazard checked against its tree and the tree's scenario run: its nodes exist and
// are unchanged since review, its verifying names exist and pass, its risks are acceptable for
// its status.

import FoundationEssentials

/// Checks each hazard of a loaded hazard file against the tree and the scenario file's report.
struct HazardCheck {
    var reader: MappingReader
    let tree: Tree
    /// Each case's and invariant's result by name.
    private let results: [String: TestCaseReport]
    private let names: [String]
    private let scenarioPath: String?
    private let hasTests: Bool
    /// Each node's content digest by id, worked out the first time a hazard records reviewed
    /// digests (a log without them never opens libcrypto: 6 M instructions of `validate`).
    private var digests: [String: String]?

    init(reader: MappingReader, tree: Tree, tests: TestSuiteReport?, scenarioPath: String?) {
        self.reader = reader
        self.tree = tree
        var results: [String: TestCaseReport] = [:]
        for test in tests?.tests ?? [] where test.kind != .coverage && test.kind != .hazard {
            if results[test.name] == nil { results[test.name] = test }
        }
        self.results = results
        self.names = (tests?.tests ?? []).filter { $0.kind == .scenario || $0.kind == .invariant }.map(\.name)
        self.scenarioPath = scenarioPath
        self.hasTests = tests != nil
        self.digests = nil
    }

    /// The content digest of node `id` now; `nil` for an id the tree does not have.
    private mutating func nodeDigest(_ id: String) -> String? {
        if digests == nil { digests = Dictionary(ContentHash.nodeDigests(tree), uniquingKeysWith: { first, _ in first }) }
        return digests?[id]
    }

    /// Reports the hazard's problems and returns its verification.
    mutating func check(_ hazard: Hazard) -> HazardVerification {
        for (id, location) in hazard.nodes where tree.index(of: id) == nil {
            let error = AnswerError.unknownNode(id, in: tree)
            let span = SourceRange(start: location, length: id.unicodeScalars.count)
            reader.report(.unknownNode, error.description, at: span, fixIts: Suggestion.fixIts(error.suggestion, replacing: span))
        }
        var evidence: [[HazardVerification.Evidence]] = []
        for control in hazard.controls {
            var items: [HazardVerification.Evidence] = []
            for (name, location) in control.verifiedBy {
                if let result = results[name] {
                    items.append(
                        .init(
                            name: name, isInvariant: result.kind == .invariant, passed: result.passed,
                            details: result.passed ? [] : result.details))
                } else {
                    items.append(.init(name: name, isInvariant: nil, passed: false))
                    let meant = Suggestion.closest(to: name, in: names)
                    let message =
                        hasTests
                        ? "no invariant or case of \(scenarioPath ?? "the scenario file") is named '\(name)'\(Suggestion.hint(meant))"
                        : "'\(name)' cannot be found: the tree has no scenario file (\(tree.path.map(TreeFiles.scenarioFile(besideTree:)) ?? "NAME.tests.yaml"))"
                    reader.report(.unknownTestName, message, at: location, fixIts: [])
                }
            }
            evidence.append(items)
        }
        let verification = HazardVerification(hazard: hazard, controls: evidence)
        if hazard.status == .closed, !verification.isVerified {
            var reasons: [String] = []
            if hazard.controls.isEmpty { reasons.append("it has no control") }
            for description in verification.unverifiedControls { reasons.append("the control '\(description)' names no invariant or case") }
            let failing = verification.failing.filter { results[$0] != nil }
            if !failing.isEmpty { reasons.append("failing: " + failing.map { "'\($0)'" }.joined(separator: ", ")) }
            let unknown = verification.failing.filter { results[$0] == nil }
            if !unknown.isEmpty { reasons.append("unknown: " + unknown.map { "'\($0)'" }.joined(separator: ", ")) }
            reader.report(
                .hazardUnverified,
                "hazard '\(hazard.id)' is closed, but its controls are not all verified: \(reasons.joined(separator: "; "))",
                at: hazard.idLocation)
        }
        if hazard.status == .open, let residual = hazard.residual, residual.risk >= 4 {
            reader.report(
                .hazardRiskHigh,
                "hazard '\(hazard.id)' is open with residual risk \(residual.risk) (\(residual.severity.word), \(residual.likelihood.word)): DCB0129 requires it be controlled to an acceptable level",
                at: residual.location)
        }
        if let recorded = hazard.reviewedNodes {
            let before = Dictionary(recorded.map { ($0.id, $0.digest) }, uniquingKeysWith: { first, _ in first })
            var changed: [String] = []
            var firstChanged: SourceLocation?
            for (id, _) in hazard.nodes {
                guard let now = nodeDigest(id) else { continue }
                if let old = before[id] {
                    if old != now {
                        changed.append("\(id) (changed)")
                        firstChanged = firstChanged ?? hazard.reviewedDigestLocations[id]
                    }
                } else {
                    changed.append("\(id) (never reviewed)")
                }
            }
            if !changed.isEmpty {
                reader.report(
                    .hazardStale,
                    "hazard '\(hazard.id)' was reviewed before its nodes changed: \(changed.joined(separator: "; ")); review it and record 'reviewed: nodes' again (dtree hash --nodes shows the digests)",
                    at: firstChanged ?? hazard.reviewedLocation ?? hazard.location)
            }
        }
        return verification
    }
}
