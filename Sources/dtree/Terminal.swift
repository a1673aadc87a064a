// dtree: the checked writes to standard output and standard error.

import DecisionTree
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing to the standard streams. Every write is checked: a failure throws ``OutputFailure``,
/// which `DTree.main` turns into the exit status.
enum Terminal {
    /// Writes `text` to `descriptor` (1 or 2) as it is.
    static func write(_ text: String, to descriptor: Int32) throws(OutputFailure) {
        do throws(DescriptorWriteError) {
            try DescriptorWriter.writeAll(text, to: descriptor)
        } catch {
            throw OutputFailure(descriptor: descriptor, error: error)
        }
    }

    /// Writes `bytes` to standard output as they are.
    static func standardOutput(_ bytes: UnsafeRawBufferPointer) throws(OutputFailure) {
        do throws(DescriptorWriteError) {
            try DescriptorWriter.writeAll(bytes, to: 1)
        } catch {
            throw OutputFailure(descriptor: 1, error: error)
        }
    }

    /// Writes a line to standard output, control characters shown escaped (``TerminalText``):
    /// lines carry text from input files, and dtree's own lines have no escape sequences.
    static func line(_ line: String) throws(OutputFailure) { try write(TerminalText.escaped(line) + "\n", to: 1) }

    /// Writes a machine-readable document (JSON, SARIF) and a line break to standard output as
    /// it is: its writer escaped its strings by its own rules, and the terminal escaper's
    /// `\u{…}` inside a JSON string would make it invalid JSON.
    static func document(_ text: String) throws(OutputFailure) { try write(text.hasSuffix("\n") ? text : text + "\n", to: 1) }

    /// Writes a line to standard error, control characters shown escaped (``TerminalText``).
    static func standardError(_ line: String) throws(OutputFailure) { try write(TerminalText.escaped(line) + "\n", to: 2) }

    /// Prepares the process: a closed reader makes writes fail with `EPIPE` (handled as exit
    /// 141) instead of killing dtree mid-write, and whatever the argument parser printed
    /// through the C library (help, version) is checked when the process exits.
    static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        atexit {
            // Help and version text go through stdio; a flush that fails means they were lost.
            if fflush(nil) != 0 {
                let failure = OutputFailure(descriptor: 1, error: DescriptorWriteError(code: errno == 0 ? EIO : errno))
                _exit(failure.report())
            }
        }
    }
}
