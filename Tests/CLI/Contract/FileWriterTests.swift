import DecisionTree
import Foundation
import TestSupport
import Testing

/// The writer respects what is at the output path: a regular file is replaced by rename with
/// its mode kept, a symlink's target is replaced and the link kept, a device or FIFO is written
/// into and stays what it is, a folder or read-only file is refused. Every writer goes through it.
@Suite struct FileWriterTests {
    static let tree = "Trees/back-numbness.yaml"

    private func kind(_ path: String) -> mode_t {
        var status = stat()
        #expect(lstat(path, &status) == 0, "\(path) is gone")
        return status.st_mode & S_IFMT
    }

    private func mode(_ path: String) -> mode_t {
        var status = stat()
        #expect(stat(path, &status) == 0)
        return status.st_mode & 0o777
    }

    @Test func aRegularFileIsReplacedAndKeepsItsMode() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = try scratch.write("patient.svg", "old")
        #expect(chmod(path, 0o600) == 0)
        try AtomicFileWriter.write(Data("new".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(mode(path) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["patient.svg"], "a temporary file was left")
    }

    @Test func aNewFileIsCreated() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = scratch.url.appendingPathComponent("new.json").path
        try AtomicFileWriter.write(Data("{}".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{}")
        #expect(kind(path) == S_IFREG)
    }

    @Test func aSymlinkIsFollowedAndStaysALink() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let target = try scratch.write("real/target.dot", "old")
        #expect(chmod(target, 0o640) == 0)
        let link = scratch.url.appendingPathComponent("link.dot").path
        let chain = scratch.url.appendingPathComponent("chain.dot").path
        #expect(symlink("real/target.dot", link) == 0)
        #expect(symlink(link, chain) == 0)
        try AtomicFileWriter.write(Data("new".utf8), to: chain)
        #expect(kind(link) == S_IFLNK)
        #expect(kind(chain) == S_IFLNK)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
        #expect(mode(target) == 0o640)
    }

    @Test func aDanglingSymlinkCreatesItsTarget() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let link = scratch.url.appendingPathComponent("link.json").path
        #expect(symlink("made.json", link) == 0)
        try AtomicFileWriter.write(Data("{}".utf8), to: link)
        #expect(kind(link) == S_IFLNK)
        #expect(try String(contentsOfFile: scratch.url.appendingPathComponent("made.json").path, encoding: .utf8) == "{}")
    }

