// dtree: `dtree schema`: prints the embedded JSON Schemas.

import ArgumentParser
import DecisionTree
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `dtree schema`: print the JSON Schema of tree files or of scenario files.
struct Schema: ParsableCommand {
    /// Which schema to print.
    enum Kind: String, CaseIterable, ExpressibleByArgument {
        case tree
        case tests
    }

    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (2020-12) of tree files or of scenario files.",
        discussion: """
            The schemas are schema/dtree-tree.schema.json and schema/dtree-tests.schema.json, \
            built into the binary. They give any YAML editor completion, hover and shape \
            checks; `dtree validate` checks everything they do and more (targets, cycles, \
            reachability). See docs/editors.md.

            Examples:
              dtree schema tree
              dtree schema tests -o dtree-tests.schema.json
            """
    )

    @Argument(help: "tree (tree files) or tests (*.tests.yaml scenario files).")
    var kind: Kind

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output ('-').", valueName: "file"))
    var output: String?

    func run() throws {
        // schema/*.schema.json, embedded in the binary by SwiftPM (Sources/dtree/Schemas links to them).
        let bytes = kind == .tree ? PackageResources.dtree_tree_schema_json : PackageResources.dtree_tests_schema_json
        try CommandSupport.emit(Data(bytes), to: output)
    }
}
