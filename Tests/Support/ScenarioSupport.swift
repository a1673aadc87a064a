import DecisionTree
import Foundation

/// Paths and trees shared by the scenario tests.
package enum ScenarioFixtures {
    /// `Tests/Fixtures/scenarios`, found from this file's path.
    package static var folder: URL {
        CLI.packageRoot.appendingPathComponent("Tests/Fixtures/scenarios")
    }

    /// A fixture's path under `Tests/Fixtures/scenarios`.
    package static func path(_ relative: String) -> String { folder.appendingPathComponent(relative).path }

    /// The clinic tree: three outcomes (er, antibiotics, home) and seven edges.
    package static func clinic() throws -> Tree {
        let result = try TreeLoader.load(contentsOf: path("clinic.yaml"))
        guard let tree = result.tree else {
            throw Fixtures.FixtureError(message: result.diagnostics.map(\.summary).joined(separator: "\n"))
        }
        return tree
    }

    /// Loads scenario text against the clinic tree, as if from `s.tests.yaml`.
    package static func scenarios(_ text: String) throws -> ScenarioFile {
        ScenarioLoader.load(text: text, path: "s.tests.yaml", tree: try clinic())
    }

    /// A tree of `count` two-way diamonds in a row: 2^count paths from start to `end`.
    ///
    /// Diamond i is the question `d<i>` whose answers `a` and `b` lead to the refer steps
    /// `l<i>` and `r<i>`, both going on to `d<i+1>`; the last diamond leads to `end`. With
    /// `leak`, the last question has a third answer `c` that leads to the outcome `leak`.
    package static func diamonds(_ count: Int, leak: Bool = false) -> String {
        var lines = ["tree: diamonds", "title: Diamonds", "start: d0", "nodes:"]
        for i in 0..<count {
            let next = i + 1 == count ? "end" : "d\(i + 1)"
            lines += ["  d\(i):", "    question: Diamond \(i)?", "    answers:", "      a: l\(i)", "      b: r\(i)"]
            if leak, i + 1 == count { lines.append("      c: leak") }
            lines += ["  l\(i):", "    refer: therapist", "    next: \(next)"]
            lines += ["  r\(i):", "    refer: neurologist", "    urgency: urgent", "    next: \(next)"]
        }
        lines += ["  end:", "    outcome: The end"]
        if leak { lines += ["  leak:", "    outcome: Leaked"] }
        return lines.joined(separator: "\n") + "\n"
    }
}
