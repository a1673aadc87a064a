import Foundation

/// Runs the built `dtree` binary for end-to-end tests.
package enum CLI {
    package struct Result {
        package var status: Int32
        package var stdout: String
        package var stderr: String
        /// Whether the child was killed for outliving its `timeout`.
        package var timedOut = false
    }

    /// The `dtree` executable beside the test bundle in the build folder, whatever the
    /// `--scratch-path`: on Linux the test binary is `Bundle.main`; on macOS the `.xctest`
    /// bundle is loaded into Xcode's runner and sits in the products folder. Falls back to
    /// `.build/debug/dtree` under the package root.
    package static var executable: URL {
        let bundles = [Bundle.main] + Bundle.allBundles.filter { $0.bundleURL.pathExtension == "xctest" }
        for bundle in bundles {
            let folder = bundle.bundleURL
            for candidate in [folder, folder.deletingLastPathComponent()] {
                let url = candidate.appendingPathComponent("dtree")
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return packageRoot.appendingPathComponent(".build/debug/dtree")
    }

    /// Where the child's standard output goes instead of a file the result reads back.
    package enum Sink {
        /// A file opened for writing, such as `/dev/full`.
        case file(String)
        /// A pipe whose reading end is closed before the child starts: every write fails with `EPIPE`.
        case closedPipe
    }

    /// Runs `dtree` with `arguments`, feeding `stdin`, in `directory` (the package root by default).
    /// With `stdoutTo`, standard output goes there and the result's `stdout` is empty.
    package static func run(
        _ arguments: [String], stdin: String? = nil, directory: URL? = nil, environment: [String: String] = [:],
        stdoutTo sink: Sink? = nil, timeout: TimeInterval? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // Output goes to files, so a chatty child can never block on a full pipe.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dtree-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }
        let input = Pipe()
        process.standardOutput = out
        var keepAlive: [Any] = []
        switch sink {
        case .file(let path)?:
            guard let handle = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileWriteNoPermission) }
            keepAlive.append(handle)
            process.standardOutput = handle
        case .closedPipe?:
            let pipe = Pipe()
            try pipe.fileHandleForReading.close()
            keepAlive.append(pipe)
            process.standardOutput = pipe
        case nil:
            break
        }
        defer { withExtendedLifetime(keepAlive) {} }
        process.standardError = err
        process.standardInput = input
        // A child that exits before reading all its input (its output gone) must not take the
        // test process down with SIGPIPE: the write fails with EPIPE instead, and is let go.
        signal(SIGPIPE, SIG_IGN)
        try process.run()
        if let stdin { try? input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        var timedOut = false
        if let timeout {
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning, Date() < deadline { usleep(10_000) }
            if process.isRunning {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
            }
        }
        process.waitUntilExit()
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), timedOut: timedOut)
    }

    /// The package's root folder.
    package static var packageRoot: URL {
        // Tests/Support/CLI.swift: two folders below the root.
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }
}

/// A scratch folder removed when the value is dropped... callers remove it with `cleanup()`.
package struct ScratchFolder {
    package let url: URL

    package init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dtree-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` to a file in the folder and returns its path.
    @discardableResult
    package func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    /// Removes the folder.
    package func cleanup() { try? FileManager.default.removeItem(at: url) }
}
