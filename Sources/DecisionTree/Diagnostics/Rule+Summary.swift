// Diagnostics/: the one-line description of each rule and where its documentation is, for
// SARIF rule descriptors and the language server's code descriptions.

extension Rule {
    /// What the rule checks, in one line (SARIF's `shortDescription`, hover text in editors).
    public var summary: String {
        switch self {
        case .unreadableFile: "The file, or the tree a scenario file names, cannot be read."
        case .fileTooLarge: "The file is larger than the 32 MiB a tree file may be."
        case .binaryFile: "The file holds a NUL byte: it is binary, not a text tree file."
        case .notUTF8: "The file is not valid UTF-8."
        case .emptyFile: "The file is empty."
        case .yamlSyntax: "The file is not valid YAML, or holds more than one document."
        case .nestingTooDeep: "The YAML is nested deeper than 64 levels."
        case .yamlAlias: "A YAML alias (*name) is used; share a node by naming its id instead."
        case .duplicateKey: "A key, node id, answer label, item or specialist appears twice."
        case .topLevelNotMapping: "The document is a list or a scalar, not a mapping."
        case .wrongType: "A value has the wrong kind, such as a list where text belongs."
        case .unknownKey: "A key the format does not know."
        case .keyNotAllowed: "A known key on the wrong kind of node, such as answers on a refer."
        case .missingField: "A required key (tree, title, start, nodes; name, expect) is missing."
        case .invalidID: "A tree id or node id holds characters it may not hold."
        case .emptyText: "A text field, item or label is empty."
        case .nodeKindMissing: "A node has no kind: question, number, checklist, refer or outcome."
        case .nodeKindConflict: "A node has more than one kind."
        case .tooFewAnswers: "A question has fewer than two answers."
        case .checklistNoItems: "A checklist has no items."
        case .checklistMissingBranch: "A checklist lacks its any or none branch."
        case .malformedRange: "A number node's range is not one of < X, <= X, > X, >= X, = X, A ..< B, A ... B, or holds no allowed number."
        case .minAboveMax: "A number node's min is above its max."
        case .rangeOutsideBounds: "A number node's range reaches values below its min or above its max."
        case .rangeGap: "Some allowed values of a number node fall in none of its ranges."
        case .rangeOverlap: "Some values of a number node fall in two of its ranges."
        case .unknownUrgency: "An urgency other than routine, soon, urgent or emergency."
        case .unknownSpecialist: "A specialist missing from the declared specialists, or one no node refers to."
        case .unknownTarget: "start, an answer, any, none or next names no node."
        case .cycle: "The graph loops back on itself."
        case .unreachableNode: "No path from start reaches the node."
        case .unusedSpecialist: "A declared specialist no node refers to."
        case .unknownNode: "A scenario names a node the tree lacks."
        case .unknownAnswer: "A scenario gives an answer the node does not accept."
        case .unusedAnswer: "A case answers a node its path never visits."
        case .badExpectation: "An expectation names a non-terminal node, is empty, or matches no node."
        case .treeHasErrors: "The tree a scenario file names has errors."
        case .duplicateName: "Two cases or invariants share a name."
        case .caseFailed: "A scenario case ended somewhere other than its expectation."
        case .invariantBroken: "An invariant fails on at least one path."
        case .coverageBelowMinimum: "A tree's outcome coverage is below --min-coverage or its scenario file's min-coverage."
        case .untestedOutcome: "No case reaches an outcome, or no scenario file tests a tree."
        case .mutantSurvived: "A mutant of the tree changes what some patient gets, and every case and invariant still passes."
        case .mutationScoreBelowMinimum: "A tree's mutation score is below --min-score."
        case .caseUnreviewed: "A case marked unreviewed: true (a suggested case no clinician has confirmed yet)."
        case .citeNotInSource: "A part of a cite does not occur in the source document it quotes."
        case .sourceChanged: "The source document's SHA-256 is not the one the tree records."
        case .sourceNotFound: "The source document was not found, so the cites were not checked."
        case .sourceOutside: "The source document's name leads outside the tree's folder and the source folders; it is not read."
        case .missingCite: "A refer or outcome node has no cite (with --strict)."
        case .invalidSignOff: "A review: sign-off has a malformed date or hash, or misses a field."
        case .reviewStale: "The latest sign-off approved another version of the tree."
        case .reviewMissing: "The tree has no sign-off (with --require-review)."
        case .tooManyDiagnostics: "More than 200 problems in one file: the rest are counted, not listed."
        case .yamlTag: "A YAML tag (!!binary, !custom); tree files hold plain text, lists and mappings."
        case .notATreeFile:
            "A scenario's tree: names something that is not a regular tree file, or a scenario file is given where a tree is expected."
        case .unknownHazardWord: "A hazard file's severity, likelihood, status, control kind or matrix is not one of its words."
        case .duplicateHazard: "Two hazards of a hazard file share an id."
        case .unknownTestName: "A control's verified_by names no invariant or case of the tree's scenario file."
        case .hazardUnverified: "A closed hazard has a control that names no test, or a test it names fails."
        case .riskMismatch: "A risk written in a hazard file is not the one the DCB0129 matrix gives."
        case .hazardRiskHigh: "An open hazard's residual risk is 4 or 5."
        case .hazardStale: "A node a hazard names changed since the hazard was last reviewed."
        case .inferenceUnreviewed:
            "A node's inference is named by no hazard and by no note of the current sign-off (with --strict)."
        case .poSyntax: "A PO file is not in the PO format dtree reads (no plural forms)."
        case .poCharset: "A PO file's header declares no charset or one other than UTF-8."
        case .poControlCharacter: "A translation (msgstr) holds a control character other than a line break."
        case .translationMissing: "A string of the tree has no translation in the PO file."
        case .translationStale: "A translation was made from source text the tree no longer has."
        case .translationUnreviewed: "Translations are marked fuzzy: drafts no translator has reviewed (a warning with --require-review)."
        case .translationUnknownID: "A PO entry's msgctxt names no string of the tree."
        case .translationLabelCollision: "Two answers of one question have the same translated label."
        }
    }

    /// Where the rule is documented, relative to the package root: the rules table of
    /// `docs/format.md` for tree-file rules, the diagnostics table of `docs/scenarios.md`
    /// for the rules only scenario files and `dtree test` report.
    public var documentationPath: String {
        switch self {
        case .unknownNode, .unknownAnswer, .unusedAnswer, .badExpectation, .treeHasErrors,
            .duplicateName, .caseFailed, .invariantBroken, .coverageBelowMinimum, .untestedOutcome,
            .notATreeFile, .mutantSurvived, .mutationScoreBelowMinimum, .caseUnreviewed:
            "docs/scenarios.md#diagnostics"
        case .unknownHazardWord, .duplicateHazard, .unknownTestName, .hazardUnverified, .riskMismatch, .hazardRiskHigh,
            .hazardStale, .inferenceUnreviewed:
            "docs/safety.md#diagnostics"
        case .poSyntax, .poCharset, .poControlCharacter, .translationMissing, .translationStale, .translationUnreviewed,
            .translationUnknownID, .translationLabelCollision:
            "docs/translation.md#rules"
        default:
            "docs/format.md#rules"
        }
    }
}
