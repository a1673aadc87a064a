import ArgumentParser
import DecisionTree

/// `dtree render`: not built yet.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not built yet.", shouldDisplay: false)

    func run() throws {
        Terminal.standardError("error: 'dtree render' is not built yet")
        throw ExitCode(2)
    }
}
