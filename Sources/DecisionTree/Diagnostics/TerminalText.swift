// Diagnostics/: the public face of terminal-safe text, for the command line's screens and
// messages; the work is Internals/UntrustedText's.

/// Text from input files made safe to print on a terminal or into a log.
public enum TerminalText {
    /// `text` with every control character but line feed and tab shown escaped, as `\u{1B}`
    /// (ESC), `\u{7}` (BEL), `\u{D}` (carriage return) or `\u{9B}` (C1 CSI). Text without
    /// control characters is returned as it is; escaping twice changes nothing more.
    public static func escaped(_ text: String) -> String { UntrustedText.terminalSafe(text) }
}
