import DecisionTree
import Foundation
import TestSupport
import Testing

/// A repository is an untrusted neighbour: nothing it ships runs when dtree reads its history, and
/// `--rev` reads only from git (issue 25, faults 1 and 3).
@Suite struct HostileRepositoryTests {
    /// Runs `script` with `/bin/sh` in `folder`; the git identity is fixed and commits unsigned.
    private func shell(_ script: String, in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "set -e\n" + script]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["GIT_AUTHOR_NAME"] = "dtree tests"
        environment["GIT_AUTHOR_EMAIL"] = "tests@example.invalid"
        environment["GIT_COMMITTER_NAME"] = "dtree tests"
        environment["GIT_COMMITTER_EMAIL"] = "tests@example.invalid"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["HOME"] = folder.path
        process.environment = environment
        let error = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = error
        try process.run()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus != 0 { throw Fixtures.FixtureError(message: "script failed: \(message)") }
    }

    /// A repository whose `Trees/` holds the referral tree, approved and committed, then edited
    /// (so the sign-off is stale and validate searches history), with a bare repository committed
    /// as plain files in `Trees/` whose configuration names `payload.sh`, which touches `PWNED`,
    /// as its signature checker and fsmonitor, and whose one commit is signed.
    private func hostileCheckout() throws -> ScratchFolder {
        let scratch = try ScratchFolder()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("Trees"), withIntermediateDirectories: true)
        let tree = try scratch.write("Trees/t.yaml", try ReviewFixtures.referralText())
        #expect(try CLI.run(["approve", tree, "--by", "A", "--role", "neurologist"]).status == 0)
        try shell(
            """
            git init -q . && git add Trees/t.yaml && git commit -q -m approved
            sed 's/      yes: trauma/      yes: rest/' Trees/t.yaml > edited && mv edited Trees/t.yaml
            cd Trees
            git init -q --bare hostile && mv hostile/* . && rmdir hostile
            printf '#!/bin/sh\\ntouch "%s/PWNED"\\n' "$(cd .. && pwd)" > payload.sh && chmod +x payload.sh
            printf '[core]\\n\\tbare = true\\n\\tfsmonitor = ./payload.sh\\n[log]\\n\\tshowSignature = true\\n[gpg]\\n\\tprogram = ./payload.sh\\n' > config
            export GIT_DIR="$(pwd)"
            blob=$(git hash-object -w t.yaml)
            tree=$(printf '100644 blob %s\\tt.yaml\\n' "$blob" | git mktree)
            printf 'tree %s\\nauthor A <a@b> 1700000000 +0000\\ncommitter A <a@b> 1700000000 +0000\\ngpgsig -----BEGIN PGP SIGNATURE-----\\n \\n iQEzBAABCAAdFiEE\\n -----END PGP SIGNATURE-----\\n\\nsigned\\n' "$tree" > ../commit.txt
            commit=$(git hash-object -t commit -w ../commit.txt)
            git update-ref refs/heads/master "$commit"
            """, in: scratch.url)
        return scratch
    }

    @Test func validateNeverRunsAProgramARepositoryShips() throws {
        let scratch = try hostileCheckout()
        defer { scratch.cleanup() }
        let marker = scratch.url.appendingPathComponent("PWNED").path
        for directory in [scratch.url, scratch.url.appendingPathComponent("Trees")] {
            let path = directory == scratch.url ? "Trees/t.yaml" : "t.yaml"
            let validated = try CLI.run(["validate", path], directory: directory)
            #expect(validated.status == 0, "\(validated.stderr)")
            #expect(!FileManager.default.fileExists(atPath: marker), "the repository's payload ran")
            // The history searched is the work tree's own, which has the approved version.
            #expect(validated.stdout.contains("; changed since: injury (targets); 1 outcome pair changed"), "\(validated.stdout)")
        }
        let hostileEnvironment = ["GIT_DIR": scratch.url.appendingPathComponent("Trees").path, "GIT_EXTERNAL_DIFF": "./payload.sh"]
        let redirected = try CLI.run(["validate", "Trees/t.yaml"], directory: scratch.url, environment: hostileEnvironment)
        #expect(redirected.stdout.contains("; changed since: injury (targets); 1 outcome pair changed"), "\(redirected.stdout)")
        let diffed = try CLI.run(["diff", "--rev", "HEAD", "Trees/t.yaml"], directory: scratch.url, environment: hostileEnvironment)
        #expect(diffed.status == 1, "\(diffed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: marker), "the repository's payload ran")
    }

    @Test func revReadsOnlyFromGitNeverADecoyFile() throws {
        let scratch = try hostileCheckout()
        defer { scratch.cleanup() }
        // A decoy named literally `HEAD:Trees/t.yaml` holding the edited tree would make the
        // change look like no change.
        try FileManager.default.createDirectory(
            at: scratch.url.appendingPathComponent("HEAD:Trees"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: scratch.url.appendingPathComponent("Trees/t.yaml").path,
            toPath: scratch.url.appendingPathComponent("HEAD:Trees/t.yaml").path)
        let diffed = try CLI.run(["diff", "--rev", "HEAD", "Trees/t.yaml"], directory: scratch.url)
        #expect(diffed.status == 1, "\(diffed.stdout)\(diffed.stderr)")
        #expect(diffed.stdout.hasPrefix("OLD HEAD:Trees/t.yaml"))
        #expect(!diffed.stdout.contains("the models are the same"))
    }

    @Test func aBlobOverTheLimitIsRefusedBeforeItIsRead() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        // 33 MiB of one byte packs to a few KB; git says its size before dtree reads it.
        try shell(
            """
            git init -q . && head -c 34603008 /dev/zero | tr '\\0' '#' > t.yaml && git add t.yaml && git commit -q -m big
            """, in: scratch.url)
        try scratch.write("t.yaml", try ReviewFixtures.referralText())
        let diffed = try CLI.run(["diff", "--rev", "HEAD", "t.yaml"], directory: scratch.url)
        #expect(diffed.status == 2)
        #expect(
            diffed.stderr.contains(
                "HEAD:t.yaml: error: cannot read from git: the file is 34603008 bytes; tree files are limited to 32 MiB"),
            "\(diffed.stderr)")
    }
}
