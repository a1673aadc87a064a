import DecisionTreeRendering
import DecisionTree
import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing

/// Paths and helpers shared by the rendering tests.
package enum RenderFixtures {
    /// `Tests/Fixtures/render`, found from this file's path (no SwiftPM resources).
    package static var folder: URL {
        CLI.packageRoot.appendingPathComponent("Tests/Fixtures/render")
    }

    package static var hostilePath: String { folder.appendingPathComponent("hostile.yaml").path }

    /// The tree full of hostile labels.
    package static func hostileTree() throws -> Tree {
        let result = try TreeLoader.load(contentsOf: hostilePath)
        guard let tree = result.tree else {
            throw Fixtures.FixtureError(message: result.diagnostics.map(\.summary).joined(separator: "\n"))
        }
        return tree
    }

    /// Compares `text` with the golden file `name`; with `DTREE_UPDATE_GOLDENS=1` rewrites it instead.
    package static func expectGolden(_ text: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["DTREE_UPDATE_GOLDENS"] == "1" {
            try Data(text.utf8).write(to: url)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        if golden != text {
            let goldenLines = golden.split(separator: "\n", omittingEmptySubsequences: false)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let first =
                zip(goldenLines, lines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(goldenLines.count, lines.count)
            Issue.record(
                "\(name) differs from the golden file at line \(first + 1); rerun with DTREE_UPDATE_GOLDENS=1 and review the diff",
                sourceLocation: sourceLocation)
        }
    }
}

/// What a parsed SVG holds, for assertions.
package struct SVGFacts {
    /// Every `<text>` element's content, in document order.
    package var texts: [String] = []
    /// Every element name.
    package var elements: [String] = []
    /// Every attribute as (name, value).
    package var attributes: [(String, String)] = []

    /// Parses `data` as XML (failing the test when it is not well-formed).
    package init(_ data: Data) throws {
        let document = try XMLDocument(data: data, options: [])
        guard let root = document.rootElement() else { throw Fixtures.FixtureError(message: "no root element") }
        visit(root)
    }

    private mutating func visit(_ element: XMLElement) {
        elements.append(element.localName ?? element.name ?? "")
        for attribute in element.attributes ?? [] {
            attributes.append((attribute.name ?? "", attribute.stringValue ?? ""))
        }
        if element.localName == "text" { texts.append(element.stringValue ?? "") }
        for child in element.children ?? [] {
            if let child = child as? XMLElement { visit(child) }
        }
    }

    /// All text joined by single spaces, as wrapped lines read back in order.
    package var joinedText: String { UntrustedText.collapsed(texts.joined(separator: " ").replacingOccurrences(of: "\u{A0}", with: " ")) }

    /// Nothing that could run script: no `script` or `foreignObject` element, no `on*`
    /// attribute, no link at all, and no attribute value that is a `javascript:` URL.
    package func expectNoScript(sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let lowered = elements.map { $0.lowercased() }
        #expect(!lowered.contains("script"), sourceLocation: sourceLocation)
        #expect(!lowered.contains("foreignobject"), sourceLocation: sourceLocation)
        for (name, value) in attributes {
            let bare = name.lowercased().split(separator: ":").last.map(String.init) ?? ""
            #expect(!bare.hasPrefix("on"), "event attribute \(name)", sourceLocation: sourceLocation)
            #expect(bare != "href", "link attribute \(name)=\(value)", sourceLocation: sourceLocation)
            let squeezed = value.lowercased().filter { !$0.isWhitespace }
            #expect(!squeezed.hasPrefix("javascript:"), "\(name)=\(value)", sourceLocation: sourceLocation)
        }
    }
}

/// A PDF's text and page size through poppler-utils (`pdftotext`, `pdfinfo`), which the test
/// suite needs (scripts/ensure-test-deps.sh).
package enum PDFText {
    /// The text of `pdf`, as `pdftotext -layout` reads it.
    package static func of(_ pdf: Data) throws -> String {
        String(decoding: try run("pdftotext") { ["-layout", $0, "-"] }(pdf), as: UTF8.self)
    }

    /// The first page's width in points, as `pdfinfo` reports it.
    package static func pageWidth(_ pdf: Data) throws -> Double? {
        let info = String(decoding: try run("pdfinfo") { [$0] }(pdf), as: UTF8.self)
        guard let line = info.split(separator: "\n").first(where: { $0.hasPrefix("Page size:") }) else { return nil }
        return line.split(separator: " ").compactMap { Double($0) }.first
    }

    /// Runs `tool` with the arguments `arguments` gives for the path of a file holding the PDF; its output.
    private static func run(_ tool: String, _ arguments: @escaping (String) -> [String]) -> (Data) throws -> Data {
        { input in try runNow(tool, arguments, input) }
    }

    private static func runNow(_ tool: String, _ arguments: (String) -> [String], _ input: Data) throws -> Data {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dtree-pdf-\(UUID().uuidString).pdf")
        try input.write(to: scratch)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments(scratch.path)
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Fixtures.FixtureError(message: "\(tool) exited \(process.terminationStatus)")
        }
        return data
    }
}
