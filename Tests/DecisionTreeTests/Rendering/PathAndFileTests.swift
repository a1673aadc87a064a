@testable import DecisionTree
import Foundation
import Testing

@Suite struct PathHighlightTests {
    @Test func answersFollowTheTreeToAnOutcome() throws {
        let tree = try Fixtures.shippedTree()
        let path = try PathHighlight.follow(tree, answers: ["red_flags": "none", "recurring": "YES", "injury": "2", "therapist_finding": "ovaries"])
        #expect(path.nodes.map { tree.nodes[$0].id } == ["red_flags", "recurring", "injury", "therapist", "therapist_finding", "gynecologist"])
        #expect(path.edges.count == 5)
        #expect(path.unused.isEmpty)
        #expect(path.ticked.isEmpty)
    }

    @Test func checklistItemsAreTickedByLabelOrNumber() throws {
        let tree = try Fixtures.shippedTree()
        let path = try PathHighlight.follow(tree, answers: ["red_flags": "1, tingling"])
        #expect(path.nodes.map { tree.nodes[$0].id } == ["red_flags", "neurologist_now"])
        #expect(path.ticked[tree.start] == [0, 2])
    }

    @Test func missingAnswersStopThePathAndExtraOnesAreReported() throws {
        let tree = try Fixtures.shippedTree()
        let output = try Renderer.render(tree, format: .dot, options: RenderOptions(answers: ["red_flags": "none", "injury": "yes"]))
        #expect(output.warnings.count == 2)
        #expect(output.warnings.contains { $0.contains("'injury'") })
        #expect(output.warnings.contains { $0.contains("stop at 'recurring'") })
        #expect(String(decoding: output.data, as: UTF8.self).contains("NEXT: NEEDS AN ANSWER"))
    }

    @Test func wrongAnswersAreErrors() throws {
        let tree = try Fixtures.shippedTree()
        #expect(throws: RenderError.unknownNode("recuring", suggestion: "recurring")) {
            try PathHighlight.follow(tree, answers: ["recuring": "yes"])
        }
        #expect(throws: RenderError.unknownAnswer(node: "recurring", answer: "maybe", choices: ["yes", "no"])) {
            try PathHighlight.follow(tree, answers: ["recurring": "maybe"])
        }
        #expect(throws: RenderError.self) { try PathHighlight.follow(tree, answers: ["self_care": "yes"]) }
    }

    @Test func answerArgumentsAreParsed() throws {
        #expect(try RenderOptions.answers(from: ["a=b", " c = d=e "]) == ["a": "b", "c": "d=e"])
        #expect(throws: RenderError.malformedAnswer("ab")) { try RenderOptions.answers(from: ["ab"]) }
        #expect(throws: RenderError.malformedAnswer("a=")) { try RenderOptions.answers(from: ["a="]) }
        #expect(throws: RenderError.duplicateAnswer(node: "a")) { try RenderOptions.answers(from: ["a=1", "a=2"]) }
    }
}

@Suite struct AtomicFileWriterTests {
    @Test func writesAndLeavesNoTemporaryFile() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = scratch.url.appendingPathComponent("out.svg").path
        try AtomicFileWriter.write(Data("old".utf8), to: path)
        try AtomicFileWriter.write(Data("new".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["out.svg"])
    }

    @Test func aFailedWriteLeavesTheFolderAsItWas() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let blocker = try scratch.write("file", "I am a file")
        #expect(throws: FileWriteError.self) { try AtomicFileWriter.write(Data("x".utf8), to: blocker + "/out.svg") }
        let folder = scratch.url.appendingPathComponent("folder").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        #expect(throws: FileWriteError.self) { try AtomicFileWriter.write(Data("x".utf8), to: folder) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted() == ["file", "folder"])
        #expect(try String(contentsOfFile: blocker, encoding: .utf8) == "I am a file")
    }
}
