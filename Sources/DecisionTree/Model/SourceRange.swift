// Model/: a stretch of a source file, from one location to another.

/// A stretch of a source file: from ``start`` up to ``end``, end exclusive, in 1-based lines
/// and columns counted in Unicode scalars (as ``SourceLocation``). An empty range (start equal
/// to end) marks a point: where something is, but not how far it goes.
public struct SourceRange: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Where the range begins.
    public var start: SourceLocation
    /// Just past where it ends.
    public var end: SourceLocation

    /// Creates a range; an `end` before `start` is taken as `start`.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = max(start, end)
    }

    /// The empty range at a location.
    public init(at location: SourceLocation) {
        self.init(start: location, end: location)
    }

    /// The range of `length` Unicode scalars on one line, from `start`.
    public init(start: SourceLocation, length: Int) {
        self.init(start: start, end: SourceLocation(line: start.line, column: start.column + max(0, length)))
    }

    /// Whether the range marks a point only.
    public var isEmpty: Bool { start == end }

    /// `line:column-line:column`.
    public var description: String { "\(start)-\(end)" }

    /// The range less one column at each end: where a quoted scalar's text stands when the
    /// range is the scalar as written, quotes included.
    var insideQuotes: SourceRange {
        SourceRange(
            start: SourceLocation(line: start.line, column: start.column + 1), end: SourceLocation(line: end.line, column: end.column - 1))
    }
}
