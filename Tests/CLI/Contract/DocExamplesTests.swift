import Foundation
import TestSupport
import Testing

/// Every `console` example in the README and in docs/*.md is run: each `$ dtree ...` line, from
/// the package root, must print exactly the lines under it (standard output, then standard
/// error). An example that drifts from the tool fails here.
@Suite struct DocExamplesTests {
    struct Example: CustomTestStringConvertible, Sendable {
        let file: String
        let line: Int
        let arguments: [String]
        let expected: String
        var testDescription: String { "\(file):\(line): dtree \(arguments.joined(separator: " "))" }
    }

    /// The examples of every Markdown file that has a `console` block.
    static var examples: [Example] {
        let root = CLI.packageRoot
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("docs").path)) ?? []
        let files = ["README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
        return files.flatMap { file in
            parse((try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)) ?? "", file: file)
        }
    }

    /// The `$ dtree` commands of every ```console block and the text printed under each.
    static func parse(_ markdown: String, file: String) -> [Example] {
        var examples: [Example] = []
        var inConsole = false
        var current: (line: Int, arguments: [String], output: [String])?
        func flush() {
            if let current {
                examples.append(
                    Example(
                        file: file, line: current.line, arguments: current.arguments,
                        expected: current.output.joined(separator: "\n")))
            }
            current = nil
        }
        for (number, line) in markdown.components(separatedBy: "\n").enumerated() {
            if !inConsole {
                if line.hasPrefix("```console") { inConsole = true }
                continue
            }
            if line.hasPrefix("```") {
                flush()
                inConsole = false
            } else if line.hasPrefix("$ dtree ") {
                flush()
                current = (number + 1, words(String(line.dropFirst("$ dtree ".count))), [])
            } else {
                current?.output.append(line)
            }
        }
        return examples
    }

    /// Shell-like words: split at spaces, with '...' and "..." quoting.
    static func words(_ text: String) -> [String] {
        var words: [String] = [], word = "", quote: Character?, inWord = false
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(character)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }

    @Test func theDocsHaveExamples() {
        #expect(Self.examples.count >= 4, "\(Self.examples.map(\.testDescription))")
        #expect(Self.examples.contains { $0.file == "README.md" })
    }

    @Test(arguments: examples)
    func exampleRunsAsDocumented(example: Example) throws {
        let result = try CLI.run(example.arguments)
        let printed = (result.stdout + result.stderr).trimmingCharacters(in: .newlines)
        #expect(printed == example.expected.trimmingCharacters(in: .newlines), "\(example.testDescription) printed:\n\(printed)")
    }
}
