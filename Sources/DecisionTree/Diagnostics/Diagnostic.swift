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
    /// Where in the file.
    public var location: SourceLocation
    /// Error, warning or note.
    public var severity: Severity
    /// The rule that found it.
    public var rule: Rule
    /// What is wrong, in words a tree author can act on.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, location: SourceLocation, severity: Severity, rule: Rule, message: String) {
        self.file = file
        self.location = location
        self.severity = severity
        self.rule = rule
        self.message = message
    }

    /// Creates an error.
    public static func error(_ rule: Rule, _ message: String, at location: SourceLocation, in file: String) -> Diagnostic {
        Diagnostic(file: file, location: location, severity: .error, rule: rule, message: message)
    }

    /// Creates a warning.
    public static func warning(_ rule: Rule, _ message: String, at location: SourceLocation, in file: String) -> Diagnostic {
        Diagnostic(file: file, location: location, severity: .warning, rule: rule, message: message)
    }

    /// Creates a note: information that never fails a check.
    public static func note(_ rule: Rule, _ message: String, at location: SourceLocation, in file: String) -> Diagnostic {
        Diagnostic(file: file, location: location, severity: .note, rule: rule, message: message)
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
