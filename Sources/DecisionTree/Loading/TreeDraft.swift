// Loading/: reading tree files (YAML events, then a draft, then a checked Tree) and finding
// them on disk. Imports Model/, Diagnostics/ and Validation/.

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
        var location: SourceLocation
    }

    struct Node {
        var id: String
        var location: SourceLocation
        var kind: NodeKind?
        /// The value of the kind key: the question, the checklist's prompt, the outcome's text
        /// or the referral's specialist.
        var text = ""
        var textLocation: SourceLocation?
        var items: [String] = []
        var urgency = Urgency.routine
        var urgencyStated = false
        var advice: String?
        var help: String?
        var cite: String?
        var citeLocation: SourceLocation?
        var targets: [Target] = []
        /// Whether an error already reported means some edge of this node is missing, so
        /// nodes it may have led to are not reported unreachable.
        var edgesIncomplete = false
    }

    var id: String?
    var title: String?
    var version: String?
    var source: SourceDocument?
    var sourceLocation: SourceLocation?
    var sha256Location: SourceLocation?
    var disclaimer: String?
    var specialists: [(name: String, location: SourceLocation)]?
    var specialistNames: [String: String] = [:]
    var urgencyWords: [Urgency: String] = [:]
    var start: (id: String, location: SourceLocation)?
    var nodes: [Node] = []
    var review: [SignOff] = []
    var rootLocation = SourceLocation.start
}
