// dtree: reading lines from a terminal or a pipe, interruptible by Ctrl-C (exit 130).

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads standard input a line at a time, telling an end of input from a Ctrl-C.
///
/// Terminal input stays in the kernel's line mode, so the terminal's own editing (backspace,
/// Ctrl-U, Ctrl-W) works and there is nothing to restore on exit.
final class LineInput {
    /// What a read gave.
    enum Event: Equatable {
        /// A line, without its newline (and without a trailing carriage return).
        case line(String)
        /// The end of input: Ctrl-D at a terminal, or the end of a pipe or file.
        case end
        /// Ctrl-C was pressed.
        case interrupted
    }

    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false

    /// Reads from `descriptor` (standard input by default).
    init(descriptor: Int32 = 0) { self.descriptor = descriptor }

    /// The next line, or why there is none.
    func next() -> Event {
        while true {
            if Interrupt.wasRaised { return .interrupted }
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = String(decoding: buffer[start..<end], as: UTF8.self)
                start = newline + 1
                return .line(line)
            }
            if finished {
                guard start < buffer.count else { return .end }
                let line = String(decoding: buffer[start...], as: UTF8.self)
                start = buffer.count
                return .line(line)
            }
            if start > 0 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[0..<count])
            } else if count == 0 {
                finished = true
            } else if errno != EINTR {
                finished = true
            }
        }
    }
}

/// Ctrl-C handling: a flag set by a signal handler, and reads that the signal interrupts.
enum Interrupt {
    nonisolated(unsafe) private static var raised: sig_atomic_t = 0

    /// Whether Ctrl-C has been pressed since ``install()``.
    static var wasRaised: Bool { raised != 0 }

    /// Catches SIGINT: the handler only sets a flag, and a blocked read returns so the
    /// session can end cleanly (exit 130) instead of being killed mid-write.
    static func install() {
        var action = sigaction()
        #if os(Linux)
            action.__sigaction_handler.sa_handler = { _ in Interrupt.raised = 1 }
        #else
            action.__sigaction_u.__sa_handler = { _ in Interrupt.raised = 1 }
        #endif
        sigemptyset(&action.sa_mask)
        // No SA_RESTART: a read blocked at the prompt returns (EINTR) instead of resuming.
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A parent may hand down SIGINT blocked (a test runner does); unblocked, Ctrl-C still
        // reaches the handler instead of waiting, pending, until the run ends.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }
}

/// Facts about the standard streams.
enum Streams {
    /// Whether the descriptor is a terminal.
    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// Whether colour and bold may be used on `descriptor`: a terminal, `NO_COLOR` unset
    /// (or empty, per no-color.org) and `TERM` not `dumb`.
    static func allowsStyle(_ descriptor: Int32) -> Bool {
        guard isTerminal(descriptor) else { return false }
        if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return true
    }

    /// The terminal's width in columns, or `fallback` when it cannot be told.
    static func width(_ descriptor: Int32, fallback: Int = 80) -> Int {
        var size = winsize()
        if isTerminal(descriptor), ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = getenv("COLUMNS"), let value = Int(String(cString: columns)), value > 0 { return value }
        return fallback
    }
}
