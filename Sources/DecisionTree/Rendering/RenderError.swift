/// Why a tree could not be rendered or exported.
public enum RenderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Graphviz reported an error. `stage` is `parse`, `layout` or `render`; `message` is
    /// Graphviz's last error message, with control characters removed.
    case graphviz(stage: String, message: String)
    /// An `--answer` argument is not of the form `NODE=ANSWER`.
    case malformedAnswer(String)
    /// Two answers were given for the same node.
    case duplicateAnswer(node: String)
    /// An answer names a node the tree does not have.
    case unknownNode(String, suggestion: String?)
    /// An answer does not match any choice of its node.
    case unknownAnswer(node: String, answer: String, choices: [String])
    /// The output format has no extension dtree recognises, and none was given.
    case unknownFormat(String)

    /// A one-line, human message.
    public var description: String {
        switch self {
        case let .graphviz(stage, message):
            return "Graphviz \(stage) failed: \(message.isEmpty ? "no message" : message)"
        case let .malformedAnswer(argument):
            return "answer '\(argument)' is not NODE=ANSWER"
        case let .duplicateAnswer(node):
            return "node '\(node)' is answered more than once"
        case let .unknownNode(id, suggestion):
            return "no node '\(id)' in the tree" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case let .unknownAnswer(node, answer, choices):
            if choices.isEmpty { return "node '\(node)' takes no answer, yet '\(answer)' was given for it" }
            return "'\(answer)' is not an answer of node '\(node)'; choose one of: \(choices.joined(separator: ", "))"
        case let .unknownFormat(name):
            return "unknown output format '\(name)'; use svg, png, pdf or dot"
        }
    }
}
