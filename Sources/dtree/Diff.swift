// dtree: `dtree diff`: parses and prints; Review/ compares.

import ArgumentParser
import DecisionTree
import DecisionTreeRendering
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `dtree diff`: what changed between two versions of a tree, by structure, by behaviour and as a picture.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a tree: nodes, edges, outcomes that changed, and a picture.",
        discussion: """
            Nodes are matched by id: added, removed and changed nodes (with the fields that \
            changed) and added, removed and retargeted edges, each with its line in OLD and NEW. \
            Then both trees are walked in step over the answers they share, and every pair of \
            outcomes that differs is listed with one shortest witness: answers that lead there \
            (linear in the pairs of states reached; paths are never enumerated). Answers only \
            one side has are listed too. When NEW has a scenario file (NAME.tests.yaml beside \
            it), its cases are also run on OLD and those ending elsewhere are listed. The latest \
            sign-off of each side is shown, and whether NEW's is current.

            OLD may be REV:PATH, a file at a git revision (read with 'git show'), or give \
            --rev REV and only NEW to compare NEW with its own version at REV. With -o, NEW is \
            drawn with added parts green, changed ones amber and removed ones (from OLD) ghosted \
            red, and the changed outcomes under the title.

            Exit status: 0 the models are the same (comments, whitespace, key order and YAML vs \
            JSON do not count); 1 they differ; 2 an input cannot be read or is not a valid tree \
            (its diagnostics are printed), or the picture cannot be written. See docs/review.md.

            Examples:
              dtree diff old.yaml Trees/back-numbness.yaml
              dtree diff HEAD~1:Trees/back-numbness.yaml Trees/back-numbness.yaml
              dtree diff --rev main Trees/back-numbness.yaml --format github
              dtree diff --rev main Trees/back-numbness.yaml -o diff.png
            """
    )

    @Argument(
        help: ArgumentHelp("OLD then NEW; with --rev, NEW only.", valueName: "OLD NEW"),
        completion: .file(extensions: ["yaml", "yml", "json"]))
    var files: [String] = []

    @Option(help: "Compare NEW with its own version at this git revision.")
    var rev: String?

    @Option(help: "text, json or github (workflow annotations).")
    var format: DiffFormat = .text

    @Option(
        name: .shortAndLong, help: "Also draw the diff to this file (.svg, .png, .pdf or .dot); - for standard output.", completion: .file()
    )
    var output: String?

    @Option(help: "TB (top to bottom) or LR (left to right), for the picture.")
    var rankdir: RankDirection = .TB

    @OptionGroup var language: ReportLanguageOptions

    func validate() throws {
        if rev != nil, files.count != 1 {
            throw ValidationError("with --rev give only NEW, the tree file to compare with its version at that revision")
        }
        if rev == nil, files.count != 2 { throw ValidationError("give OLD and NEW (OLD may be REV:PATH), or --rev REV and NEW") }
        if let output, output != "-", RenderFormat(path: output) == nil {
            throw ValidationError("cannot tell the picture's format from '\(output)'; name it .svg, .png, .pdf or .dot")
        }
    }

    func run() throws {
        let words = try language.phrasebook().report
        let newPath = files[files.count - 1]
        let oldSpec = rev.map { "\($0):\(newPath)" } ?? files[0]
        // Both sides are read before giving up, so two bad inputs are both reported.
        // With --rev, OLD is always git's version: a file named `REV:PATH` is never read instead.
        let loaded = (
            old: try CommandSupport.loadTree(spec: oldSpec, revision: rev.map { ($0, newPath) }),
            new: try CommandSupport.loadTree(spec: newPath)
        )
        guard let old = loaded.old, let new = loaded.new else { throw ExitCode(2) }
        let diff = TreeDiff(old: old, oldName: oldSpec, new: new, newName: newPath, scenarioFile: scenarioFile(of: newPath))
        if output != "-" {
            let report = DiffReport.render(diff, format: format, words: words)
            // JSON escapes its own strings; text and GitHub annotations are for a terminal or a log.
            if format == .json { try Terminal.document(report) } else { try Terminal.write(TerminalText.escaped(report), to: 1) }
            if format == .text {
                let translations = TranslationDiff.text(TranslationDiff.languages(diff, newPath: newPath), words: words)
                if !translations.isEmpty { try Terminal.write(TerminalText.escaped(translations), to: 1) }
            }
        }
        if let output {
            let rendered: RenderOutput
            do {
                rendered = try DiffPicture.render(diff, format: RenderFormat(path: output) ?? .svg, rankdir: rankdir)
            } catch {
                try Terminal.standardError("error: \(error)")
                throw ExitCode(2)
            }
            try CommandSupport.emit(rendered.data, to: output)
        }
        if !diff.isSameModel { throw ExitCode(1) }
    }

    /// NEW's scenario file (`NAME.tests.yaml` beside it), if it has one that can be read.
    private func scenarioFile(of path: String) -> (text: String, path: String)? {
        let scenario = TreeFiles.scenarioFile(besideTree: path)
        guard let data = try? FileReading.read(scenario, limit: TreeLoader.maximumFileSize),
            let text = String(validating: data, as: UTF8.self)
        else { return nil }
        return (text, scenario)
    }
}

extension DiffFormat: CaseInsensitiveArgument {}
