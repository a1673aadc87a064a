// dtree: `dtree schema`: prints the embedded JSON Schemas.

import ArgumentParser
import DecisionTree
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `dtree schema`: print the JSON Schema of tree files, scenario files or hazard files.
struct Schema: ParsableCommand {
    /// Which schema to print.
    enum Kind: String, CaseIterable, ExpressibleByArgument {
        case tree
        case tests
        case hazards
    }

    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (2020-12) of tree files, scenario files or hazard files.",
        discussion: """
            The schemas are schema/dtree-tree.schema.json, schema/dtree-tests.schema.json and \
            schema/dtree-hazards.schema.json (docs/safety.md), built into the binary. They give any YAML editor completion, hover and shape \
            checks; `dtree validate` checks everything they do and more (targets, cycles, \
            reachability). See docs/editors.md.

            Examples:
              dtree schema tree
              dtree schema tests -o dtree-tests.schema.json
              dtree schema hazards
            """
    )

    @Argument(help: "tree (tree files), tests (*.tests.yaml scenario files) or hazards (*.hazards.yaml hazard logs).")
    var kind: Kind

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output ('-').", valueName: "file"))
    var output: String?

    func run() throws {
        // schema/*.schema.json, embedded in the binary by SwiftPM (Sources/dtree/Schemas links to them).
        let bytes =
            switch kind {
            case .tree: PackageResources.dtree_tree_schema_json
            case .tests: PackageResources.dtree_tests_schema_json
            case .hazards: PackageResources.dtree_hazards_schema_json
            }
        try CommandSupport.emit(Data(bytes), to: output)
    }
}
