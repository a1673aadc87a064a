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
        (nodes.isEmpty || nodes.contains(node.id))
            && (specialists.isEmpty || node.specialist.map(specialists.contains) == true)
            && (urgencies.isEmpty || node.urgency.map(urgencies.contains) == true)
    }

    /// The expectation as it would be written: `self_care` or `{refer: neurologist, urgency: [urgent, emergency]}`.
    public var description: String {
        if nodes.count == 1, specialists.isEmpty, urgencies.isEmpty { return nodes[0] }
        func field(_ key: String, _ values: [String]) -> String? {
            if values.isEmpty { return nil }
            return values.count == 1 ? "\(key): \(values[0])" : "\(key): [\(values.joined(separator: ", "))]"
        }
        let fields = [field("node", nodes), field("refer", specialists), field("urgency", urgencies.map(\.rawValue))]
        return "{" + fields.compactMap { $0 }.joined(separator: ", ") + "}"
    }
}

/// A node, or one edge out of it: what `after:` and `through:` name (`NODE` or `NODE=ANSWER`).
public struct Anchor: Hashable, Sendable, CustomStringConvertible {
    /// The node's index in ``Tree/nodes``.
    public var node: Int
    /// The index of the edge in the node's ``Node/edges``, or `nil` for the node itself.
    public var edge: Int?
    /// The text as written, for messages.
    public var text: String

    /// Creates an anchor.
    public init(node: Int, edge: Int? = nil, text: String) {
        self.node = node
        self.edge = edge
        self.text = text
    }

    public var description: String { text }
}

/// One answer a case gives: the node it answers and the parsed answer.
public struct CaseAnswer: Hashable, Sendable {
    /// The node's index in ``Tree/nodes``.
    public var node: Int
    /// The parsed answer.
    public var answer: Answer
    /// Where the node id is written in the scenario file.
    public var location: SourceLocation

    /// Creates a case's answer.
    public init(node: Int, answer: Answer, location: SourceLocation) {
        self.node = node
        self.answer = answer
        self.location = location
    }
}

/// A scenario: answers given from the start, and what the walk must end at.
public struct ScenarioCase: Sendable {
    /// The case's name.
    public var name: String
    /// Where the case begins in the scenario file.
    public var location: SourceLocation
    /// The answers, in file order, at most one per node.
    public var answers: [CaseAnswer]
    /// What the terminal node reached must match.
    public var expectation: Expectation
    /// Whether the case had errors of its own, so it cannot run and counts as failed.
    public var isBroken: Bool

    /// Creates a case.
    public init(name: String, location: SourceLocation, answers: [CaseAnswer], expectation: Expectation, isBroken: Bool = false) {
        self.name = name
        self.location = location
        self.answers = answers
        self.expectation = expectation
        self.isBroken = isBroken
    }
}

/// A rule over every path of a tree, proved by reachability rather than sampled.
public struct Invariant: Sendable {
    /// What the invariant states.
    public enum Claim: Sendable {
        /// Every terminal reachable through the anchor matches the expectation.
        case after(Anchor, expect: Expectation)
        /// Every path from the start to a node matching the expectation passes one of the anchors.
        case reaching(Expectation, through: [Anchor])
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
    /// The cases, in file order.
    public let cases: [ScenarioCase]
    /// The invariants, in file order.
    public let invariants: [Invariant]
    /// The problems in the scenario file itself, sorted by position.
    public let diagnostics: [Diagnostic]
    /// The scenario file's text, for printing source lines under diagnostics.
    public let source: SourceText?

    /// Whether the file can run at all: it was read, and its tree loaded.
    public var isRunnable: Bool { tree != nil }
}

/// One step of a path through a tree: a node and the answer that left it.
public struct PathStep: Hashable, Sendable, Codable {
    /// The node's id.
    public var node: String
    /// The answer that left the node (`nil` at the end of the path).
    public var answer: String?

    /// Creates a step.
    public init(node: String, answer: String?) {
        self.node = node
        self.answer = answer
    }

    /// `red_flags (any) -> therapist (next) -> therapist_finding (ovaries) -> gynecologist`.
    public static func describe(_ path: [PathStep]) -> String {
        path.map { step in step.answer.map { "\(step.node) (\($0))" } ?? step.node }.joined(separator: " -> ")
    }
}

extension Node {
    /// `muscle_spasm (outcome)`, `neurologist_now (refer neurologist, urgent)`: for messages.
    var summary: String {
        switch kind {
        case .refer:
            let urgency = urgency.map { ", \($0.rawValue)" } ?? ""
            return "\(id) (refer \(specialist ?? text)\(urgency))"
        default:
            return "\(id) (\(kind.rawValue))"
        }
    }
}
