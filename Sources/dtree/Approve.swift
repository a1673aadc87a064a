// dtree: `dtree approve`: parses the sign-off's fields; Review/Approval records it.

import ArgumentParser
import DecisionTree
import Foundation

/// `dtree approve`: append a sign-off with the tree's current hash to its `review:` list.
struct Approve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Sign off a tree: append {by, role, date, sha256, note} to its review: list.",
        discussion: """
            The sign-off records the tree's content hash ('dtree hash'), so 'dtree validate' \
            can tell when the tree has changed since (review-stale). The file is edited in \
            place by inserting lines: comments, blank lines and key order stay as they were. \
            The result is read back before it is written, atomically. An invalid tree prints \
            its diagnostics, exits 1 and changes nothing. See docs/review.md.

            Examples:
              dtree approve Trees/back-numbness.yaml --by "Dr A. Example" --role neurologist
              dtree approve Trees/back-numbness.yaml --by "B. Example" --role "clinical lead" \\
                --note "red flags checked against the guideline" --date 2026-11-26
            """
    )

    @Argument(help: "The tree file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var tree: String

    @Option(help: "The reviewer's name.")
    var by: String

    @Option(help: "The reviewer's role (neurologist, clinical lead, ...).")
    var role: String

    @Option(help: "A remark kept with the sign-off.")
    var note: String?

    @Option(help: "The day of the sign-off, YYYY-MM-DD (default: today, UTC).")
    var date: String?

    func validate() throws {
        if by.allSatisfy(\.isWhitespace) { throw ValidationError("--by is empty; give the reviewer's name") }
        if role.allSatisfy(\.isWhitespace) { throw ValidationError("--role is empty; give the reviewer's role") }
        if let date, !SignOff.isDate(date) { throw ValidationError("'\(date)' is not a date; give --date as YYYY-MM-DD") }
    }

    func run() throws {
        let loaded = try CommandSupport.loadTree(tree)
        guard let data = try? FileReading.read(tree, limit: TreeLoader.maximumFileSize), let text = String(validating: data, as: UTF8.self)
        else {
            try Terminal.standardError("\(tree): error: cannot read file")
            throw ExitCode(2)
        }
        do {
            let signOff = try Approval.approve(
                loaded, text: text, path: tree, by: by, role: role, date: date ?? Approval.today(), note: note)
            try Terminal.line("\(tree): approved by \(signOff.by) (\(signOff.role)) on \(signOff.date), sha256 \(signOff.sha256)")
        } catch {
            try Terminal.standardError("error: \(error)")
            throw ExitCode(2)
        }
    }
}
