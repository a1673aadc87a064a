@testable import DecisionTree
import TestSupport
import Testing

/// Issue 24 item 4: a tree file's nodes are decoded while libyaml's events arrive, and what the
/// loader reports is what decoding the whole composed document reports, diagnostic for
/// diagnostic, in the places where streaming could change it.
@Suite struct StreamedNodesTests {
    /// What decoding the whole composed document (no streaming) reports, as the loader did.
    private func wholeDocumentDiagnostics(_ text: String, path: String = "t.yaml") throws -> [Diagnostic] {
        let root = try #require(try YAMLReader.compose(text))
        var decoder = TreeDecoder(file: path)
        let draft = decoder.decode(root)
        var validator = Validator(draft: draft, file: path)
        _ = validator.validate()
        return DiagnosticList.report([decoder.reader.found, validator.found], file: path)
    }

    private func expectSame(_ text: String, _ comment: Comment) throws {
        let streamed = TreeLoader.load(text: text, path: "t.yaml").diagnostics
        let whole = try wholeDocumentDiagnostics(text)
        #expect(streamed == whole, comment)
        #expect(!whole.isEmpty, "the case must have something to report: \(comment)")
    }

    private let head = "tree: t\ntitle: T\nstart: a\n"

    @Test func aDuplicateNodeIDsBodyIsNeitherDecodedNorReported() throws {
        let text =
            head
            + "nodes:\n  a:\n    outcome: A\n  a:\n    question: Q\n    answers: {yes: nowhere}\n    colour: red\n  b:\n    outcome: B\n"
        try expectSame(text, "duplicate id")
        let messages = TreeLoader.load(text: text, path: "t.yaml").diagnostics.map(\.message)
        #expect(messages.contains { $0.hasPrefix("duplicate node id 'a'") })
        #expect(!messages.contains { $0.contains("colour") })
    }

    @Test func theCapKeepsWhatWasFoundFirstTopLevelProblemsBeforeNodes() throws {
        // An unknown top-level key before `nodes:` and 300 nodes with an unknown key each: the
        // first 200 found are kept, the top-level one among them.
        var text = "tree: t\ntitel: T\nstart: n0\nnodes:\n"
        for index in 0..<300 { text += "  n\(index):\n    outcome: O\n    colour: red\n" }
        try expectSame(text, "over the cap")
        let diagnostics = TreeLoader.load(text: text, path: "t.yaml").diagnostics
        #expect(diagnostics.contains { $0.message.contains("'titel'") })
        #expect(diagnostics.last?.rule == .tooManyDiagnostics)
    }

    @Test func onlyTheFirstNodesKeyIsStreamedAndASecondIsADuplicate() throws {
        let text = head + "nodes:\n  a:\n    outcome: A\n    colour: red\nnodes:\n  a:\n    outcome: B\n    size: 3\n"
        try expectSame(text, "two nodes keys")
    }

    @Test func nodesThatAreNotAMappingAndKeysThatAreNotTextAreReportedAsBefore() throws {
        try expectSame(head + "nodes:\n  - a\n  - b\n", "nodes as a list")
        try expectSame(head + "nodes:\n  [x, y]: {outcome: A}\n  a:\n    outcome: A\n    colour: red\n", "a list as a node id")
        try expectSame(head + "nodes:\n  a: just text\n  b!:\n    outcome: B\n", "a node that is text, an invalid id")
    }

    @Test func aNodesMappingNestedDeeperIsNotStreamed() throws {
        try expectSame(
            head + "specialists:\n  nodes:\n    a: {outcome: A}\nnodes:\n  a:\n    outcome: A\n    colour: red\n", "nested nodes key")
    }

    @Test func aModelNamingItsFormatAfterANodesMappingIsDecodedWhole() throws {
        // A JSON model's nodes are a list; one written as a mapping, with its format named after
        // it, is composed again whole and decoded as a model, as before.
        let text =
            "{\"tree\": \"t\", \"title\": \"T\", \"start\": \"a\", \"nodes\": {\"a\": {\"kind\": \"outcome\", \"text\": \"A\"}}, "
            + "\"format\": \"\(Tree.modelFormat)\"}\n"
        let root = try #require(try YAMLReader.compose(text))
        #expect(ModelDecoder.isModel(root))
        var decoder = ModelDecoder(file: "t.json")
        let draft = decoder.decode(root)
        var validator = Validator(draft: draft, file: "t.json")
        _ = validator.validate()
        let whole = DiagnosticList.report([decoder.reader.found, validator.found], file: "t.json")
        #expect(!whole.isEmpty)
        #expect(TreeLoader.load(text: text, path: "t.json").diagnostics == whole)
    }
}
