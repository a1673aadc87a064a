// dtree: the root command, its subcommands and the exit-status contract.

import ArgumentParser
import DecisionTree
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `dtree` command: validate, step through, render, export and test decision trees.
@main
struct DTree: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dtree",
        abstract: "Validate, step through, render and test clinical referral decision trees.",
        discussion: """
            Trees are YAML (or JSON) files; see docs/format.md. Shipped trees are decision \
            support for clinical review, not medical advice.

            Exit status, in every command: 0 success; 1 findings (an invalid tree, a failed \
            test, a walk that stopped); 2 an input that cannot be read or an output that cannot \
            be written; 64 a usage error.
            """,
        version: "0.1.0",
        subcommands: [
            Validate.self, Run.self, Render.self, Export.self, Test.self, Diff.self, Hash.self, Approve.self, Review.self, Schema.self,
            Safety.self,
            Translate.self,
            LSP.self,
        ]
    )

    /// Runs the command. `dtree help NAME` for a NAME that is no command is a usage error
    /// (ArgumentParser would print the root help and exit 0).
    static func main() {
        Terminal.prepare()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "help", arguments.count > 1 {
            var names: [String] = []
            for command in configuration.subcommands {
                let commandConfiguration = command.configuration
                names.append(commandConfiguration.commandName ?? String(describing: command).lowercased())
            }
            names.append("help")
            if !names.contains(arguments[1]) {
                let hint = Suggestion.closest(to: arguments[1], in: names).map { " (did you mean '\($0)'?)" } ?? ""
                do throws(OutputFailure) {
                    let error = try CommandSupport.usageError(
                        "'\(arguments[1])' is not a dtree command\(hint); commands: \(names.dropLast().joined(separator: ", "))", DTree.self
                    )
                    Glibc.exit(error.rawValue)
                } catch {
                    Glibc.exit(error.report())
                }
            }
        }
        // ArgumentParser's own `main`, with output failures turned into their exit status.
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch let failure as OutputFailure {
            Glibc.exit(failure.report())
        } catch {
            exit(withError: error)
        }
        Glibc.exit(0)
    }
}
