import DecisionTree
import DecisionTreeLSP
import TestSupport
import Testing

/// The editing index: where ids and targets stand, and what to complete.
@Suite struct EditingIndexTests {
    static let tree = """
        tree: t
        title: T
        start: "a"
        nodes:
          a:
            question: Q?
            answers: {yes: b, no: c}
          b: {refer: gp, next: c}
          c:
            outcome: Done
        """

    @Test func treeIndexFindsDefinitionsAndTargets() throws {
        let index = try #require(TreeIndex(text: Self.tree))
        #expect(index.nodes.map(\.id) == ["a", "b", "c"])
        #expect(index.nodes.map(\.kind) == ["question", "refer", "outcome"])
        #expect(index.node("a")?.answers.map(\.target) == ["b", "c"])
        // The quoted start target points past its quote.
        #expect(index.references.first?.span == SourceRange(start: SourceLocation(line: 3, column: 9), length: 1))
        #expect(
            index.occurrences(of: "c").map(\.start) == [
                SourceLocation(line: 9, column: 3), SourceLocation(line: 7, column: 27), SourceLocation(line: 8, column: 24),
            ])
        #expect(index.id(at: SourceLocation(line: 7, column: 20))?.id == "b")
        #expect(index.id(at: SourceLocation(line: 6, column: 8)) == nil)
    }

    @Test func halfTypedTextHasNoIndexButNeverTraps() {
        #expect(TreeIndex(text: "nodes:\n  a: {") == nil)
        #expect(TreeIndex(text: "- a list") == nil)
        #expect(TreeIndex(text: "nodes: [1, 2]")?.nodes.isEmpty == true)
        #expect(ScenarioIndex(text: "cases: 5")?.references.isEmpty == true)
    }

    @Test func scenarioIndexFindsAnswerKeysExpectationsAndAnchors() throws {
        let text =
            "tree: t.yaml\ncases:\n  - name: x\n    answers: {a: yes}\n    expect: {node: [c]}\ninvariants:\n  - name: y\n    after: a=yes\n    expect: b\n"
        let index = try #require(ScenarioIndex(text: text))
        #expect(index.tree == "t.yaml")
        #expect(index.references.map(\.id) == ["a", "c", "a", "b"])
        #expect(index.references[2].span == SourceRange(start: SourceLocation(line: 8, column: 12), length: 1))
    }

    @Test func completionSites() {
        func site(_ text: String, scenario: Bool = false) -> CompletionSite {
            let marker = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = marker.firstIndex { $0.contains("|") } ?? 0
            let column =
                marker[line].unicodeScalars.firstIndex(of: "|").map {
                    marker[line].unicodeScalars.distance(from: marker[line].unicodeScalars.startIndex, to: $0)
                } ?? 0
            let source = SourceText(path: "", text: text.replacingOccurrences(of: "|", with: ""))
            return CompletionSite.find(at: SourceLocation(line: line + 1, column: column + 1), in: source, scenario: scenario) {
                $0 == "b" ? "refer" : nil
            }
        }
        #expect(site("start: |") == .nodeID)
        #expect(site("nodes:\n  a:\n    answers: {yes: |") == .nodeID)
        #expect(site("nodes:\n  a:\n    answers:\n      yes: |") == .nodeID)
        #expect(site("nodes:\n  b:\n    urgency: |") == .urgency)
        #expect(site("nodes:\n  b:\n    refer: |") == .specialist)
        #expect(site("nodes:\n  b:\n    refer: gp\n    |") == .nodeKey(kind: "refer"))
        #expect(site("ti|") == .topLevelKey)
        #expect(site("nodes:\n  |") == .none)
        #expect(site("cases:\n  - name: x\n    expect: |", scenario: true) == .nodeID)
        #expect(site("cases:\n  - name: x\n    answers: {|", scenario: true) == .nodeID)
        #expect(site("cases:\n  - name: x\n    answers: {a: |", scenario: true) == .none)
    }
}
