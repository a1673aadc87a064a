import DecisionTree
import Testing

@Suite struct ShippedTreeTests {
    @Test func loadsWithoutDiagnostics() throws {
        let result = try TreeLoader.load(contentsOf: Fixtures.shippedTreePath)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.summary))")
        let tree = try #require(result.tree)
        #expect(tree.id == "back-numbness")
        #expect(tree.disclaimer?.contains("not medical advice") == true)
    }

    @Test func everyNodeCitesTheSource() throws {
        let tree = try Fixtures.shippedTree()
        for node in tree.nodes {
            #expect(node.cite?.isEmpty == false, "node \(node.id) has no cite")
        }
    }
}
