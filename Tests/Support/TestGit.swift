// Tests/Support: git for tests that need history (review-stale, diff --rev, review --against
// REV:PATH), with an identity of its own and no signing, so a developer's git config cannot
// change what a test sees.

import Foundation

/// Runs git in a scratch folder for a test.
package enum TestGit {
    /// Runs `git ARGUMENTS` in `folder` (created when missing); throws when git fails.
    package static func run(_ arguments: [String], in folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            ["git", "-c", "user.name=dtree tests", "-c", "user.email=tests@example.invalid", "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 { throw Fixtures.FixtureError(message: "git \(arguments) failed") }
    }
}
