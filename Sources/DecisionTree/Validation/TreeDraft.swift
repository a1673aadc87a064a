// Validation/: a tree as decoded from a file, before its targets are resolved and its graph
// checked: what the decoders (Loading/) produce and the Validator turns into a Tree.

/// A tree as decoded from a file, before its targets are resolved and the graph is checked.
struct TreeDraft {
    struct Target {
        /// The answer's id (`yes`, `any`, `none`, `next`).
        var answer: String
        var answerLocation: SourceLocation
        /// The label given to show for the answer, if any.
        var label: String? = nil
        var labelLocation: SourceLocation? = nil
        var target: String
        /// The target as written, quotes included.
        var span: SourceRange
        /// The target's text, inside any quotes: what a fix-it replaces.
        var textSpan: SourceRange
        /// For a number node's range, the values it takes.
        var interval: NumberInterval? = nil
        /// Where the target begins.
        var location: SourceLocation { span.start }
    }

    struct Node {
        var id: String
        var location: SourceLocation
        var kind: NodeKind?
        /// The value of the kind key: the question, the checklist's prompt, the outcome's text
        /// or the referral's specialist.
        var text = ""
        /// Where the kind key's value stands: as written, and its text inside any quotes.
        var textSpan: (written: SourceRange, text: SourceRange)?
        var items: [String] = []
        var urgency = Urgency.routine
        var urgencyStated = false
        var advice: String?
        var help: String?
        var cite: String?
        var citeLocation: SourceLocation?
        var inference: String?
        var reassures = false
        var evidence: Evidence?
        var targets: [Target] = []
        /// A number node's unit, bounds (each with where it is written) and whether it takes
        /// whole numbers only.
        var unit: String?
        var minimum: (value: ExactDecimal, span: SourceRange)?
        var maximum: (value: ExactDecimal, span: SourceRange)?
        var integer = false
        /// Whether an error already reported means some edge of this node is missing, so
        /// nodes it may have led to are not reported unreachable.
        var edgesIncomplete = false
    }

    var id: String?
    /// How many node ids were written a second time (reported, and the later node dropped).
    var duplicateNodeIDs = 0
    var title: String?
    var version: String?
    var source: SourceDocument?
    var sourceLocation: SourceLocation?
    var sha256Location: SourceLocation?
    var disclaimer: String?
    var specialists: [(name: String, location: SourceLocation)]?
    var specialistNames: [String: String] = [:]
    var urgencyWords: [Urgency: String] = [:]
    /// The start node's id, where it is written, and its text inside any quotes.
    var start: (id: String, span: SourceRange, textSpan: SourceRange)?
    var nodes: [Node] = []
    var review: [SignOff] = []
    var rootLocation = SourceLocation.start
}
