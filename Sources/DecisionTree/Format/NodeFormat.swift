// Format/: the tree file format's one table of keys: the top-level keys, and for each node kind
// its kind key, the keys it requires and accepts, which of them lead to other nodes, and what
// each key means (for hover, completion and the schema test). The decoders, the editor indexes
// and the schema test read it; none keeps a list of its own. Imports Model/ only.

/// One key of a tree file: its name, whether it must be given, and what it means.
package struct FormatKey: Sendable, Equatable {
    /// What a key's value is, so a reader knows which keys lead to other nodes.
    package enum Role: Sendable, Equatable {
        /// Text (or a mapping for `source`, a list for `specialists`, …): no node is named.
        case value
        /// The id of the node an edge of this name leads to (`any`, `none`, `next`, `start`).
        case target
        /// A mapping of answer id to target node (`answers`): one edge per answer.
        case answers
    }

    /// The key as written in a file.
    package let name: String
    /// Whether a file must give it.
    package let required: Bool
    /// What its value is.
    package let role: Role
    /// What it means, one sentence, as the JSON Schema describes it.
    package let doc: String

    init(_ name: String, required: Bool = false, role: Role = .value, _ doc: String) {
        self.name = name
        self.required = required
        self.role = role
        self.doc = doc
    }
}

/// The keys one kind of node has in a tree file.
///
/// Adding a kind of node: a case of ``NodeKind``, its entry in ``of(_:)``, and its semantics
/// (``Node/Content``, the decoder's reading of its keys, and each switch over ``NodeKind`` the
/// compiler then points at).
package struct NodeFormat: Sendable {
    /// The kind.
    package let kind: NodeKind
    /// The kind key with its meaning (`question: TEXT`).
    package let kindKey: FormatKey
    /// The kind's own keys besides its kind key, `help` and `cite`, in documented order.
    package let ownKeys: [FormatKey]

    /// The key that gives the kind: `question`, `number`, `checklist`, `refer`, `outcome`.
    package var kindKeyName: String { kindKey.name }

    /// Every key the kind accepts: its kind key, its own keys, then `help` and `cite`.
    package var keys: [FormatKey] { [kindKey] + ownKeys + Self.commonKeys }

    /// The names of every key the kind accepts, as ``keys`` orders them.
    package var keyNames: [String] { keys.map(\.name) }

    /// The keys a node of this kind must have, its kind key first.
    package var requiredKeys: [String] { keys.filter(\.required).map(\.name) }

    /// The keys a node of this kind may leave out.
    package var optionalKeys: [String] { keys.filter { !$0.required }.map(\.name) }

    /// The keys that lead to other nodes (`answers`, `any`, `none`, `next`).
    package var edgeKeys: [String] { ownKeys.filter { $0.role != .value }.map(\.name) }

    /// The named edges of the kind, each with whether it must be given, in edge order
    /// (a checklist's `any` then `none`; a refer's optional `next`); empty for a question,
    /// whose edges are its answers.
    package var namedEdges: [(name: String, required: Bool)] {
        ownKeys.filter { $0.role == .target }.map { ($0.name, $0.required) }
    }

    /// Whether the kind's edges are its answers (a question).
    package var edgesAreAnswers: Bool { ownKeys.contains { $0.role == .answers } }

    /// The key of a given name, on this kind.
    package func key(_ name: String) -> FormatKey? { keys.first { $0.name == name } }

    /// The format of a kind. One entry per kind: the switch has no `default`, so a new kind
    /// does not compile until it has one.
    package static func of(_ kind: NodeKind) -> NodeFormat {
        switch kind {
        case .question: question
        case .number: number
        case .checklist: checklist
        case .refer: refer
        case .outcome: outcome
        }
    }

    /// Every kind's format, in ``NodeKind`` order.
    package static var all: [NodeFormat] { NodeKind.allCases.map(of) }

    /// The kind keys: `question`, `checklist`, `refer`, `outcome`.
    package static let kindKeyNames: [String] = NodeKind.allCases.map { of($0).kindKeyName }

    /// Every key any node accepts: the kind keys, then each kind's own keys and the common
    /// keys, each once.
    package static let allKeyNames: [String] = {
        var names = kindKeyNames
        for format in NodeKind.allCases.map(of) {
            for key in format.ownKeys + commonKeys where !names.contains(key.name) { names.append(key.name) }
        }
        return names
    }()

    /// The keys, on any kind, whose value is the id of the node an edge leads to
    /// (`any`, `none`, `next`).
    package static let targetKeyNames: [String] = NodeKind.allCases.flatMap { of($0).namedEdges.map(\.name) }

    /// The keys, on any kind, whose value maps answers to nodes (`answers`).
    package static let answersKeyNames: [String] = NodeKind.allCases.flatMap { kind in
        of(kind).ownKeys.filter { $0.role == .answers }.map(\.name)
    }

    /// The keys every kind accepts.
    package static let commonKeys: [FormatKey] = [
        FormatKey("help", "Shown on request while stepping through."),
        FormatKey("cite", "The passage of the source document this node rests on."),
        FormatKey(
            "inference",
            "What the node says that is the tree's own inference, not the source's words; shown wherever the node is shown, marked as inference."
        ),
    ]

    private static let evidence = FormatKey(
        "evidence",
        "The evidence the recommendation states, in GRADE's words: a mapping of `certainty` (high, moderate, low, very low) and `strength` (strong, weak)."
    )

    private static let advice = FormatKey("advice", "What the patient is told at this node.")

    private static let question = NodeFormat(
        kind: .question,
        kindKey: FormatKey("question", required: true, "The question asked."),
        ownKeys: [
            FormatKey(
                "answers", required: true, role: .answers,
                "Answer id to the id of the next node, or to {to, label} to show a label other than the id; at least two, kept in file order."
            )
        ])

    private static let number = NodeFormat(
        kind: .number,
        kindKey: FormatKey("number", required: true, "A question answered with a number."),
        ownKeys: [
            FormatKey("unit", "The unit shown with the value and the ranges (years, weeks, °C)."),
            FormatKey("min", "The smallest value allowed, inclusive (a decimal number)."),
            FormatKey("max", "The largest value allowed, inclusive (a decimal number)."),
            FormatKey("integer", "Whether only whole numbers are allowed (true or false; default false)."),
            FormatKey(
                "ranges", required: true, role: .answers,
                "Range to the id of the next node, in file order: < X, <= X, > X, >= X, = X, A ..< B (A included, B not) or A ... B (both included); together they must take every allowed value exactly once."
            ),
        ])

    private static let checklist = NodeFormat(
        kind: .checklist,
        kindKey: FormatKey("checklist", required: true, "The checklist's question."),
        ownKeys: [
            FormatKey("items", required: true, "The items, at least one."),
            FormatKey("any", required: true, role: .target, "The node taken when at least one item applies."),
            FormatKey("none", required: true, role: .target, "The node taken when no item applies."),
        ])

    private static let refer = NodeFormat(
        kind: .refer,
        kindKey: FormatKey("refer", required: true, "The specialist referred to."),
        ownKeys: [
            FormatKey("urgency", "How soon the referral should happen (default routine)."),
            FormatKey("next", role: .target, "The node the pathway goes on to after this visit."),
            advice,
            evidence,
        ])

    private static let outcome = NodeFormat(
        kind: .outcome,
        kindKey: FormatKey("outcome", required: true, "The result."),
        ownKeys: [
            advice,
            FormatKey(
                "reassures",
                "`true` when the outcome reassures the patient (no referral needed); only such outcomes are drawn in the reassurance style. Default false."
            ),
            evidence,
        ])
}

