import ArgumentParser

/// The `dtree` command: validate, step through, render, export and test decision trees.
@main
struct DTree: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dtree",
        abstract: "Validate, step through, render and test clinical referral decision trees.",
        discussion: """
            Trees are YAML (or JSON) files; see docs/format.md. Shipped trees are decision \
            support for clinical review, not medical advice.
            """,
        version: "0.1.0",
        subcommands: [Validate.self, Run.self, Render.self, Export.self, Test.self]
    )
}
