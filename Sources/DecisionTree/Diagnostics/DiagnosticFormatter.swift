// Diagnostics/: diagnostics written as text with caret snippets, JSON and GitHub annotations.

import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The output formats for diagnostics.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    /// `path:line:col: error: message [rule]`, then the line and a caret.
    case text
    /// One JSON array of `{file, line, column, severity, rule, message}`.
    case json
    /// GitHub Actions workflow commands: `::error file=…,line=…,col=…::message` (`::warning`,
    /// and `::notice` for a note).
    case github
    /// One SARIF 2.1.0 log (see ``SARIFLog``), for code scanning and CI dashboards.
    case sarif
}

/// Turns diagnostics into text for people, machines and CI annotations.
public enum DiagnosticFormatter {
    /// Formats one diagnostic as text: the summary line, then the source line with a caret when
    /// the source is known; control characters from the file are shown escaped (`\u{1B}`).
    public static func text(_ diagnostic: Diagnostic, source: SourceText?) -> String {
        var out = diagnostic.summary
        if let snippet = source?.snippet(at: diagnostic.location) {
            out += "\n" + snippet
        }
        return out
    }

    /// Formats diagnostics as GitHub Actions workflow commands, one per line.
    public static func github(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { d in
            let file = escapeProperty(UntrustedText.terminalSafe(d.file))
            let message = escapeData(UntrustedText.terminalSafe("\(d.message) [\(d.rule.rawValue)]"))
            let command = d.severity == .note ? "notice" : d.severity.rawValue
            return "::\(command) file=\(file),line=\(d.location.line),col=\(d.location.column)::\(message)"
        }.joined(separator: "\n")
    }

    /// Formats diagnostics as one JSON array of `{file, line, column, severity, rule, message}`.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        struct Row: Encodable {
            let file: String, line: Int, column: Int, severity: String, rule: String, message: String
        }
        let rows = diagnostics.map {
            Row(
                file: $0.file, line: $0.location.line, column: $0.location.column,
                severity: $0.severity.rawValue, rule: $0.rule.rawValue, message: $0.message)
        }
        return (try? JSONValue(encoding: rows).text(.report)) ?? "[]"
    }

    // GitHub's workflow-command escaping: data escapes %, CR, LF; properties also : and ,.
    private static func escapeData(_ s: String) -> String {
        s.replacing("%", with: "%25")
            .replacing("\r", with: "%0D")
            .replacing("\n", with: "%0A")
    }

    private static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
