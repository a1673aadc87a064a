@testable import DecisionTree
import Foundation
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

    /// Every shape a body can take, read straight from libyaml's events, reports what the same
    /// body composed into ``YAMLNode``s reports: quoted texts (whose fix-its stand inside the
    /// quotes), labelled answers, evidence, ranges, items, bodies that are not mappings, and
    /// mistakes at every level.
    @Test func bodiesReadFromEventsReportWhatComposedBodiesReport() throws {
        let bodies = [
            "  a:\n    question: \"Q?\"\n    answers:\n      yes: {to: b, label: \"Yes\"}\n      no: {to: c, label: 'yes'}\n",
            "  a:\n    question: Q\n    answers: {yes: b, YES: c, '  ': d, maybe: {label: x}}\n    anwsers: x\n",
            "  a:\n    refer: \"GP\"\n    urgency: 'urgnet'\n    evidence: {certainty: hgih, strength: [x]}\n    next: b\n",
            "  a:\n    number: Age\n    unit: years\n    min: x\n    max: '9'\n    integer: maybe\n    ranges: {'<5': b, '5..': c, 'x..y': d}\n",
            "  a:\n    checklist: Signs\n    items: [One, one, '', [x]]\n    any: b\n",
            "  a:\n    outcome: O\n    reassures: yes\n    question: Q\n    colour: red\n    colour: blue\n",
            "  a: [one, two]\n  b: ''\n  c: {}\n  d:\n    outcome: \"\"\n    advice: {x: y}\n",
            "  a:\n    question: Q\n    answers: [yes, no]\n  b:\n    number: N\n    ranges: {}\n",
        ]
        for body in bodies {
            try expectSame(head + "nodes:\n" + body + "  z:\n    outcome: Z\n", "body: \(body)")
        }
    }

    /// A tag, an alias or nesting too deep inside a body stops reading with the same error as
    /// anywhere else in the file.
    @Test func aBodysTagAliasOrDepthStopsAsElsewhere() throws {
        var deep = head + "nodes:\n  a:\n    outcome: A\n    advice: "
        deep += String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "\n"
        for text in [
            head + "nodes:\n  a:\n    outcome: !!str A\n", head + "nodes:\n  a: &x\n    outcome: A\n  b: *x\n", deep,
        ] {
            let streamed = TreeLoader.load(text: text, path: "t.yaml").diagnostics
            var whole: YAMLReader.Failure?
            do { _ = try YAMLReader.compose(text) } catch { whole = error }
            let failure = try #require(whole)
            #expect(streamed.map(\.message) == [failure.message])
            #expect(streamed.first?.location == failure.location)
        }
    }

    /// Every YAML file in the repository (trees, fixtures, scenario files, hazard logs, the
    /// hostile and broken ones) reports the same when its nodes are read from libyaml's events
    /// as when the whole document is composed and decoded; JSON models, which the loader
    /// decodes whole, are left out.
    @Test func everyYAMLFileInTheRepositoryReportsAsWhenDecodedWhole() throws {
        var compared = 0
        for folder in ["Trees", "Tests/Fixtures", "docs"] {
            let root = CLI.packageRoot.appendingPathComponent(folder)
            let walker = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
            for case let url as URL in walker where url.pathExtension == "yaml" {
                guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8)
                else { continue }
                let streamed = TreeLoader.load(text: text, path: "t.yaml").diagnostics
                let composed: YAMLNode?
                do {
                    composed = try YAMLReader.compose(text)
                } catch {
                    // Not YAML dtree reads: the same one error, at the same place.
                    #expect(streamed.map(\.message) == [error.message], "\(folder)/\(url.lastPathComponent)")
                    #expect(streamed.first?.location == error.location)
                    compared += 1
                    continue
                }
                guard let composed, !ModelDecoder.isModel(composed) else { continue }
                #expect(streamed == (try wholeDocumentDiagnostics(text)), "\(folder)/\(url.lastPathComponent)")
                compared += 1
            }
        }
        #expect(compared >= 40, "the repository's YAML files were found")
    }
}
