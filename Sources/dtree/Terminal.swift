import DecisionTree
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A standard stream that could not be written: the command ends with exit 2 (a message on
/// standard error when it still works), or quietly with 141 when the reader went away.
struct OutputFailure: Error, CustomStringConvertible {
    /// The descriptor that failed: 1 or 2.
    let descriptor: Int32
    /// Why.
    let error: DescriptorWriteError

    /// The stream, in words.
    var stream: String { descriptor == 2 ? "standard error" : "standard output" }

    var description: String { "cannot write \(stream): \(error)" }

    /// The exit status: 141 (128 + SIGPIPE, what a shell reports for a killed writer) for a
    /// broken pipe, else 2 (an output that cannot be written).
    var status: Int32 { error.isBrokenPipe ? 141 : 2 }

    /// Says what failed on standard error, unless the reader went away or standard error is
    /// what failed, and returns the exit status.
    func report() -> Int32 {
        if !error.isBrokenPipe, descriptor != 2 {
            try? DescriptorWriter.writeAll("error: \(description)\n", to: 2)
        }
        return status
    }
}

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
