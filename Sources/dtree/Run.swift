import ArgumentParser
import DecisionTree

/// `dtree run`: not built yet.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not built yet.", shouldDisplay: false)

    func run() throws {
        Terminal.standardError("error: 'dtree run' is not built yet")
        throw ExitCode(2)
    }
}
