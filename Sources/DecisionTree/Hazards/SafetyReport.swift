// Hazards/: the clinical safety case report as content without a format: headings, lists,
// tables and paragraphs of text spans, built once by SafetyCase and written as Markdown and
// HTML here and laid out as PDF by DecisionTreeRendering (SafetyReportDocument).

/// The clinical safety case report's content: what every format of `dtree safety` writes.
///
/// Every string in it may come from the tree, its hazard log or its scenario file, so a writer
/// escapes each one for its format, except ``Table/header`` and ``Row/header``, which are
/// dtree's own words.
public struct SafetyReport: Sendable {
    /// A run of text in a line.
    public enum Span: Sendable, Equatable {
        /// Text as it is read.
        case text(String)
        /// A name, path or digest, shown as code.
        case code(String)
        /// A verdict: `verified` when `ok`, `NOT VERIFIED` when not, shown so it stands out.
        case verdict(String, ok: Bool)
        /// An empty space to write in by hand, about `width` characters wide.
        case blank(width: Int)

        /// The span's text as it reads, a blank as underscores.
        public var plainText: String {
            switch self {
            case .text(let text), .code(let text), .verdict(let text, _): text
            case .blank(let width): String(repeating: "_", count: width)
            }
        }
    }

    /// One item of a list.
    public struct Item: Sendable {
        /// Its text.
        public var spans: [Span]
        /// How deep it is nested: 0 for the list's own items, 1 for an item under one of them, …
        public var depth: Int
        /// Whether it tells of something that fails (shown so it stands out).
        public var failing: Bool

        /// An item of `spans`.
        public init(_ spans: [Span], depth: Int = 0, failing: Bool = false) {
            self.spans = spans
            self.depth = depth
            self.failing = failing
        }
    }

    /// One cell of a table.
    public struct Cell: Sendable {
        /// Its first line.
        public var spans: [Span]
        /// Lines under it (the hazards placed in a risk-matrix cell).
        public var below: [String] = []
        /// The risk rating 1–5 that colours it, for a cell of the risk matrix.
        public var risk: Int?

        /// A cell of `spans`, with lines `below` and a `risk` rating.
        public init(spans: [Span], below: [String] = [], risk: Int? = nil) {
            self.spans = spans
            self.below = below
            self.risk = risk
        }
    }

    /// One row of a table.
    public struct Row: Sendable {
        /// The row's heading (dtree's own words), when it has one.
        public var header: String?
        /// Its cells.
        public var cells: [Cell]

        /// A row of `cells`, headed `header`.
        public init(header: String? = nil, cells: [Cell]) {
            self.header = header
            self.cells = cells
        }
    }

    /// A table.
    public struct Table: Sendable {
        /// An id for HTML (`risk-matrix`).
        public var id: String?
        /// Whether its blanks are to be filled in by hand (the sign-off block).
        public var forSigning = false
        /// The column headings (dtree's own words).
        public var header: [String]
        /// The rows.
        public var rows: [Row]

        /// A table of `rows` under the column headings `header`.
        public init(id: String? = nil, forSigning: Bool = false, header: [String], rows: [Row]) {
            self.id = id
            self.forSigning = forSigning
            self.header = header
            self.rows = rows
        }
    }

    /// A block of the report, in reading order.
    public indirect enum Block: Sendable {
        /// A heading of `level` 1 (the title), 2 (a section) or 3 (a hazard); `id` is its HTML id.
        case heading(level: Int, [Span], id: String?)
        /// A list; items nest by their depth.
        case list([Item])
        /// A paragraph.
        case paragraph([Span])
        /// A table.
        case table(Table)
        /// One hazard's blocks; `id` is the hazard's id.
        case hazard(id: String, [Block])
    }

    /// The report's title, one line of text.
    public let title: String
    /// Its blocks, the title's heading first.
    public let blocks: [Block]

    /// A report of `blocks` titled `title`.
    public init(title: String, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }
}