/// An answer's value when it is a mapping rather than a node id (`{to: NODE, label: TEXT}`).
package enum AnswerFormat {
    /// The key naming the node the answer leads to.
    package static let target = FormatKey("to", required: true, role: .target, "The id of the node this answer leads to.")
    /// The key giving the label shown for the answer.
    package static let label = FormatKey("label", "The label shown for the answer; the answer's id is its key.")
    /// Both keys, in documented order.
    package static let keys: [FormatKey] = [target, label]
}

/// The keys of the normalized JSON model (`dtree-model/1`, docs/format.md), read from the same
/// table: a node's value keys are the tree format's, its edges a list of `{label, to}`.
package enum ModelFormat {
    /// The model's top-level keys.
    package static let topLevelKeys = [
        "format", "tree", "title", "version", "source", "disclaimer", "specialists", "urgencies", "start", "nodes",
    ]
    /// The keys of a node: its id, kind and text, each value key of the tree format (items,
    /// urgency, advice, help, cite), and its edges.
    package static let nodeKeys: [String] = {
        var names = ["id", "kind", "text", "refer"]
        for format in NodeFormat.all {
            for key in format.ownKeys + NodeFormat.commonKeys where key.role == .value && !names.contains(key.name) {
                names.append(key.name)
            }
        }
        return names + ["edges"]
    }()
    /// The keys of an edge: the answer id, the display label when the tree gives one, the target.
    package static let edgeKeys = ["label", "to", "display"]
}

/// The keys at the top level of a tree file.
package enum TreeFormat {
    /// Every top-level key, in documented order.
    package static let topLevelKeys: [FormatKey] = [
        FormatKey("tree", required: true, "The tree's id: lowercase letters, digits and '-'."),
        FormatKey("title", required: true, "A human title, shown when stepping through and in renders."),
        FormatKey("version", "The author's version string, kept exactly as written."),
        FormatKey(
            "source",
            "The document the logic comes from, which every `cite:` quotes: a file name, or a mapping with the file, its title and the SHA-256 the cites were checked against."
        ),
        FormatKey("disclaimer", "Shown wherever a user meets the tree."),
        FormatKey("start", required: true, role: .target, "The id of the first node."),
        FormatKey(
            "specialists",
            "The specialists `refer` may name: a list of ids, or a mapping of id to the name shown for it (`gp: General practitioner`). Any other name is an error, and a declared name no node uses is a warning."
        ),
        FormatKey("urgencies", "The tree's own words for an urgency, shown instead of the bare word (`urgent: as soon as possible`)."),
        FormatKey(
            "nodes", required: true,
            "Node id to node, in display order. A node is exactly one of question, number, checklist, refer or outcome."),
        FormatKey(
            "review",
            "Sign-offs, latest last: who approved which content hash (`dtree approve` appends one; `dtree validate` warns when the latest is stale). Not part of the model."
        ),
    ]

    /// The names of the top-level keys, in documented order.
    package static let topLevelKeyNames: [String] = topLevelKeys.map(\.name)

    /// The top-level keys a tree file must have.
    package static let requiredTopLevelKeys: [String] = topLevelKeys.filter(\.required).map(\.name)

    /// The top-level key of a given name.
    package static func topLevelKey(_ name: String) -> FormatKey? { topLevelKeys.first { $0.name == name } }
}
