// Diagnostics/: the id of every check dtree makes.

/// The id of each check, printed in brackets after a diagnostic's message.
public enum Rule: String, CaseIterable, Sendable, Codable {
    // The file itself.
    case unreadableFile = "unreadable-file"
    case fileTooLarge = "file-too-large"
    case binaryFile = "binary-file"
    case notUTF8 = "not-utf8"
    case emptyFile = "empty-file"
    case tooManyDiagnostics = "too-many-diagnostics"
    // YAML.
    case yamlSyntax = "yaml-syntax"
    case nestingTooDeep = "nesting-too-deep"
    case yamlAlias = "yaml-alias"
    case duplicateKey = "duplicate-key"
    case yamlTag = "yaml-tag"
    // Shape.
    case topLevelNotMapping = "top-level-not-mapping"
    case wrongType = "wrong-type"
    case unknownKey = "unknown-key"
    case keyNotAllowed = "key-not-allowed"
    case missingField = "missing-field"
    case invalidID = "invalid-id"
    case emptyText = "empty-text"
    // Nodes.
    case nodeKindMissing = "node-kind-missing"
    case nodeKindConflict = "node-kind-conflict"
    case tooFewAnswers = "too-few-answers"
    case checklistNoItems = "checklist-no-items"
    case checklistMissingBranch = "checklist-missing-branch"
    case unknownUrgency = "unknown-urgency"
    case unknownSpecialist = "unknown-specialist"
    // Number nodes.
    case malformedRange = "malformed-range"
    case minAboveMax = "min-above-max"
    case rangeOutsideBounds = "range-outside-bounds"
    case rangeGap = "range-gap"
    case rangeOverlap = "range-overlap"
    // The graph.
    case unknownTarget = "unknown-target"
    case cycle = "cycle"
    case unreachableNode = "unreachable-node"
    case unusedSpecialist = "unused-specialist"
    // Citations against the source document.
    case citeNotInSource = "cite-not-in-source"
    case sourceChanged = "source-changed"
    case sourceNotFound = "source-not-found"
    case sourceOutside = "source-outside"
    case missingCite = "missing-cite"
    // Scenario files.
    case unknownNode = "unknown-node"
    case unknownAnswer = "unknown-answer"
    case unusedAnswer = "unused-answer"
    case badExpectation = "bad-expectation"
    // Scenario files, further.
    case treeHasErrors = "tree-has-errors"
    case duplicateName = "duplicate-name"
    case caseFailed = "case-failed"
    case invariantBroken = "invariant-broken"
    case coverageBelowMinimum = "coverage-below-minimum"
    case untestedOutcome = "untested-outcome"
    case mutantSurvived = "mutant-survived"
    case mutationScoreBelowMinimum = "mutation-score-below-minimum"
    case caseUnreviewed = "case-unreviewed"
    // Review sign-offs.
    case invalidSignOff = "invalid-sign-off"
    case reviewStale = "review-stale"
    case reviewMissing = "review-missing"
    // Hardening.
    case notATreeFile = "not-a-tree-file"
    // Hazard logs.
    case unknownHazardWord = "unknown-hazard-word"
    case duplicateHazard = "duplicate-hazard"
    case unknownTestName = "unknown-test-name"
    case hazardUnverified = "hazard-unverified"
    case riskMismatch = "risk-mismatch"
    case hazardRiskHigh = "hazard-risk-high"
    case hazardStale = "hazard-stale"
    case inferenceUnreviewed = "inference-unreviewed"
    // Translations (PO files beside a tree).
    case poSyntax = "po-syntax"
    case poCharset = "po-charset"
    case poControlCharacter = "po-control-character"
    case translationMissing = "translation-missing"
    case translationStale = "translation-stale"
    case translationUnreviewed = "translation-unreviewed"
    case translationUnknownID = "translation-unknown-id"
    case translationLabelCollision = "translation-label-collision"
}

extension Rule {
    /// The severity a diagnostic of this rule has unless its site says otherwise (a site that
    /// raises another severity says why, beside the call). SARIF's rule descriptors read it too.
    ///
    /// No `default:` case: a new rule does not compile until its severity is declared here.
    public var defaultSeverity: Diagnostic.Severity {
        switch self {
        case .unreadableFile, .fileTooLarge, .binaryFile, .notUTF8, .emptyFile, .tooManyDiagnostics: .error
        case .yamlSyntax, .nestingTooDeep, .yamlAlias, .duplicateKey, .yamlTag: .error
        case .topLevelNotMapping, .wrongType, .unknownKey, .keyNotAllowed, .missingField, .invalidID, .emptyText: .error
        case .nodeKindMissing, .nodeKindConflict, .tooFewAnswers, .checklistNoItems, .checklistMissingBranch,
            .unknownUrgency, .unknownSpecialist:
            .error
        case .malformedRange, .minAboveMax, .rangeOutsideBounds, .rangeGap, .rangeOverlap: .error
        case .unknownTarget, .cycle: .error
        case .unreachableNode, .unusedSpecialist: .warning
        case .citeNotInSource, .sourceOutside: .error
        case .sourceChanged, .missingCite: .warning
        case .sourceNotFound: .note
        case .unknownNode, .unknownAnswer, .badExpectation: .error
        case .unusedAnswer: .warning
        case .treeHasErrors, .caseFailed, .invariantBroken, .coverageBelowMinimum: .error
        case .duplicateName, .untestedOutcome: .warning
        case .mutantSurvived, .caseUnreviewed: .warning
        case .mutationScoreBelowMinimum: .error
        case .invalidSignOff: .error
        case .reviewStale, .reviewMissing: .warning
        case .notATreeFile: .error
        case .unknownHazardWord, .duplicateHazard, .unknownTestName, .hazardUnverified, .riskMismatch: .error
        case .hazardRiskHigh, .hazardStale, .inferenceUnreviewed: .warning
        case .poSyntax, .poCharset, .poControlCharacter, .translationLabelCollision: .error
        case .translationMissing, .translationStale, .translationUnknownID: .warning
        case .translationUnreviewed: .note
        }
    }
}
