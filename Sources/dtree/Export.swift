import ArgumentParser
import DecisionTree

/// `dtree export`: not built yet.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not built yet.", shouldDisplay: false)

    func run() throws {
        Terminal.standardError("error: 'dtree export' is not built yet")
        throw ExitCode(2)
    }
}
