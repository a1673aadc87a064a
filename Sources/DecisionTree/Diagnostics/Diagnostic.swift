// Diagnostics/: one problem found in a file: where, which rule, how bad, and what it says.

/// One problem found in a file, with where it is and which rule found it.
public struct Diagnostic: Hashable, Sendable, Codable, Error {
    /// How bad a problem is.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        /// Information that never fails a check, even under `--strict`.
        case note
        case warning
        case error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// The file the problem is in, as the user named it.
    public var file: String
    /// Where in the file: the first character of what the problem is about (the caret's place).
    public var location: SourceLocation
    /// Just past the last character of what the problem is about; equal to ``location`` when
    /// the site knows only where it is.
    public var end: SourceLocation
    /// Error, warning or note.
    public var severity: Severity
    /// The rule that found it.
    public var rule: Rule
    /// What is wrong, in words a tree author can act on.
    public var message: String
    /// Changes that would fix it (a "did you mean" suggestion is one), for editors to offer.
    public var fixIts: [FixIt]

    /// What the problem is about: from ``location`` to ``end``.
    public var span: SourceRange { SourceRange(start: location, end: end) }

    /// A diagnostic of `rule` about `span`, with the rule's ``Rule/defaultSeverity`` unless
    /// `severity` is given (a site that gives one says why).
    public init(
        _ rule: Rule, _ message: String, at span: SourceRange, in file: String,
        severity: Severity? = nil, fixIts: [FixIt] = []
    ) {
        self.file = file
        self.location = span.start
        self.end = span.end
        self.severity = severity ?? rule.defaultSeverity
        self.rule = rule
        self.message = message
        self.fixIts = fixIts
    }

    /// A diagnostic of `rule` at a point, with the rule's ``Rule/defaultSeverity`` unless
    /// `severity` is given (a site that gives one says why).
    public init(
        _ rule: Rule, _ message: String, at location: SourceLocation, in file: String,
        severity: Severity? = nil, fixIts: [FixIt] = []
    ) {
        self.init(rule, message, at: SourceRange(at: location), in: file, severity: severity, fixIts: fixIts)
    }

    /// `path:line:col: severity: message [rule]`, the first line compilers print, with control
    /// characters from the file shown escaped (see ``TerminalText``).
    public var summary: String {
        UntrustedText.terminalSafe("\(file):\(location.line):\(location.column): \(severity.rawValue): \(message) [\(rule.rawValue)]")
    }
}

extension Array where Element == Diagnostic {
    /// Whether any element is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by file, then position, keeping the order of equal positions.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            if lhs.element.file != rhs.element.file { return lhs.element.file < rhs.element.file }
            if lhs.element.location != rhs.element.location { return lhs.element.location < rhs.element.location }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
