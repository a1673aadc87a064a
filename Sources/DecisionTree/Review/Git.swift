import Dispatch
import FoundationEssentials
import Subprocess
import SystemPackage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Review/: the one way dtree runs git: a child process with no input, its standard output and
// standard error drained at once, and its exit status returned for the caller to check. The
// repository is the one whose work tree holds the folder (found by dtree, never by git's own
// search, which would take a bare repository committed as plain files inside the content), and
// git runs with nothing the repository ships able to run a program: no fsmonitor, hooks, pager,
// signature check, external diff or text conversion.

/// Runs `git` (found on `PATH`) against the work tree holding a folder, with a fixed environment:
/// no `GIT_*` variable of the caller's, no pager, messages in English.
///
/// Through swift-subprocess (its `run` is `async`; every caller here is synchronous, so `run`
/// waits for it on a semaphore): Foundation's `Process` would link all of Foundation, and ICU's
/// data, into the binary.
enum Git {
    /// What a git command did.
    struct Result {
        /// The exit status; 127 when git could not be started, 128 when the folder is in no work
        /// tree.
        var status: Int32
        /// Everything it wrote to standard output.
        var output: [UInt8]
        /// Everything it wrote to standard error, as text.
        var error: String
    }

    /// Settings given before every command: they override anything a repository's or a user's
    /// configuration says. `safe.bareRepository=explicit` refuses a bare repository git would
    /// otherwise find by itself; the rest turn off every setting that names a program to run.
    static let safeSettings: [String] = [
        "safe.bareRepository=explicit", "core.fsmonitor=false", "core.hooksPath=/dev/null", "log.showSignature=false",
        "core.pager=cat", "diff.external=", "core.sshCommand=false", "protocol.allow=never", "core.askPass=false",
        "credential.helper=", "gpg.program=false", "gpg.ssh.program=false", "gpg.x509.program=false",
    ].flatMap { ["-c", $0] }

    /// The top of the work tree holding `directory`: the nearest folder, from `directory` up,
    /// with a `.git` folder or `.git` file in it; `nil` when there is none.
    static func workTreeTop(of directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL.resolvingSymlinksInPath()
        while true {
            var status = stat()
            if lstat(url.appendingPathComponent(".git").path, &status) == 0,
                (status.st_mode & S_IFMT) == S_IFDIR || (status.st_mode & S_IFMT) == S_IFREG
            {
                return url.path
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// Runs `git ARGUMENTS…` in `directory` against the repository of the work tree holding it,
    /// and waits for it.
    static func run(_ arguments: [String], in directory: String) -> Result {
        guard let top = workTreeTop(of: directory) else {
            return Result(status: 128, output: [], error: "fatal: not a git repository")
        }
        let arguments =
            ["git", "--no-pager", "--no-replace-objects", "--git-dir=\(top)/.git", "--work-tree=\(top)"] + safeSettings
            + ["-C", directory] + arguments
        // No variable that redirects git (GIT_DIR, GIT_CONFIG_*, GIT_EXTERNAL_DIFF, GIT_EXEC_PATH…).
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["GIT_PAGER"] = "cat"
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        environment["GIT_CEILING_DIRECTORIES"] = PathName.folder(of: top)
        environment["LC_ALL"] = "C"
        let entries = environment.map { Array("\($0.key)=\($0.value)".utf8) }
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            // Both streams are collected at once, so git never blocks on a full standard error
            // while its standard output is being read; standard input is /dev/null.
            do {
                let run = try await Subprocess.run(
                    .path(FilePath("/usr/bin/env")), arguments: Arguments(arguments), environment: .custom(entries),
                    input: .none, output: .bytes(limit: outputLimit), error: .bytes(limit: 1 << 20))
                let status: Int32
                switch run.terminationStatus {
                case .exited(let code): status = Int32(truncatingIfNeeded: code)
                case .signaled(let signal): status = 128 + Int32(truncatingIfNeeded: signal)
                }
                box.result = Result(status: status, output: run.standardOutput, error: String(decoding: run.standardError, as: UTF8.self))
            } catch {
                box.result = Result(status: 127, output: [], error: "\(error)")
            }
            done.signal()
        }
        done.wait()
        return box.result
    }

    /// The most a git command may print: more is an error (status 127), never unbounded memory.
    static let outputLimit = 256 << 20
}

/// The result one task fills and the waiting thread reads after the semaphore.
private final class ResultBox: @unchecked Sendable {
    var result = Git.Result(status: 127, output: [], error: "git did not run")
}
