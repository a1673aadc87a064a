import Foundation
import TestSupport
import Testing

/// Issue 24 item 2: dtree does not link Graphviz; it opens libgvc only when a command renders,
/// so the commands that never draw start without loading its seven shared libraries.
@Suite struct GraphvizLoadingTests {
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
        #expect(!needed.contains { $0.contains("libgvc") || $0.contains("libcgraph") || $0.contains("libcdt") }, "\(needed)")
    }

    @Test func validateLoadsNoGraphvizLibraryAndRenderLoadsIt() throws {
        let validate = try loadedLibraries(["validate", "Trees/back-numbness.yaml"])
        #expect(validate.contains { $0.contains("libyaml") }, "LD_DEBUG shows the libraries: \(validate)")
        #expect(!validate.contains { $0.contains("libgvc") || $0.contains("libcgraph") }, "\(validate)")
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
