@testable import DecisionTree
@testable import DecisionTreeRendering
import Foundation
import TestSupport
import Testing

@Suite struct PathHighlightTests {
    @Test func answersFollowTheTreeToAnOutcome() throws {
        let tree = try Fixtures.engineTree()
        let answers = try Answers(assignments: ["red_flags=none", "recurring=YES", "injury=2", "therapist_finding=ovaries"], in: tree)
        let path = PathHighlight(tree, answers: answers)
        #expect(
            path.path.nodes.map { tree.nodes[$0].id } == [
                "red_flags", "recurring", "injury", "therapist", "therapist_finding", "gynecologist",
            ])
        #expect(path.nodes == Set(path.path.nodes))
        #expect(path.edges.count == 5)
        #expect(tree.nodes[path.last].id == "gynecologist")
        #expect(path.unused.isEmpty)
        #expect(path.ticked.isEmpty)
    }

    @Test func checklistItemsAreTickedByLabelOrNumber() throws {
        let tree = try Fixtures.engineTree()
        let path = PathHighlight(tree, answers: try Answers(assignments: ["red_flags=1, tingling"], in: tree))
        #expect(path.path.nodes.map { tree.nodes[$0].id } == ["red_flags", "neurologist_now"])
        #expect(path.ticked[tree.start] == [0, 2])
    }

    @Test func missingAnswersStopThePathAndExtraOnesAreReported() throws {
        let tree = try Fixtures.engineTree()
        let answers = try Answers(assignments: ["red_flags=none", "injury=yes"], in: tree)
        #expect(PathHighlight(tree, answers: answers).unused == [try #require(tree.index(of: "injury"))])
        let output = try Renderer.render(tree, format: .dot, options: RenderOptions(answers: answers))
        #expect(output.warnings.count == 2)
        #expect(output.warnings.contains { $0.contains("'injury'") })
        #expect(output.warnings.contains { $0.contains("stop at 'recurring'") })
        #expect(String(decoding: output.data, as: UTF8.self).contains("▶ NEXT: NEEDS<BR ALIGN=\"CENTER\"/>AN ANSWER"))
    }

    /// Answers are checked when they are parsed, before any path is drawn, with the one error type.
    @Test func wrongAnswersAreErrors() throws {
        let tree = try Fixtures.engineTree()
        #expect(throws: AnswerError.unknownNode("recuring", suggestion: "recurring")) {
            try Answers(assignments: ["recuring=yes"], in: tree)
        }
        #expect(throws: AnswerError.doesNotFit(node: "recurring", given: "maybe", valid: ["yes", "no"])) {
            try Answers(assignments: ["recurring=maybe"], in: tree)
        }
        #expect(throws: AnswerError.doesNotFit(node: "self_care", given: "yes", valid: [])) {
            try Answers(assignments: ["self_care=yes"], in: tree)
        }
    }

    @Test func answerArgumentsAreParsed() throws {
        let plain = try Answers.split("a=b")
        #expect(plain.node == "a" && plain.answer == "b")
        let spaced = try Answers.split(" c = d=e ")
        #expect(spaced.node == "c" && spaced.answer == "d=e")
        #expect(throws: AnswerError.malformed("ab")) { try Answers.split("ab") }
        #expect(throws: AnswerError.malformed("a=")) { try Answers.split("a=") }
        let tree = try Fixtures.engineTree()
        #expect(throws: AnswerError.duplicate(node: "recurring")) { try Answers(assignments: ["recurring=yes", "recurring=no"], in: tree) }
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
