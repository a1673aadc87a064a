import Foundation

// Review/: the one way dtree runs git: a child process with no input, its standard output and
// standard error drained at once, and its exit status returned for the caller to check.

/// Runs `git` (found on `PATH`) with a fixed environment: no pager, messages in English.
///
/// Foundation's `Process`, not swift-subprocess: Subprocess's `run` is `async` only and every
/// caller here is synchronous (a CLI command, a library function), and it needs swift-tools 6.2
/// and swift-system, two more packages for one child process.
enum Git {
    /// What a git command did.
    struct Result {
        /// The exit status; 127 when git could not be started.
        var status: Int32
        /// Everything it wrote to standard output.
        var output: [UInt8]
        /// Everything it wrote to standard error, as text.
        var error: String
    }

    /// Runs `git -C directory ARGUMENTS…` and waits for it.
    static func run(_ arguments: [String], in directory: String) -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_PAGER"] = "cat"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return Result(status: 127, output: [], error: "\(error)") }
        // Both pipes are drained at once, so git can never block on a full standard error
        // while its standard output is being read.
        let messageBox = DataBox()
        let drained = DispatchGroup()
        DispatchQueue.global().async(group: drained) {
            messageBox.data = error.fileHandleForReading.readDataToEndOfFile()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: [UInt8](data), error: String(decoding: messageBox.data, as: UTF8.self))
    }
}

/// Data one thread fills and another reads after waiting for it.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
