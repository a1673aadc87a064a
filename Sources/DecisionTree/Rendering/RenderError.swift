// Rendering/: why a rendering failed.

/// Why a tree could not be rendered.
public enum RenderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Graphviz reported an error. `stage` is `parse`, `layout` or `render`; `message` is
    /// Graphviz's last error message, with control characters removed.
    case graphviz(stage: String, message: String)
    /// The output format has no extension dtree recognises, and none was given.
    case unknownFormat(String)

    /// A one-line, human message.
    public var description: String {
        switch self {
        case let .graphviz(stage, message):
            return "Graphviz \(stage) failed: \(message.isEmpty ? "no message" : message)"
        case let .unknownFormat(name):
            return "unknown output format '\(name)'; use svg, png, pdf or dot"
        }
    }
}
