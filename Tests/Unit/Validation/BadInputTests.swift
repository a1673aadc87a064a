import DecisionTree
import Foundation
import TestSupport
import Testing

/// Hostile and broken files: each gets one located error, never a crash or a hang.
@Suite struct BadInputTests {
    func only(
        _ result: LoadResult, _ rule: Rule, at location: DecisionTree.SourceLocation,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(result.tree == nil, sourceLocation: sourceLocation)
        #expect(result.diagnostics.map(\.rule) == [rule], "\(result.diagnostics.map(\.summary))", sourceLocation: sourceLocation)
        #expect(result.diagnostics.first?.location == location, sourceLocation: sourceLocation)
        #expect(result.diagnostics.first?.severity == .error, sourceLocation: sourceLocation)
    }

    @Test func notUTF8() {
        let bytes: [UInt8] = Array("tree: t\ntitle: caf".utf8) + [0xE9, 0x0A]
        only(TreeLoader.load(data: Data(bytes), path: "x.yaml"), .notUTF8, at: .init(line: 2, column: 11))
    }

    @Test func binary() {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
        only(TreeLoader.load(data: Data(bytes), path: "x.png"), .binaryFile, at: .init(line: 3, column: 1))
    }

    @Test func emptyAndCommentOnly() {
        only(TreeLoader.load(data: Data(), path: "x.yaml"), .emptyFile, at: .start)
        only(load("# nothing here\n\n"), .emptyFile, at: .start)
    }

    @Test func listAtTheTop() {
        only(load("- a\n- b\n"), .topLevelNotMapping, at: .start)
    }

    @Test func fiftyMegabytes() {
        let data = Data(repeating: UInt8(ascii: "a"), count: 50 << 20)
        only(TreeLoader.load(data: data, path: "big.yaml"), .fileTooLarge, at: .start)
    }

    @Test func flowSequenceNested100000Deep() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        // Located at the bracket that passes dtree's own limit of 64 (libyaml has no limit of
        // its own that stops it earlier).
        only(load(text), .nestingTooDeep, at: .init(line: 1, column: 65))
        let moderate = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        only(load(moderate), .nestingTooDeep, at: .init(line: 1, column: 65))
    }

    @Test func blockNestingTooDeep() {
        var text = ""
        for depth in 0..<100 { text += String(repeating: " ", count: depth) + "k\(depth):\n" }
        text += String(repeating: " ", count: 100) + "end\n"
        let result = load(text)
        #expect(result.diagnostics.map(\.rule) == [.nestingTooDeep])
    }

    @Test func aliasBomb() {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...30 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        only(load(text), .yamlAlias, at: .init(line: 2, column: 10))
    }

    @Test func twoDocuments() {
        only(load("tree: t\n---\ntree: u\n"), .yamlSyntax, at: .init(line: 2, column: 1))
    }

    @Test func unreadablePathIsAReadError() {
        #expect(throws: TreeLoader.ReadError.self) { try TreeLoader.load(contentsOf: "/nonexistent/tree.yaml") }
        #expect(throws: TreeLoader.ReadError.self) { try TreeLoader.load(contentsOf: "/tmp") }
    }
}

/// What the loader keeps as written: scalars, order, and JSON input.
@Suite struct FormatTests {
    @Test func scalarsStayAsWritten() throws {
        let tree = try Fixtures.tree(
            """
            tree: t
            title: T
            version: 1.0
            start: a
            nodes:
              a:
                question: How many?
                answers: {yes: b, no: b, 5: b, 007: b, null: b, ~: b}
              b: {outcome: "on"}
            """)
        #expect(tree.version == "1.0")
        #expect(tree.nodes[0].edges.map(\.answer) == ["yes", "no", "5", "007", "null", "~"])
        #expect(tree.nodes[1].content == .outcome(Node.Outcome(text: "on")))
    }

    @Test func fileOrderIsKept() throws {
        let tree = try Fixtures.tree(
            """
            tree: t
            title: T
            start: m
            nodes:
              z: {outcome: Z}
              m:
                question: Q
                answers: {zebra: z, alpha: a, mid: z}
              a: {outcome: A}
            """)
        #expect(tree.nodes.map(\.id) == ["z", "m", "a"])
        #expect(tree.nodes[1].edges.map(\.answer) == ["zebra", "alpha", "mid"])
        #expect(tree.startNode.id == "m")
    }

    @Test func checklistEdgesAreAnyThenNone() throws {
        let tree = try Fixtures.tree(
            "tree: t\ntitle: T\nstart: c\nnodes:\n  c:\n    checklist: C\n    none: b\n    items: [x]\n    any: a\n  a: {outcome: A}\n  b: {outcome: B}\n"
        )
        #expect(tree.nodes[0].edges.map(\.answer) == ["any", "none"])
        #expect(tree.nodes[0].edges.map { tree.nodes[$0.target].id } == ["a", "b"])
    }

    @Test func jsonIsAccepted() throws {
        let result = TreeLoader.load(
            text: """
                {"tree": "j", "title": "J", "start": "a",
                 "nodes": {"a": {"question": "Q", "answers": {"yes": "b", "no": "b"}},
                           "b": {"refer": "therapist", "urgency": "urgent"}}}
                """, path: "j.json")
        let tree = try #require(result.tree, "\(result.diagnostics.map(\.summary))")
        #expect(tree.nodes[1].referral?.urgency == .urgent)
        let bad = TreeLoader.load(
            text: "{\"tree\": \"j\",\n \"title\": \"J\", \"start\": \"a\", \"nodes\": {\"a\": {\"outcome\": \"x\", \"colour\": 1}}}",
            path: "j.json")
        #expect(bad.diagnostics.map(\.rule) == [.unknownKey])
        #expect(bad.diagnostics.first?.location == .init(line: 2, column: 62))
    }

    @Test func referDefaultsToRoutine() throws {
        let tree = try Fixtures.tree("tree: t\ntitle: T\nstart: r\nnodes:\n  r: {refer: therapist}\n")
        #expect(tree.startNode.referral == Referral(specialist: "therapist", urgency: .routine, urgencyStated: false))
        #expect(tree.urgencyText(of: try #require(tree.startNode.referral)) == nil)
        #expect(tree.startNode.isTerminal)
    }
}
