@testable import DecisionTree
import FoundationEssentials
import Testing

/// Issue 24 item 4: what a large tree holds for each node and answer while it is validated,
/// kept small (peak memory validating 100,000 nodes is some 12 times the file), and the
/// packed fields reading back as they were written.
@Suite struct LargeTreeLayoutTests {
    @Test func aLocationIsTwo32BitNumbersAndCodedAsBefore() throws {
        #expect(MemoryLayout<DecisionTree.SourceLocation>.size == 8)
        #expect(MemoryLayout<SourceRange>.size == 16)
        let location = DecisionTree.SourceLocation(line: 120_000, column: 7)
        #expect(location.line == 120_000 && location.column == 7)
        let json = try JSONEncoder().encode(location)
        #expect(String(decoding: json, as: UTF8.self).contains("\"line\":120000"))
        #expect(try JSONDecoder().decode(DecisionTree.SourceLocation.self, from: json) == location)
        #expect(DecisionTree.SourceLocation(line: 3, column: 9) < DecisionTree.SourceLocation(line: 4, column: 1))
    }

    @Test func aDraftNodeAndATreeNodeStaySmall() {
        #expect(MemoryLayout<TreeDraft.Node>.stride <= 88)
        #expect(MemoryLayout<TreeDraft.Target>.stride <= 80)
        // A number question's bounds and range table are boxed, not carried by every node.
        // and its help, cite, inference and evidence are in one box, absent when all are.
        #expect(MemoryLayout<Node>.stride <= 96)
        #expect(MemoryLayout<Edge>.stride <= 56)
    }

    @Test func aNodesNotesReadBackAsSetOneByOne() {
        var node = Node(id: "a", content: .outcome(.init(text: "Done")), help: "h")
        #expect(node.help == "h" && node.cite == nil && node.inference == nil && node.evidence == nil)
        node.cite = "c"
        node.inference = "i"
        node.evidence = Evidence(certainty: .low, strength: .weak)
        var copy = node
        copy.help = nil
        #expect(node.help == "h" && node.cite == "c" && node.inference == "i" && node.evidence?.certainty == .low)
        #expect(copy.help == nil && copy.cite == "c" && copy.evidence?.strength == .weak)
    }

    @Test func glibcsMmapThresholdIsHeldOnlyForALargeText() {
        #expect(!LargeAllocations.prepare(forTextOf: LargeAllocations.largeText - 1))
        #if canImport(Glibc)
            #expect(LargeAllocations.prepare(forTextOf: LargeAllocations.largeText))
        #endif
    }

    @Test func theLineIndexFindsEveryLine() {
        let large = String(repeating: "ключ: значение\r\n", count: 5000) + "last"
        let source = SourceText(path: "t.yaml", text: large)
        #expect(source.line(1) == "ключ: значение" && source.line(5000) == "ключ: значение")
        #expect(source.line(5001) == "last" && source.line(5002) == nil && source.line(0) == nil)
        let small = SourceText(path: "t.yaml", text: "a\n\nb\n")
        #expect(small.line(1) == "a" && small.line(2) == "" && small.line(3) == "b" && small.line(4) == "" && small.line(5) == nil)
    }

    @Test func aReferralsTextSpanReadsBackQuotedOrNot() throws {
        for (written, expected) in [("refer: \"Neurology\"", (1, 8, 19, 9, 18)), ("refer: Neurology", (1, 8, 17, 8, 17))] {
            let text = "tree: t\ntitle: T\nstart: a\nnodes:\n  a:\n    \(written)\n"
            let root = try #require(try YAMLReader.compose(text))
            var decoder = TreeDecoder(file: "t.yaml")
            let draft = decoder.decode(root)
            let span = try #require(draft.nodes.first?.textSpan)
            #expect(span.written.start.column == expected.1 + 4 && span.written.end.column == expected.2 + 4)
            #expect(span.text.start.column == expected.3 + 4 && span.text.end.column == expected.4 + 4)
            #expect(span.written.start.line == 6 && span.text.end.line == 6)
        }
    }
}
