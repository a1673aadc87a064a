import Foundation

/// Small helpers for writing to the standard streams.
enum Terminal {
    /// Writes a line to standard error.
    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
