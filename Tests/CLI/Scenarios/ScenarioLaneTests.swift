import DecisionTree
import Foundation
import TestSupport
import Testing

/// A scenario file's `tree:` names a regular file with a tree extension, or nothing is read;
/// a named file that is no tree is reported without its lines; folders skip FIFOs and devices.
@Suite struct ScenarioLaneTests {
    static let passwd = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"

    private func scenario(naming tree: String, in scratch: ScratchFolder) throws -> String {
        try scratch.write("clinic.tests.yaml", "tree: \(tree)\ncases:\n  - name: one\n    answers: {q: yes}\n    expect: done\n")
    }

    @Test func aPasswdLikeFileIsRefusedWithoutItsLines() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        try scratch.write("etc/passwd", Self.passwd)
        try scratch.write("etc/passwd.yaml", Self.passwd)
        for name in ["etc/passwd", "etc/passwd.yaml", "../\(scratch.url.lastPathComponent)/etc/passwd"] {
            let file = try scenario(naming: name, in: scratch)
            for command in [["test"], ["validate"], ["test", "--format", "github"], ["test", "--format", "json"]] {
                let result = try CLI.run(command + [file])
                #expect(result.status == 1, "\(command) \(name): \(result.stdout)\(result.stderr)")
                let all = result.stdout + result.stderr
                #expect(
                    all.contains("not-a-tree-file") || all.contains("is not a tree file") || all.contains("cannot be the tree"),
                    "\(command) \(name): \(all)")
                #expect(!all.contains("root:x:0:0"), "\(command) \(name) quoted the file: \(all)")
                #expect(!all.contains("daemon"), "\(command) \(name) quoted the file: \(all)")
            }
        }
    }

    @Test func aLinkToAFileWithoutATreeExtensionIsRefused() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let secret = try scratch.write("secret", Self.passwd)
        #expect(symlink(secret, scratch.url.appendingPathComponent("tree.yaml").path) == 0)
        let file = try scenario(naming: "tree.yaml", in: scratch)
        let loaded = try ScenarioLoader.load(contentsOf: file)
        #expect(loaded.tree == nil)
        #expect(loaded.treeSource == nil)
        #expect(
            loaded.diagnostics.contains { $0.rule == .notATreeFile && $0.message.contains("links to 'secret'") }, "\(loaded.diagnostics)")
    }

    @Test func aFIFOOrFolderOrDeviceNamedAsTheTreeIsNotOpened() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        #expect(mkfifo(scratch.url.appendingPathComponent("fifo.yaml").path, 0o600) == 0)
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("folder.yaml"), withIntermediateDirectories: true)
        #expect(symlink("/dev/zero", scratch.url.appendingPathComponent("zero.yaml").path) == 0)
        for (name, kind) in [("fifo.yaml", "a FIFO"), ("folder.yaml", "a folder"), ("zero.yaml", "a device")] {
            let file = try scenario(naming: name, in: scratch)
            let result = try CLI.run(["test", file], timeout: 20)
            #expect(!result.timedOut, "\(name): dtree test hung")
            #expect(result.status == 1, "\(name): \(result.stdout)\(result.stderr)")
            #expect(result.stdout.contains("it is \(kind), not a regular file [not-a-tree-file]"), "\(name): \(result.stdout)")
        }
    }

    @Test func aFIFOInAFolderIsSkipped() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        try scratch.write("clinic.yaml", Fixtures.small.replacingOccurrences(of: "tree: small", with: "tree: clinic"))
        #expect(mkfifo(scratch.url.appendingPathComponent("waiting.yaml").path, 0o600) == 0)
        #expect(mkfifo(scratch.url.appendingPathComponent("waiting.tests.yaml").path, 0o600) == 0)
        let validate = try CLI.run(["validate", scratch.url.path], timeout: 20)
        #expect(!validate.timedOut, "dtree validate hung on a FIFO")
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        #expect(validate.stdout.contains("1 file checked: 0 errors"), "\(validate.stdout)")
        let test = try CLI.run(["test", scratch.url.path], timeout: 20)
        #expect(!test.timedOut, "dtree test hung on a FIFO")
        #expect(!test.stdout.contains("waiting"), "\(test.stdout)")
    }

    @Test func aRealTreeStillLoads() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        try scratch.write("clinic.yaml", Fixtures.small)
        let file = try scratch.write(
            "clinic.tests.yaml", "tree: clinic.yaml\ncases:\n  - name: one\n    answers: {q: no}\n    expect: done\n")
        let result = try CLI.run(["test", file])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix("1 passed, 0 failed\n"), "\(result.stdout)")
    }
}
