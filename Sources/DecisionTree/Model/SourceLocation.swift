// Model/: a 1-based line and column in a source file.

/// A 1-based line and column in a source file.
///
/// Columns count Unicode scalars, as the YAML parser does, so a caret printed
/// under a line lands on the character the diagnostic is about.
///
/// Both are kept in 32 bits (a file is at most a few MiB, see `TreeLoader.maximumFileSize`),
/// so a location is 8 bytes: a large tree holds several for each of its nodes and answers.
public struct SourceLocation: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    private var storedLine: Int32
    private var storedColumn: Int32

    /// The 1-based line.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }
    /// The 1-based column, in Unicode scalars.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    /// Creates a location from a 1-based line and column.
    public init(line: Int, column: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    /// The start of a file.
    public static let start = SourceLocation(line: 1, column: 1)

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }

    /// Coded as `{"line": …, "column": …}`, as it always was.
    private enum CodingKeys: String, CodingKey {
        case line
        case column
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(line: try container.decode(Int.self, forKey: .line), column: try container.decode(Int.self, forKey: .column))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
    }
}
