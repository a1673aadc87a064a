// Scenarios/: scenario files (cases, invariants, coverage, reports and recorded sessions).
// Imports Model/, Loading/, Graph/, Execution/, Output/ and Diagnostics/.

/// What a scenario expects of a node: any of an id, a specialist and an urgency, each one of a list.
///
/// Written as a node id (`expect: self_care`) or as a mapping of any of `node`, `refer` and
/// `urgency`, each a value or a list (`{refer: neurologist, urgency: [urgent, emergency]}`).
/// A node matches when it satisfies every field given; an empty field places no condition.
public struct Expectation: Hashable, Sendable, CustomStringConvertible {
    /// Node ids, one of which the node must have; empty for any.
    public var nodes: [String]
    /// Specialists, one of which the node must refer to; empty for any.
    public var specialists: [String]
    /// Urgencies, one of which the node must have; empty for any.
    public var urgencies: [Urgency]
    /// Whether an urgency the tree does not state matches (`urgency: none`). A listed level
    /// matches only an urgency the tree states: an unstated urgency is absent, never routine.
    public var urgencyUnstated = false
    /// Where the expectation is written.
    public var location: SourceLocation

    /// Creates an expectation.
    public init(nodes: [String] = [], specialists: [String] = [], urgencies: [Urgency] = [], location: SourceLocation = .start) {
        self.nodes = nodes
        self.specialists = specialists
        self.urgencies = urgencies
        self.location = location
    }

    /// Whether `node` satisfies every field of the expectation.
    public func matches(_ node: Node) -> Bool {
        guard nodes.isEmpty || nodes.contains(node.id) else { return false }
        if specialists.isEmpty, urgencies.isEmpty, !urgencyUnstated { return true }
        guard let referral = node.referral else { return false }
        let urgencyMatches =
            (urgencies.isEmpty && !urgencyUnstated)
            || (referral.urgencyStated ? urgencies.contains(referral.urgency) : urgencyUnstated)
        return (specialists.isEmpty || specialists.contains(referral.specialist)) && urgencyMatches
    }

    /// The expectation as it would be written: `self_care` or `{refer: neurologist, urgency: [urgent, emergency]}`.
    public var description: String {
        if nodes.count == 1, specialists.isEmpty, urgencies.isEmpty, !urgencyUnstated { return nodes[0] }
        func field(_ key: String, _ values: [String]) -> String? {
            if values.isEmpty { return nil }
            return values.count == 1 ? "\(key): \(values[0])" : "\(key): [\(values.joined(separator: ", "))]"
        }
        let fields = [
            field("node", nodes), field("refer", specialists),
            field("urgency", urgencies.map(\.rawValue) + (urgencyUnstated ? ["none"] : [])),
        ]
        return "{" + fields.compactMap { $0 }.joined(separator: ", ") + "}"
    }
}

/// A scenario: answers given from the start, and what the walk must end at.
public struct ScenarioCase: Sendable {
    /// The case's name.
    public var name: String
    /// Where the case begins in the scenario file.
    public var location: SourceLocation
    /// The answers, each checked against its node.
    public var answers: Answers
    /// Where each answered node's id is written in the scenario file, by node index.
    public var answerLocations: [Int: SourceLocation]
    /// What the terminal node reached must match.
    public var expectation: Expectation
    /// Whether the case had errors of its own, so it cannot run and counts as failed.
    public var isBroken: Bool
    /// Whether the case is marked `unreviewed: true` (a suggested case no clinician has
    /// confirmed): it runs and counts; `dtree test --strict` reports it.
    public var isUnreviewed = false

    /// Creates a case.
    public init(
        name: String, location: SourceLocation, answers: Answers, answerLocations: [Int: SourceLocation] = [:],
        expectation: Expectation, isBroken: Bool = false
    ) {
        self.name = name
        self.location = location
        self.answers = answers
        self.answerLocations = answerLocations
        self.expectation = expectation
        self.isBroken = isBroken
    }
}

/// A rule over every path of a tree, proved by reachability rather than sampled.
public struct Invariant: Sendable {
    /// What the invariant states.
    public enum Claim: Sendable {
        /// Every terminal reachable through the waypoint matches the expectation.
        case after(Waypoint, expect: Expectation)
        /// Every path from the start to a node matching the expectation passes one of the waypoints.
        case reaching(Expectation, through: [Waypoint])
        /// Every path from the start to an end asks the node (passes it).
        case asks(Int)
        /// No path from the start reaches a node matching the expectation after passing one of the waypoints.
        case notReaching(Expectation, through: [Waypoint])
    }

    /// The invariant's name.
    public var name: String
    /// Where the invariant begins in the scenario file.
    public var location: SourceLocation
    /// What it states; `nil` when the invariant had errors and cannot be checked.
    public var claim: Claim?

    /// Creates an invariant.
    public init(name: String, location: SourceLocation, claim: Claim?) {
        self.name = name
        self.location = location
        self.claim = claim
    }
}

/// A loaded scenario file: its tree, cases, invariants and every problem found in it.
public struct ScenarioFile: Sendable {
    /// The scenario file's path as the user named it.
    public let path: String
    /// The tree's path, resolved against the scenario file's folder; `nil` when `tree:` is missing.
    public let treePath: String?
    /// The tree, when it loaded without errors.
    public let tree: Tree?
    /// The tree file's own diagnostics, when it was read.
    public let treeDiagnostics: [Diagnostic]
    /// The tree file's text, for printing its diagnostics.
    public let treeSource: SourceText?
    /// The minimum outcome coverage the file declares (`min-coverage:`), if any: `dtree test`
    /// and `dtree approve` fail below it as below `--min-coverage`.
    public let minimumCoverage: CoverageMinimum?
    /// The cases, in file order.
    public let cases: [ScenarioCase]
    /// The invariants, in file order.
    public let invariants: [Invariant]
    /// Each case's result, in file order: cases run once, when the file is loaded.
    public let results: [CaseResult]
    /// The problems in the scenario file itself, sorted by position.
    public let diagnostics: [Diagnostic]
    /// The scenario file's text, for printing source lines under diagnostics.
    public let source: SourceText?

    /// Whether the file can run at all: it was read, and its tree loaded.
    public var isRunnable: Bool { tree != nil }
}
