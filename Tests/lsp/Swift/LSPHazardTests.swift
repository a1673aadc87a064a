import DecisionTree
import DecisionTreeLSP
import Foundation
import TestSupport
import Testing

/// The language server on a hazard file: its diagnostics as `dtree validate` gives them, a node
/// id in it leads to the node, and hovering a node of the tree shows the hazards that name it.
@Suite struct LSPHazardTests {
    typealias JSON = [String: Any]
    static let folder = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/hazards")
    let hazardsURI = folder.appendingPathComponent("ward.hazards.yaml").absoluteString
    let treeURI = folder.appendingPathComponent("ward.yaml").absoluteString

    private func text(_ name: String) throws -> String {
        try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func aHazardFileIsCheckedAsAHazardFileNotATree() throws {
        let client = LSPTestClient()
        let clean = try text("ward.hazards.yaml")
        client.open(hazardsURI, clean)
        #expect(client.diagnostics(hazardsURI, version: 1)?.isEmpty == true)
        client.change(hazardsURI, version: 2, [["text": clean.replacingOccurrences(of: "nodes: [rest]", with: "nodes: [rst]")]])
        let found = try #require(client.diagnostics(hazardsURI, version: 2))
        #expect(found.map { $0["code"] as? String } == ["unknown-node"])
        #expect(found.first?["message"] as? String == "the tree has no node 'rst' (did you mean 'rest'?)")
        _ = client.finish()
    }

    @Test func definitionFromAHazardsNodeLeadsToTheNode() throws {
        let client = LSPTestClient()
        let hazards = try text("ward.hazards.yaml")
        client.open(hazardsURI, hazards)
        let response = client.request(
            "textDocument/definition", LSPTestClient.at(hazardsURI, LSPTestClient.position(hazards, "flag_injury]", offset: 3)))
        let definition = try #require(response["result"] as? JSON)
        #expect(definition["uri"] as? String == treeURI)
        let tree = try text("ward.yaml")
        #expect(
            NSDictionary(dictionary: (definition["range"] as! JSON)["start"] as! JSON)
                == NSDictionary(dictionary: LSPTestClient.position(tree, "  flag_injury:", offset: 2)))
        // A hazard file's node is not renamed from there: the tree owns its ids.
        let rename = client.request(
            "textDocument/prepareRename", LSPTestClient.at(hazardsURI, LSPTestClient.position(hazards, "flag_injury]", offset: 3)))
        #expect(rename["result"] is NSNull || rename["result"] == nil)
        _ = client.finish()
    }

    @Test func hoverOnANodeShowsTheHazardsThatNameIt() throws {
        let client = LSPTestClient()
        let tree = try text("ward.yaml")
        client.open(treeURI, tree)
        let hover = try #require(
            client.request("textDocument/hover", LSPTestClient.at(treeURI, LSPTestClient.position(tree, "  rest:", offset: 3)))["result"]
                as? JSON)
        let value = try #require((hover["contents"] as? JSON)?["value"] as? String)
        #expect(value.contains("Hazard HAZ-002: Reassured without the warning signs asked (open, residual risk 2)"))
        #expect(!value.contains("HAZ-001"))
        let flags = try #require(
            client.request("textDocument/hover", LSPTestClient.at(treeURI, LSPTestClient.position(tree, "  red_flags:", offset: 3)))[
                "result"] as? JSON)
        #expect(
            ((flags["contents"] as? JSON)?["value"] as? String)?.contains("Hazard HAZ-001: Injury missed after a warning sign (closed")
                == true)
        _ = client.finish()
    }
}
