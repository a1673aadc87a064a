// Translation/: a PO file in memory: its header and its entries, as dtree reads and writes them.

/// One entry of a PO file: `msgctxt` (dtree's string id), `msgid` (the source text), `msgstr`
/// (the translation), with its comments, flags and previous source.
public struct POEntry: Hashable, Sendable {
    /// Translator comments (`# …`), kept as written, one element per line.
    public var translatorComments: [String] = []
    /// Extracted comments (`#. …`): what dtree says the string is.
    public var extractedComments: [String] = []
    /// References (`#: …`), kept as written.
    public var references: [String] = []
    /// Flags (`#, fuzzy, …`), in order.
    public var flags: [String] = []
    /// The previous context (`#| msgctxt`), if any.
    public var previousContext: String?
    /// The previous source text (`#| msgid`): what the translation was made from.
    public var previousID: String?
    /// The context: dtree's string id.
    public var context: String?
    /// The source text.
    public var id: String
    /// The translation; empty when not translated.
    public var translation: String
    /// Whether the entry is obsolete (`#~`): its id is no longer in the tree.
    public var isObsolete = false
    /// The line of the entry's first line in the file it was read from (0 when made in memory).
    public var line = 0
    /// The line of its `msgctxt` keyword (0 when made in memory or absent).
    public var contextLine = 0
    /// The line of its `msgid` keyword (0 when made in memory).
    public var idLine = 0
    /// The line of its `msgstr` keyword (0 when made in memory).
    public var translationLine = 0

    /// Creates an entry.
    public init(context: String?, id: String, translation: String = "") {
        self.context = context
        self.id = id
        self.translation = translation
    }

    /// Whether the entry carries the `fuzzy` flag (a draft, or a translation of older source).
    public var isFuzzy: Bool { flags.contains("fuzzy") }

    /// Marks or unmarks the entry fuzzy.
    public mutating func setFuzzy(_ fuzzy: Bool) {
        if fuzzy, !isFuzzy { flags.insert("fuzzy", at: 0) }
        if !fuzzy { flags.removeAll { $0 == "fuzzy" } }
    }
}

/// A PO file: header comments, the header's fields, the entries in order (obsolete last when
/// written).
public struct POFile: Hashable, Sendable {
    /// The comment lines above the header entry (without `# `).
    public var headerComments: [String] = []
    /// The header entry's flags (`#, fuzzy` on a header made by a template).
    public var headerFlags: [String] = []
    /// The header fields (`Language: ru`), in order.
    public var header: [(name: String, value: String)] = []
    /// The entries after the header, in order.
    public var entries: [POEntry] = []

    /// Creates a PO file.
    public init(headerComments: [String] = [], header: [(name: String, value: String)] = [], entries: [POEntry] = []) {
        self.headerComments = headerComments
        self.header = header
        self.entries = entries
    }

    /// The value of header field `name` (case-insensitive), if present.
    public func headerValue(_ name: String) -> String? {
        header.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Sets header field `name`, in place when present, else at the end.
    public mutating func setHeader(_ name: String, _ value: String) {
        if let index = header.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) {
            header[index].value = value
        } else {
            header.append((name, value))
        }
    }

    /// The current (not obsolete) entry with context `id`, if any.
    public func entry(id: String) -> POEntry? {
        entries.first { !$0.isObsolete && $0.context == id }
    }

    public static func == (lhs: POFile, rhs: POFile) -> Bool {
        lhs.headerComments == rhs.headerComments && lhs.headerFlags == rhs.headerFlags
            && lhs.header.map { [$0.name, $0.value] } == rhs.header.map { [$0.name, $0.value] } && lhs.entries == rhs.entries
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(headerComments)
        hasher.combine(entries)
    }
}
