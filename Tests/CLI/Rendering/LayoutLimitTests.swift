@testable import DecisionTree
@testable import DecisionTreeRendering
import Foundation
import TestSupport
import Testing
import TreeGenerator

/// Bounded layout: a tree above the limit is refused before Graphviz sees it, with its size
/// and the ways on; under it Graphviz's iteration bounds are set by size; Graphviz's warnings
/// come back as warnings of the render.
@Suite struct LayoutLimitTests {
    @Test func theSizeCountsNodesEdgesLabelsAndLongEdgeSegments() throws {
        let tree = try Fixtures.tree(TreeGenerator.chain(10))
        let size = LayoutSize(tree)
        #expect(size.nodes == 10)
        #expect(size.edges == 18)
        // Ranks q0..q8 = 0..8, end = 9. q_i -> end (no) spans 9 - i ranks, so needs 8 - i
        // virtual nodes for i in 0...7; q8's two edges to end are short: 8+7+...+1 = 36.
        #expect(size.longEdgeSegments == 36)
        #expect(size.labelBytes > 0)
        #expect(LayoutSize(try Fixtures.shippedTree()).nodes == (try Fixtures.shippedTree()).nodes.count)
    }

    @Test func the20001NodeChainIsRefusedBeforeLayoutQuickly() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = try scratch.write("chain.yaml", TreeGenerator.chain(20_001))
        let output = scratch.url.appendingPathComponent("chain.svg").path
        // A crash or a layout would take far longer than this generous bound (the test fails on a timeout).
        let result = try CLI.run(["render", path, "-o", output], timeout: 120)
        #expect(!result.timedOut)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("the tree is too large to lay out: 20,001 nodes, 40,000 edges"), "\(result.stderr)")
        #expect(result.stderr.contains("dtree export --format dot"))
        #expect(result.stderr.contains("--max-nodes"))
        #expect(!FileManager.default.fileExists(atPath: output))
        // Raising --max-nodes does not let through a shape Graphviz crashes on.
        let raised = try CLI.run(["render", path, "-o", output, "--max-nodes", "100000"], timeout: 120)
        #expect(raised.status == 1, "\(raised.stderr)")
        #expect(raised.stderr.contains("long-edge segments"), "\(raised.stderr)")
        // DOT needs no layout and is still written.
        let dot = try CLI.run(
            ["export", path, "--format", "dot", "-o", scratch.url.appendingPathComponent("chain.dot").path], timeout: 120)
        #expect(dot.status == 0, "\(dot.stderr)")
    }

    @Test func theLimitIsTheOptionsAndMaxNodesRaisesIt() throws {
        let tree = try Fixtures.tree(TreeGenerator.wide(300))
        #expect(throws: RenderError.self) {
            try Renderer.render(tree, format: .svg, options: RenderOptions(limit: LayoutLimit(maxNodes: 299)))
        }
        let rendered = try Renderer.render(tree, format: .svg, options: RenderOptions(limit: LayoutLimit(maxNodes: 300)))
        #expect(String(decoding: rendered.data, as: UTF8.self).contains("</svg>"))
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = try scratch.write("wide.yaml", TreeGenerator.wide(300))
        let refused = try CLI.run(["render", path, "--max-nodes", "100", "-o", "-"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("300 nodes"), "\(refused.stderr)")
        let zero = try CLI.run(["render", path, "--max-nodes", "0"])
        #expect(zero.status == 64)
    }

    @Test func boundsAreSetBySizeThroughTheAttributeWhitelist() throws {
        let small = try Fixtures.shippedTree()
        let smallDOT = Renderer.dot(small)
        for name in ["mclimit", "nslimit", "searchsize", "remincross"] { #expect(!smallDOT.contains(name + "=")) }
        let large = try Fixtures.tree(TreeGenerator.wide(1_000))
        let dot = Renderer.dot(large)
        #expect(dot.contains("nslimit=2;"), "\(dot.prefix(600))")
        #expect(dot.contains("nslimit1=2;"))
        #expect(dot.contains("mclimit=1;"))
        #expect(dot.contains("remincross=\"false\";"))
        let larger = LayoutLimit.bounds(for: LayoutSize(nodes: 5_000, edges: 10_000, labelBytes: 0, longEdgeSegments: 5_000))
        #expect(larger.contains { $0.0 == .mclimit && $0.1.source == "0.1" })
        #expect(larger.contains { $0.0 == .searchsize && $0.1.source == "10" })
    }

    @Test func graphvizWarningsAreCollected() throws {
        let result = try GraphvizGate.shared.render(dot: "digraph { a [shape=nosuchshape]; }", format: "svg")
        #expect(result.warnings.contains { $0.contains("nosuchshape") }, "\(result.warnings)")
        // And do not leak into the next render.
        let clean = try GraphvizGate.shared.render(dot: "digraph { a -> b; }", format: "svg")
        #expect(clean.warnings.isEmpty, "\(clean.warnings)")
    }
}

/// `--max-nodes` is clamped to what Graphviz survives, and no value overflows (issue 25, fault 4).
@Suite struct LayoutNodeCapTests {
    @Test func aPlainChainOver10000NodesIsRefusedWhateverMaxNodesSays() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        // 20,001 nodes in a line: no long edges, so only the node cap stops it (Graphviz 2.42
        // crashes with SIGSEGV laying it out).
        var text = "tree: line\ntitle: Line\nstart: n0\nnodes:\n"
        for index in 0..<20_000 {
            text += "  n\(index):\n    refer: neurologist\n    next: \(index + 1 < 20_000 ? "n\(index + 1)" : "end")\n"
        }
        text += "  end:\n    outcome: Done.\n"
        let path = try scratch.write("line.yaml", text)
        let output = scratch.url.appendingPathComponent("line.svg").path
        for maxNodes in ["20001", "4503599627370496", String(Int.max)] {
            let result = try CLI.run(["render", path, "-o", output, "--max-nodes", maxNodes], timeout: 120)
            #expect(result.status == 1, "\(maxNodes): \(result.stderr)")
            #expect(result.stderr.contains("the tree is too large to lay out: 20,001 nodes"), "\(result.stderr)")
            #expect(result.stderr.contains("the limit is 10,000 nodes"), "\(result.stderr)")
            #expect(result.stderr.contains("10,000 nodes is the most Graphviz is given whatever --max-nodes says"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: output))
        }
        #expect(LayoutLimit(maxNodes: Int.max).maxNodes == LayoutLimit.maximumNodes)
        #expect(LayoutLimit(maxNodes: Int.min).maxNodes == 1)
    }
}