    @Test func aSymlinkLoopIsRefused() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let a = scratch.url.appendingPathComponent("a").path, b = scratch.url.appendingPathComponent("b").path
        #expect(symlink(b, a) == 0)
        #expect(symlink(a, b) == 0)
        #expect(throws: FileWriteError.self) { try AtomicFileWriter.write(Data("x".utf8), to: a) }
        #expect(kind(a) == S_IFLNK)
    }

    @Test func aCharacterDeviceIsWrittenIntoNotReplaced() throws {
        try AtomicFileWriter.write(Data("discarded".utf8), to: "/dev/null")
        #expect(kind("/dev/null") == S_IFCHR)
        #expect(throws: FileWriteError(path: "/dev/full", reason: "No space left on device")) {
            try AtomicFileWriter.write(Data("x".utf8), to: "/dev/full")
        }
        #expect(kind("/dev/full") == S_IFCHR)
        // Through a link the test makes, too.
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let link = scratch.url.appendingPathComponent("null.svg").path
        #expect(symlink("/dev/null", link) == 0)
        try AtomicFileWriter.write(Data("x".utf8), to: link)
        #expect(kind(link) == S_IFLNK)
        #expect(kind("/dev/null") == S_IFCHR)
    }

    @Test func aFIFOIsWrittenIntoNotReplaced() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let fifo = scratch.url.appendingPathComponent("pipe.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // A reader that does not block, so the writer's open finds one at once.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try AtomicFileWriter.write(Data("through the pipe".utf8), to: fifo)
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &buffer, buffer.count)
        #expect(count == 16)
        #expect(String(decoding: buffer[0..<max(count, 0)], as: UTF8.self) == "through the pipe")
        #expect(kind(fifo) == S_IFIFO)
    }

    @Test func aFolderIsRefused() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        #expect(throws: FileWriteError(path: scratch.url.path, reason: "it is a folder")) {
            try AtomicFileWriter.write(Data("x".utf8), to: scratch.url.path)
        }
    }

    @Test func aReadOnlyFileIsRefusedAndKept() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = try scratch.write("locked.svg", "old")
        #expect(chmod(path, 0o444) == 0)
        #expect(throws: FileWriteError(path: path, reason: "it is read-only")) {
            try AtomicFileWriter.write(Data("new".utf8), to: path)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(mode(path) == 0o444)
    }

    // Every writer, through the binary.

    @Test func renderAndExportWriteToStandardOutputByPath() throws {
        let render = try CLI.run(["render", Self.tree, "--format", "dot", "-o", "/dev/stdout"])
        #expect(render.status == 0, "\(render.stderr)")
        #expect(render.stdout.hasPrefix("digraph"), "\(render.stdout.prefix(80))")
        let export = try CLI.run(["export", Self.tree, "--format", "json", "-o", "/dev/stdout"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("\"format\": \"dtree-model/1\"") || export.stdout.contains("\"format\":\"dtree-model/1\""))
    }

    @Test func renderExportAndJUnitKeepModesAndLinks() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let svg = try scratch.write("private.svg", "old")
        #expect(chmod(svg, 0o600) == 0)
        let render = try CLI.run(["render", Self.tree, "-o", svg])
        #expect(render.status == 0, "\(render.stderr)")
        #expect(mode(svg) == 0o600)
        #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("<svg"))

        let model = try scratch.write("models/model.json", "old")
        let link = scratch.url.appendingPathComponent("model.json").path
        #expect(symlink("models/model.json", link) == 0)
        let export = try CLI.run(["export", Self.tree, "-o", link])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(kind(link) == S_IFLNK)
        #expect(try String(contentsOfFile: model, encoding: .utf8).contains("dtree-model/1"))

        let junit = try scratch.write("junit.xml", "old")
        #expect(chmod(junit, 0o640) == 0)
        let test = try CLI.run(["test", "--junit", junit, "Trees/"])
        #expect(test.status == 0, "\(test.stderr)")
        #expect(mode(junit) == 0o640)
        #expect(try String(contentsOfFile: junit, encoding: .utf8).contains("<testsuites"))

        let locked = try scratch.write("locked.svg", "old")
        #expect(chmod(locked, 0o444) == 0)
        let refused = try CLI.run(["render", Self.tree, "-o", locked])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("cannot write \(locked): it is read-only"), "\(refused.stderr)")
        #expect(try String(contentsOfFile: locked, encoding: .utf8) == "old")

        let folder = try CLI.run(["export", Self.tree, "--format", "json", "-o", scratch.url.path])
        #expect(folder.status == 2)
        #expect(folder.stderr.contains("it is a folder"), "\(folder.stderr)")
    }

    @Test func recordFollowsASymlinkedScenarioFile() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let tree = try String(contentsOfFile: Fixtures.engineTreePath, encoding: .utf8)
        let treePath = try scratch.write("back-numbness.yaml", tree)
        let real = try scratch.write("shared/back-numbness.tests.yaml", "tree: back-numbness.yaml\ncases:\n")
        #expect(chmod(real, 0o600) == 0)
        let link = scratch.url.appendingPathComponent("back-numbness.tests.yaml").path
        #expect(symlink("shared/back-numbness.tests.yaml", link) == 0)
        let run = try CLI.run(["run", treePath, "--record", link], stdin: "none\nyes\nno\novaries\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(kind(link) == S_IFLNK)
        #expect(mode(real) == 0o600)
        #expect(try String(contentsOfFile: real, encoding: .utf8).contains("gynecologist"))
    }
}
