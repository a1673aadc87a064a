import DecisionTree
import DecisionTreeLSP
import TestSupport
import Testing

/// The editor reads the format table: key completion, a key's meaning on hover, and answers
/// given as `{to, label}`.
@Suite struct FormatEditingTests {
    static let tree = """
        tree: t
        title: T
        start: a
        nodes:
          a:
            question: Q?
            answers:
              yes: b
              regular: {to: c, label: "No - it occurs regularly"}
          b: {refer: gp, next: c}
          c:
            outcome: Done
        """

    @Test func anAnswerGivenAsAMappingNamesItsTarget() throws {
        let index = try #require(TreeIndex(text: Self.tree))
        #expect(index.node("a")?.answers.map(\.label) == ["yes", "regular"])
        #expect(index.node("a")?.answers.map(\.target) == ["b", "c"])
        #expect(
            index.occurrences(of: "c").map(\.start) == [
                SourceLocation(line: 11, column: 3), SourceLocation(line: 9, column: 21), SourceLocation(line: 10, column: 24),
            ])
    }

    @Test func eachKeyIsDocumentedFromTheTable() throws {
        let index = try #require(TreeIndex(text: Self.tree))
        #expect(
            index.key(at: SourceLocation(line: 2, column: 2))?.documentation == "A human title, shown when stepping through and in renders."
        )
        #expect(index.key(at: SourceLocation(line: 7, column: 6))?.documentation?.hasPrefix("Answer id to the id of the next node") == true)
        #expect(index.key(at: SourceLocation(line: 10, column: 21))?.documentation == "The node the pathway goes on to after this visit.")
        #expect(index.key(at: SourceLocation(line: 10, column: 7))?.name == "refer")
        // A number node's keys are documented from the same table.
        let numbers = try #require(
            TreeIndex(
                text:
                    "tree: t\ntitle: T\nstart: age\nnodes:\n  age:\n    number: How old?\n    unit: years\n    ranges:\n      \"< 18\": x\n      \">= 18\": x\n  x: {outcome: X}\n"
            ))
        #expect(numbers.key(at: SourceLocation(line: 8, column: 6))?.documentation?.hasPrefix("Range to the id of the next node") == true)
        #expect(numbers.key(at: SourceLocation(line: 7, column: 6))?.documentation?.hasPrefix("The unit shown") == true)
        // A node id under `nodes:` is not a key of the format: hover shows the node instead.
        #expect(index.key(at: SourceLocation(line: 5, column: 3)) == nil)
    }

    @Test func completionOffersEachKindsKeysAndNamesNodesAfterTo() {
        #expect(TreeIndex.keys(forKind: "refer") == ["refer", "advice", "evidence", "next", "urgency", "help", "cite", "inference"])
        #expect(TreeIndex.keys(forKind: "question") == ["question", "answers", "help", "cite", "inference"])
        #expect(
            Set(TreeIndex.keys(forKind: "number")) == ["number", "ranges", "unit", "min", "max", "integer", "help", "cite", "inference"])
        #expect(TreeIndex.keys(forKind: "number").first == "number")
        #expect(TreeIndex.keys(forKind: "nonsense") == ["question", "number", "checklist", "refer", "outcome"])
        #expect(
            TreeIndex.topLevelKeys == [
                "tree", "title", "version", "source", "disclaimer", "start", "specialists", "urgencies", "nodes", "review",
            ])
        let text = "nodes:\n  a:\n    answers:\n      regular: {to: "
        let source = SourceText(path: "", text: text)
        #expect(CompletionSite.find(at: SourceLocation(line: 4, column: 20), in: source, scenario: false) == .nodeID)
        let label = SourceText(path: "", text: "nodes:\n  a:\n    answers:\n      regular: {to: c, label: ")
        #expect(CompletionSite.find(at: SourceLocation(line: 4, column: 30), in: label, scenario: false) == CompletionSite.none)
    }
}
