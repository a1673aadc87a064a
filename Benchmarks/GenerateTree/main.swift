// Benchmarks/GenerateTree: `dtree-gen SHAPE N [--urgency URGENCY]`, the command line of
// Benchmarks/TreeGenerator for the benchmark scripts: writes the generated tree's YAML to
// stdout; bad arguments exit 64 with the usage.
import ArgumentParser
import TreeGenerator

extension TreeGenerator.Shape: ExpressibleByArgument {}

/// Writes one generated tree to standard output.
struct GenerateTree: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dtree-gen",
        abstract: "Write a generated tree file (YAML) to standard output, for tests and benchmarks.",
        discussion: """
            wide N                  a binary tree of N nodes
            chain N                 N - 1 questions in a row to one shared end
            diamonds N              N diamonds in a row (2^N paths) to an outcome
            diamonds-to-referral N  the same to a referral of --urgency
            realistic N             a binary tree of N nodes, sentence-length texts
            """
    )

    @Argument(help: "The shape of the tree.")
    var shape: TreeGenerator.Shape

    @Argument(help: "Its size: nodes for wide, chain and realistic; diamonds for the diamond shapes.")
    var count: Int

    @Option(help: "The urgency of the final referral (diamonds-to-referral only).")
    var urgency: String?

    func validate() throws {
        guard count >= 1 else { throw ValidationError("N must be 1 or more, not \(count).") }
        if shape == .diamondsToReferral {
            guard let urgency else { throw ValidationError("diamonds-to-referral needs --urgency.") }
            guard TreeGenerator.urgencies.contains(urgency) else {
                throw ValidationError("--urgency must be one of \(TreeGenerator.urgencies.joined(separator: ", ")), not \(urgency).")
            }
        } else if urgency != nil {
            throw ValidationError("--urgency is for diamonds-to-referral only.")
        }
    }

    func run() {
        switch shape {
        case .wide: print(TreeGenerator.wide(count), terminator: "")
        case .chain: print(TreeGenerator.chain(count), terminator: "")
        case .diamonds: print(TreeGenerator.diamonds(count), terminator: "")
        case .diamondsToReferral: print(TreeGenerator.diamondsToReferral(count, urgency: urgency ?? ""), terminator: "")
        case .realistic: print(TreeGenerator.realistic(count), terminator: "")
        }
    }
}

GenerateTree.main()
