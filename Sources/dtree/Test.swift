import ArgumentParser
import DecisionTree

/// `dtree test`: not built yet.
struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not built yet.", shouldDisplay: false)

    func run() throws {
        Terminal.standardError("error: 'dtree test' is not built yet")
        throw ExitCode(2)
    }
}
