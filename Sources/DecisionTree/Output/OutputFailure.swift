// Output/: a standard stream that could not be written, and the exit status that follows (2, or
// 141 for a broken pipe): the command line and the language server end the same way.

/// A standard stream that could not be written: the command ends with exit 2 (a message on
/// standard error when it still works), or quietly with 141 when the reader went away.
public struct OutputFailure: Error, CustomStringConvertible {
    /// The descriptor that failed: 1 or 2.
    public let descriptor: Int32
    /// Why.
    public let error: DescriptorWriteError

    /// Creates the failure of `descriptor` with `error`.
    public init(descriptor: Int32, error: DescriptorWriteError) {
        self.descriptor = descriptor
        self.error = error
    }

    /// The stream, in words.
    public var stream: String { descriptor == 2 ? "standard error" : "standard output" }

    public var description: String { "cannot write \(stream): \(error)" }

    /// The exit status: 141 (128 + SIGPIPE, what a shell reports for a killed writer) for a
    /// broken pipe, else 2 (an output that cannot be written).
    public var status: Int32 { error.isBrokenPipe ? 141 : 2 }

    /// Says what failed on standard error, unless the reader went away or standard error is
    /// what failed, and returns the exit status.
    public func report() -> Int32 {
        if !error.isBrokenPipe, descriptor != 2 {
            try? DescriptorWriter.writeAll("error: \(description)\n", to: 2)
        }
        return status
    }
}
