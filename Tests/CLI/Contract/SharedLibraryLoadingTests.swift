import Foundation
import TestSupport
import Testing

/// Issue 24 item 2: dtree links neither Graphviz nor libcrypto; it opens libgvc when a command
/// renders and libcrypto when it first hashes, so `--version` and a plain `validate` start
/// without loading eight shared libraries.
@Suite struct SharedLibraryLoadingTests {
    /// The shared objects the dynamic loader maps for `arguments` (`LD_DEBUG=files`).
    private func loadedLibraries(_ arguments: [String]) throws -> [String] {
        let result = try CLI.run(arguments, environment: ["LD_DEBUG": "files"])
        return result.stderr.split(separator: "\n").compactMap { line in
            guard let range = line.range(of: "file=") else { return nil }
            return String(line[range.upperBound...].prefix { $0 != " " && $0 != "[" })
        }
    }

    @Test func theBinaryDoesNotNeedGraphvizToStart() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/readelf")
        process.arguments = ["-d", CLI.executable.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let needed = text.split(separator: "\n").filter { $0.contains("(NEEDED)") }
        #expect(!needed.isEmpty, "\(text)")
        #expect(
            !needed.contains { $0.contains("libgvc") || $0.contains("libcgraph") || $0.contains("libcdt") || $0.contains("libcrypto") },
            "\(needed)")
    }

    @Test func versionLoadsNeitherAndHashLoadsOnlyLibcrypto() throws {
        let version = try loadedLibraries(["--version"])
        #expect(version.contains { $0.contains("libyaml") }, "LD_DEBUG shows the libraries: \(version)")
        #expect(!version.contains { $0.contains("libcrypto") || $0.contains("libgvc") }, "\(version)")
        let hash = try loadedLibraries(["hash", "Trees/back-numbness.yaml"])
        #expect(hash.contains { $0.contains("libcrypto.so") }, "\(hash)")
        #expect(!hash.contains { $0.contains("libgvc") }, "\(hash)")
    }

    @Test func validateOfATreeWithNoSignOffLoadsNeitherAndRenderLoadsGraphviz() throws {
        let validate = try loadedLibraries(["validate", "docs/examples/laptop.yaml"])
        #expect(validate.contains { $0.contains("libyaml") }, "LD_DEBUG shows the libraries: \(validate)")
        #expect(!validate.contains { $0.contains("libgvc") || $0.contains("libcgraph") || $0.contains("libcrypto") }, "\(validate)")
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let render = try loadedLibraries([
            "render", "Trees/back-numbness.yaml", "-o", scratch.url.appendingPathComponent("t.svg").path,
        ])
        #expect(render.contains { $0.contains("libgvc.so") }, "\(render)")
        #expect(render.contains { $0.contains("libcgraph.so") }, "\(render)")
        #expect(FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("t.svg").path))
    }
}
