// Diagnostics/: the diagnostics of one file as they are found, kept to a bounded number so a
// pathological file cannot fill memory or a screen.

extension Diagnostic {
    /// The most diagnostics reported for one file; the rest are counted in one closing
    /// `too-many-diagnostics` diagnostic ("and N more").
    public static let limitPerFile = 200
}

/// The diagnostics of one file as readers and validators find them: every one is counted,
/// the first ``Diagnostic/limitPerFile`` are kept.
struct DiagnosticList {
    /// The diagnostics kept, in the order found.
    private(set) var kept: [Diagnostic] = []
    /// How many errors were found, kept or not.
    private(set) var errors = 0
    /// How many warnings were found, kept or not.
    private(set) var warnings = 0

    mutating func append(_ diagnostic: Diagnostic) {
        switch diagnostic.severity {
        case .error: errors += 1
        case .warning: warnings += 1
        case .note: break
        }
        if kept.count < Diagnostic.limitPerFile { kept.append(diagnostic) }
    }

    /// Appends what `other` found, in its order: its kept diagnostics as if found here, and the
    /// errors and warnings it counted but did not keep, counted.
    mutating func append(contentsOf other: DiagnosticList) {
        for diagnostic in other.kept { append(diagnostic) }
        errors += other.errors - other.kept.lazy.filter { $0.severity == .error }.count
        warnings += other.warnings - other.kept.lazy.filter { $0.severity == .warning }.count
    }

    /// Every diagnostic found in `lists`, sorted by position and cut at
    /// ``Diagnostic/limitPerFile``, with one `too-many-diagnostics` diagnostic after them
    /// saying how many more there were (an error when any of those is an error, so the
    /// file's status is unchanged).
    static func report(_ lists: [DiagnosticList], file: String) -> [Diagnostic] {
        let sorted = lists.flatMap(\.kept).sortedByLocation()
        let shown = sorted.prefix(Diagnostic.limitPerFile)
        let totalErrors = lists.reduce(0) { $0 + $1.errors }
        let totalWarnings = lists.reduce(0) { $0 + $1.warnings }
        let omittedErrors = totalErrors - shown.lazy.filter { $0.severity == .error }.count
        let omittedWarnings = totalWarnings - shown.lazy.filter { $0.severity == .warning }.count
        guard omittedErrors + omittedWarnings > 0 else { return Array(shown) }
        let last = shown.last?.location ?? .start
        let counts = [
            omittedErrors > 0 ? "\(omittedErrors) error\(omittedErrors == 1 ? "" : "s")" : nil,
            omittedWarnings > 0 ? "\(omittedWarnings) warning\(omittedWarnings == 1 ? "" : "s")" : nil,
        ]
        .compactMap { $0 }.joined(separator: " and ")
        let message =
            "and \(omittedErrors + omittedWarnings) more not shown (\(counts)): at most \(Diagnostic.limitPerFile) diagnostics are reported for a file; fix these and run again"
        // A warning when only warnings were left out, so that the cut never fails a file that passes.
        let summary = Diagnostic(
            .tooManyDiagnostics, message, at: last, in: file,
            severity: omittedErrors > 0 ? .error : .warning)
        return Array(shown) + [summary]
    }
}
