/// A tree as decoded from a file, before its targets are resolved and the graph is checked.
struct TreeDraft {
    struct Target {
        var label: String
        var labelLocation: SourceLocation
        var target: String
        var location: SourceLocation
    }

    struct Node {
        var id: String
        var location: SourceLocation
        var kind: NodeKind?
        var text = ""
        var items: [String] = []
        var specialist: String?
        var specialistLocation: SourceLocation?
        var urgency: Urgency?
        var advice: String?
        var help: String?
        var cite: String?
        var targets: [Target] = []
    }

    var id: String?
    var title: String?
    var version: String?
    var source: String?
    var disclaimer: String?
    var specialists: [(name: String, location: SourceLocation)]?
    var start: (id: String, location: SourceLocation)?
    var nodes: [Node] = []
    var rootLocation = SourceLocation.start
}
