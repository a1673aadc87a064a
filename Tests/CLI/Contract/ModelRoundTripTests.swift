import DecisionTree
import DecisionTreeRendering
import Foundation
import TestSupport
import Testing

/// `dtree export --format json` writes the normalized model, and the loader reads it back as
/// the same tree: the same export, the same walks, the same rendering.
@Suite struct ModelRoundTripTests {
    /// Every valid tree fixture in the repository.
    static var fixtureTrees: [String] {
        let root = CLI.packageRoot
        let found = TreeFiles.collect(
            [
                root.appendingPathComponent("Trees").path, root.appendingPathComponent("Tests/Fixtures").path,
                root.appendingPathComponent("docs/examples").path,
            ], include: TreeFiles.isTreeFile)
        return found.files.filter { (try? TreeLoader.load(contentsOf: $0))?.tree != nil }
    }

    @Test func thereAreFixturesToRoundTrip() {
        #expect(Self.fixtureTrees.count >= 3, "\(Self.fixtureTrees)")
    }

    @Test(arguments: fixtureTrees)
    func exportLoadsBackAsTheSameTree(path: String) throws {
        let tree = try #require(TreeLoader.load(contentsOf: path).tree)
        let json = JSONExport.text(tree)
        #expect(json.contains("\"format\": \"dtree-model/1\""))
        let reloaded = TreeLoader.load(text: json, path: "export.json")
        let again = try #require(reloaded.tree, "\(reloaded.diagnostics.map(\.summary))")
        #expect(reloaded.diagnostics.isEmpty, "\(reloaded.diagnostics.map(\.summary))")
        #expect(JSONExport.text(again) == json)
        #expect(Renderer.dot(again) == Renderer.dot(tree))
        #expect(MermaidExport.text(again) == MermaidExport.text(tree))
        #expect(again.disclaimer == tree.disclaimer && again.specialists == tree.specialists && again.source == tree.source)
        // Every node, every answer: the same transition, the same target.
        for (index, node) in tree.nodes.enumerated() {
            let other = again.nodes[index]
            #expect(other.id == node.id && other.content == node.content && other.help == node.help && other.cite == node.cite)
            #expect(other.edges.map(\.answer) == node.edges.map(\.answer))
            #expect(other.edges.map(\.label) == node.edges.map(\.label))
            #expect(other.edges.map(\.target) == node.edges.map(\.target))
        }
    }

    @Test func theCLIRunsAnExportAsTheTree() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let exported = scratch.url.appendingPathComponent("tree.json").path
        #expect(try CLI.run(["export", "Tests/Fixtures/engine/back-numbness.yaml", "-o", exported]).status == 0)
        let answers = [
            "--answer", "red_flags=none", "--answer", "recurring=yes", "--answer", "injury=no", "--answer", "therapist_finding=ovaries",
            "--json",
        ]
        let fromYAML = try CLI.run(["run", "Tests/Fixtures/engine/back-numbness.yaml"] + answers)
        let fromJSON = try CLI.run(["run", exported] + answers)
        #expect(fromYAML.status == 0 && fromJSON.status == 0)
        #expect(fromJSON.stdout == fromYAML.stdout)
        #expect(try CLI.run(["validate", exported]).status == 0)
        let dotYAML = try CLI.run(["render", "Tests/Fixtures/engine/back-numbness.yaml", "--format", "dot"])
        let dotJSON = try CLI.run(["render", exported, "--format", "dot"])
        #expect(dotJSON.stdout == dotYAML.stdout)
    }

    @Test func aBrokenModelGetsLocatedErrors() {
        let text = """
            {"format": "dtree-model/1", "tree": "t", "title": "T", "start": "a",
             "nodes": [{"id": "a", "kind": "question", "text": "Q", "edges": [{"label": "yes", "to": "b"}]},
                       {"id": "b", "kind": "outcome", "text": "B", "edges": []}]}
            """
        let result = TreeLoader.load(text: text, path: "m.json")
        #expect(result.tree == nil)
        #expect(result.diagnostics.contains { $0.severity == .error && $0.location.line == 2 }, "\(result.diagnostics.map(\.summary))")
    }

    @Test func mermaidKeepsTheTreesNodeIdsAndEscapesTheRest() throws {
        let tree = try Fixtures.tree(
            """
            tree: t
            title: T
            start: end
            nodes:
              end:
                question: Q
                answers: {yes: red-flag.v2, no: plain_id}
              red-flag.v2: {outcome: A}
              plain_id: {outcome: B}
            """)
        let text = MermaidExport.text(tree)
        #expect(text.contains("  plain_id([\""))
        #expect(!text.contains("  end{"))  // a Mermaid keyword is escaped
        #expect(text.contains("x__end{"))
        #expect(text.contains("x__red_2D_flag_2E_v2"))
        #expect(!text.contains(" n0"))
    }
}
