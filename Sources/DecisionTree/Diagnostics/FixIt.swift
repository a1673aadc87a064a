// Diagnostics/: a change that fixes what a diagnostic is about, as data an editor can apply.

/// A change that fixes a diagnostic: put ``replacement`` where ``range`` stands. A
/// "did you mean" suggestion is one: the misspelt word's range and the word meant.
public struct FixIt: Hashable, Sendable, Codable {
    /// The text replaced.
    public var range: SourceRange
    /// The text put in its place.
    public var replacement: String

    /// Creates a fix-it.
    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}
