// Hazards/: the hazard log as its file states it: hazards, their risk before and after their
// controls, the controls and the tests that verify them, status, owner and review digests.

/// A harm's severity and likelihood, and the risk the matrix gives them.
public struct RiskAssessment: Sendable {
    /// How bad the harm is.
    public var severity: HarmSeverity
    /// How likely it is.
    public var likelihood: HarmLikelihood
    /// The risk written by hand (`risk: 3`), checked against the matrix; `nil` when not written.
    public var writtenRisk: Int?
    /// Where the assessment is written.
    public var location: SourceLocation

    /// The rating the DCB0129 matrix gives.
    public var risk: Int { RiskMatrix.dcb0129.risk(severity, likelihood) }

    /// Creates an assessment.
    public init(severity: HarmSeverity, likelihood: HarmLikelihood, writtenRisk: Int? = nil, location: SourceLocation = .start) {
        self.severity = severity
        self.likelihood = likelihood
        self.writtenRisk = writtenRisk
        self.location = location
    }
}

/// What a hazard's control is: part of the design, a test, training, or a process.
public enum ControlKind: String, CaseIterable, Sendable {
    /// The decision logic itself.
    case design
    /// A test.
    case test
    /// Training of the people who use it.
    case training
    /// A process around it.
    case process
}

/// Where a hazard stands.
public enum HazardStatus: String, CaseIterable, Sendable {
    /// Not yet controlled to an acceptable level.
    case open
    /// Handed to another party (the deploying organisation, under DCB0160).
    case transferred
    /// Controlled, every control verified.
    case closed
}

/// A measure that reduces a hazard's risk, and the invariants and cases that verify it.
public struct Control: Sendable {
    /// What kind of control it is.
    public var kind: ControlKind
    /// What the control does.
    public var description: String
    /// Names of invariants or cases of the tree's scenario file, each with where it is written.
    public var verifiedBy: [(name: String, location: SourceLocation)]
    /// Where the control begins.
    public var location: SourceLocation

    /// Creates a control.
    public init(
        kind: ControlKind, description: String, verifiedBy: [(name: String, location: SourceLocation)] = [],
        location: SourceLocation = .start
    ) {
        self.kind = kind
        self.description = description
        self.verifiedBy = verifiedBy
        self.location = location
    }
}

/// One hazard of the log.
public struct Hazard: Sendable {
    /// Its id, unique in the log (`HAZ-001`).
    public var id: String
    /// A short title.
    public var title: String
    /// What causes it.
    public var cause: String
    /// What happens then.
    public var effect: String
    /// The harm to the patient.
    public var harm: String
    /// The ids of the tree's nodes it concerns, each with where it is written.
    public var nodes: [(id: String, location: SourceLocation)]
    /// The risk before the controls.
    public var initial: RiskAssessment?
    /// The risk that remains with the controls.
    public var residual: RiskAssessment?
    /// The controls.
    public var controls: [Control]
    /// Where it stands.
    public var status: HazardStatus
    /// Who owns it.
    public var owner: String?
    /// Each named node's digest when the hazard was last reviewed (see `ContentHash.nodeDigests`).
    public var reviewedNodes: [(id: String, digest: String)]?
    /// Where `reviewed: nodes` is written.
    public var reviewedLocation: SourceLocation?
    /// Where each recorded digest is written, by node id.
    public var reviewedDigestLocations: [String: SourceLocation] = [:]
    /// Where the hazard begins.
    public var location: SourceLocation
    /// Where its id is written.
    public var idLocation: SourceLocation

    /// Creates a hazard.
    public init(
        id: String, title: String, cause: String = "", effect: String = "", harm: String = "",
        nodes: [(id: String, location: SourceLocation)] = [], initial: RiskAssessment? = nil, residual: RiskAssessment? = nil,
        controls: [Control] = [], status: HazardStatus = .open, owner: String? = nil,
        reviewedNodes: [(id: String, digest: String)]? = nil, reviewedLocation: SourceLocation? = nil,
        location: SourceLocation = .start, idLocation: SourceLocation = .start
    ) {
        self.id = id
        self.title = title
        self.cause = cause
        self.effect = effect
        self.harm = harm
        self.nodes = nodes
        self.initial = initial
        self.residual = residual
        self.controls = controls
        self.status = status
        self.owner = owner
        self.reviewedNodes = reviewedNodes
        self.reviewedLocation = reviewedLocation
        self.location = location
        self.idLocation = idLocation
    }

    /// Every name its controls' `verified_by` give, in order, each once.
    public var verifyingNames: [String] {
        var seen = Set<String>()
        return controls.flatMap { $0.verifiedBy.map(\.name) }.filter { seen.insert($0).inserted }
    }
}

/// Whether a hazard's controls are verified: each control names tests, and every test named passes.
public struct HazardVerification: Sendable {
    /// What one named invariant or case gave.
    public struct Evidence: Sendable {
        /// The invariant's or case's name.
        public var name: String
        /// Whether it is an invariant (else a case); `nil` when the scenario file has no such name.
        public var isInvariant: Bool?
        /// Whether it passed; `false` when it is unknown.
        public var passed: Bool
        /// Why it failed (an invariant's counterexample, where a case diverged); empty when it passed.
        public var details: [String] = []
    }

    /// The hazard.
    public var hazard: Hazard
    /// Each control's evidence, in the order of `hazard.controls`.
    public var controls: [[Evidence]]

    /// Whether every control names at least one test and every test named passes.
    public var isVerified: Bool {
        !controls.isEmpty && controls.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.passed) }
    }

    /// The names that failed or are unknown, each once.
    public var failing: [String] {
        var seen = Set<String>()
        return controls.flatMap { $0.filter { !$0.passed }.map(\.name) }.filter { seen.insert($0).inserted }
    }

    /// The descriptions of controls that name no test.
    public var unverifiedControls: [String] {
        zip(hazard.controls, controls).filter { $0.1.isEmpty }.map { $0.0.description }
    }
}

/// A loaded hazard file: its log, its tree, each hazard's verification and every problem found.
public struct HazardFile: Sendable {
    /// The hazard file's path as the user named it.
    public let path: String
    /// The tree's path, resolved against the hazard file's folder; `nil` when `tree:` is missing.
    public let treePath: String?
    /// The tree, when it loaded without errors.
    public let tree: Tree?
    /// The scenario file the verifying names are looked up in (beside the tree), when it exists.
    public let scenarioPath: String?
    /// The hazards, in file order.
    public let hazards: [Hazard]
    /// Each hazard's verification, in file order; empty when the tree did not load.
    public let verifications: [HazardVerification]
    /// The number of paths from the start to an end of the tree, for "proved over all N paths";
    /// `nil` when the tree did not load or the count passes `Int.max`.
    public let pathCount: Int?
    /// The scenario file's report the verifying names were looked up in, when it ran.
    public let tests: TestSuiteReport?
    /// The problems in the hazard file, sorted by position.
    public let diagnostics: [Diagnostic]
    /// The hazard file's text, for printing source lines under diagnostics.
    public let source: SourceText?
}

extension HazardFile {
    /// The hazards whose `nodes` name the node `id`, in file order.
    public func hazards(naming id: String) -> [Hazard] {
        hazards.filter { $0.nodes.contains { $0.id == id } }
    }
}
