// The libFuzzer targets, in one binary: `dtree-fuzz TARGET [libFuzzer flags] [corpus...]`.
//
//   tree      a tree file: loader and validator, then every exporter (JSON model, Mermaid)
//             and the DOT writer, both directions, and the layout size count
//   scenario  a scenario file and the tree it names: the input is the scenario text, then a
//             line `--- tree ---`, then the tree text; the scenario is loaded and run against
//             that tree (or the shipped-like fixture when the tree half is not a valid tree)
//   batch     a JSON Lines cases file streamed through the batch runner and line reader
//   lsp       bytes a language client might send (Content-Length framing, JSON-RPC requests
//             and notifications, documents and edits) fed to `dtree lsp`'s server through a
//             pipe until the input ends
//
// SwiftPM gives an executable its own `main`, which collides with libFuzzer's, so this file's
// top-level code is the main and hands the loop to LLVMFuzzerRunDriver.

import CFuzzerDriver
import DecisionTree
import DecisionTreeLSP
import DecisionTreeRendering
import Foundation

/// The fuzz targets.
enum FuzzTarget: String, CaseIterable {
    case tree, scenario, batch, lsp
}

/// The tree the scenario and batch targets use when the input brings none.
let fixtureTree: Tree? = TreeLoader.load(
    text: """
        tree: clinic
        title: Clinic
        start: signs
        nodes:
          signs:
            checklist: Any of these?
            items: [Numbness, Tingling, Pain]
            any: doctor
            none: injury
          injury:
            question: Was there an injury?
            answers: {yes: therapist, no: home}
          therapist:
            refer: therapist
            urgency: soon
            next: home
          doctor:
            refer: neurologist
            urgency: urgent
          home:
            outcome: Rest at home
        """, path: "fixture.yaml"
).tree

nonisolated(unsafe) var selected = FuzzTarget.tree

func fuzzTree(_ text: String) {
    let result = TreeLoader.load(text: text, path: "fuzz.yaml")
    for diagnostic in result.diagnostics.prefix(5) { _ = DiagnosticFormatter.text(diagnostic, source: result.source) }
    guard let tree = result.tree else { return }
    _ = JSONExport.text(tree)
    _ = MermaidExport.text(tree, rankdir: .TB)
    _ = Renderer.dot(tree, options: RenderOptions(rankdir: .LR))
    _ = LayoutSize(tree)
    // The normalized model reads back as the same tree.
    _ = TreeLoader.load(text: JSONExport.text(tree), path: "fuzz.json")
}

func fuzzScenario(_ text: String) {
    let parts = text.components(separatedBy: "\n--- tree ---\n")
    let tree = parts.count > 1 ? TreeLoader.load(text: parts[1], path: "fuzz.yaml").tree ?? fixtureTree : fixtureTree
    let file = ScenarioLoader.load(text: parts[0], path: "fuzz.tests.yaml", tree: tree)
    _ = ScenarioSuite.run(file)
}

func fuzzBatch(_ data: Data) {
    guard let tree = fixtureTree, let runner = try? BatchRunner(tree: tree) else { return }
    var offset = 0
    _ = try? runner.run(
        read: { buffer in
            let count = min(buffer.count, data.count - offset, 1 + offset % 97)
            guard count > 0 else { return 0 }
            data.copyBytes(to: buffer, from: offset..<(offset + count))
            offset += count
            return count
        },
        write: { _ in })
}

/// Where the server's answers go: nowhere, but through the checked write path.
let devNull = open("/dev/null", O_WRONLY)

func fuzzLanguageServer(_ data: Data) {
    // A pipe holds 64 KiB: the input is written whole before the server reads, so it is cut
    // below that (the script's -max_len keeps inputs there anyway).
    let input = data.prefix(60_000)
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { return }
    input.withUnsafeBytes { bytes in
        var offset = 0
        while offset < bytes.count {
            let written = write(ends[1], bytes.baseAddress! + offset, bytes.count - offset)
            if written <= 0 { break }
            offset += written
        }
    }
    close(ends[1])
    _ = LSPServer(version: "fuzz", input: ends[0], output: devNull).run()
    close(ends[0])
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let data = bytes.map { Data(bytes: $0, count: size) } ?? Data()
    switch selected {
    case .tree: fuzzTree(String(decoding: data, as: UTF8.self))
    case .scenario: fuzzScenario(String(decoding: data, as: UTF8.self))
    case .batch: fuzzBatch(data)
    case .lsp: fuzzLanguageServer(data)
    }
    return 0
}

var arguments = CommandLine.arguments
guard arguments.count > 1, let target = FuzzTarget(rawValue: arguments[1]) else {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
    FileHandle.standardError.write(Data("usage: dtree-fuzz \(names) [libFuzzer flags] [corpus folders]\n".utf8))
    exit(64)
}
selected = target
arguments.remove(at: 1)
var argc = Int32(arguments.count)
var cStrings: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
let status = cStrings.withUnsafeMutableBufferPointer { buffer -> Int32 in
    var argv = buffer.baseAddress
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) }
}
exit(status)
