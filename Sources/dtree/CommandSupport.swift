// dtree: what several subcommands share: loading inputs with the one error contract, writing outputs.

import ArgumentParser
import DecisionTree
import DecisionTreeRendering
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Steps every command shares: loading a tree, usage errors after parsing, and writing output.
/// The exit statuses are one contract: 0 success, 1 findings, 2 an input that cannot be read or
/// an output that cannot be written, 64 a usage error.
enum CommandSupport {
    /// Loads a valid tree, or prints the diagnostics and exits 1 (2 when the file is unreadable).
    static func loadTree(_ path: String) throws -> Tree {
        let result: LoadResult
        do {
            result = try TreeLoader.load(contentsOf: path)
        } catch {
            try Terminal.standardError("\(error)")
            throw ExitCode(2)
        }
        guard let tree = result.tree else {
            for diagnostic in result.diagnostics {
                try Terminal.standardError(DiagnosticFormatter.text(diagnostic, source: result.source))
            }
            throw ExitCode(1)
        }
        return tree
    }

    /// A tree from git when `given` names a revision and path (`diff --rev`: never a file), or
    /// when `spec` is `REV:PATH` and no such file exists, else from a file; `nil`, with the
    /// reason printed, when it cannot be read or is not a valid tree. `diff` and `review
    /// --against` read OLD through it.
    static func loadTree(spec: String, revision given: (String, String)? = nil) throws(OutputFailure) -> Tree? {
        let result: LoadResult
        if let (revision, path) = given ?? GitRevision.split(spec) {
            do throws(GitRevision.RevisionError) {
                result = TreeLoader.load(text: try GitRevision.read(revision: revision, path: path), path: spec)
            } catch {
                try Terminal.standardError("\(error)")
                return nil
            }
        } else {
            do throws(TreeLoader.ReadError) {
                result = try TreeLoader.load(contentsOf: spec)
            } catch {
                try Terminal.standardError("\(error)")
                return nil
            }
        }
        guard let tree = result.tree else {
            for diagnostic in result.diagnostics { try Terminal.standardError(DiagnosticFormatter.text(diagnostic, source: result.source)) }
            try Terminal.standardError("\(spec): not a valid tree; nothing compared")
            return nil
        }
        return tree
    }

    /// A usage error found after parsing (an answer naming no node, say): printed as
    /// ArgumentParser prints its own, with `command`'s usage line, and exit 64.
    static func usageError(_ message: String, _ command: ParsableCommand.Type) throws(OutputFailure) -> ExitCode {
        let name = command == DTree.self ? "dtree" : "dtree " + (command.configuration.commandName ?? "\(command)".lowercased())
        try Terminal.standardError("Error: \(message)")
        try Terminal.standardError("Usage: \(DTree.usageString(for: command))")
        try Terminal.standardError("  See '\(name) --help' for more information.")
        return ExitCode(64)
    }

    /// Whether `-o` names standard output: absent, or `-`.
    static func isStandardOutput(_ path: String?) -> Bool { path == nil || path == "-" }

    /// Writes `data` atomically to `path`, or to standard output when it is absent or `-`;
    /// a file or standard output that cannot be written exits 2.
    static func emit(_ data: Data, to path: String?) throws {
        guard let path, path != "-" else {
            var failure: OutputFailure?
            data.withUnsafeBytes { bytes in
                do throws(OutputFailure) { try Terminal.standardOutput(bytes) } catch { failure = error }
            }
            if let failure { throw failure }
            return
        }
        do {
            try AtomicFileWriter.write(data, to: path)
        } catch {
            try Terminal.standardError("error: \(error)")
            throw ExitCode(2)
        }
    }
}

/// An option value chosen from a fixed set, matched without regard to case (`--rankdir lr`).
protocol CaseInsensitiveArgument: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension CaseInsensitiveArgument {
    public init?(argument: String) {
        guard let match = Self.allCases.first(where: { $0.rawValue.lowercased() == argument.lowercased() }) else { return nil }
        self = match
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension RenderFormat: CaseInsensitiveArgument {}
extension RankDirection: CaseInsensitiveArgument {}
extension ExportFormat: CaseInsensitiveArgument {}
extension DiagnosticFormat: CaseInsensitiveArgument {}

/// `--answer NODE=ANSWER`, shared by every command that takes a patient's answers.
struct AnswerOptions: ParsableArguments {
    @Option(
        name: .customLong("answer"),
        help: ArgumentHelp(
            "Answer a node: a label (any case) or a 1-based number; for a checklist, items by label or number separated by commas, or none. Repeatable.",
            valueName: "NODE=ANSWER"))
    var assignments: [String] = []

    /// The form of each assignment, and each node once, checked before any file is read.
    func validate() throws {
        var seen = Set<String>()
        for assignment in assignments {
            do throws(AnswerError) {
                let (node, _) = try Answers.split(assignment)
                if !seen.insert(node).inserted { throw AnswerError.duplicate(node: node) }
            } catch {
                throw ValidationError(error.description)
            }
        }
    }

    /// The answers, checked against `tree`; one that names no node or does not fit is a usage error of `command`.
    func answers(in tree: Tree, for command: ParsableCommand.Type) throws -> Answers {
        do throws(AnswerError) {
            return try Answers(assignments: assignments, in: tree)
        } catch {
            throw try CommandSupport.usageError("\(error)", command)
        }
    }
}

/// `--sources DIR`, shared by `validate` and `test`: where to look for the documents trees cite.
struct SourceOptions: ParsableArguments {
    @Option(
        name: .customLong("sources"),
        help: ArgumentHelp(
            "A folder to look in for a tree's source document (its 'source:' file) after the tree's own folder; repeatable. The folders of DTREE_SOURCES (colon-separated) are searched last.",
            valueName: "dir"))
    var folders: [String] = []

    func validate() throws {
        for folder in folders {
            var isDirectory = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory else {
                throw ValidationError("--sources \(folder): no such folder")
            }
        }
    }

    /// The check the library runs: these folders, then those of `DTREE_SOURCES`.
    func citations(requireCites: Bool) -> CitationCheck {
        let environment = CitationCheck.folders(inPathList: getenv("DTREE_SOURCES").map { String(cString: $0) })
        return CitationCheck(sourceFolders: folders + environment, requireCites: requireCites)
    }
}

/// The one check of a `--lang` value, for every command that takes one: a language tag, or
/// the usage error every command gives in the same words.
func checkLanguageTag(_ language: String?) throws {
    if let language, !POMerge.isLanguageTag(language) {
        throw ValidationError("'\(language)' is not a language tag (ru, ar, pt_BR, sr-Latn)")
    }
}

/// `--lang LANG`, shared by the commands that show a tree to a person (run, render, review).
struct LanguageOptions: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "Show the tree in this language, from NAME.LANG.po beside it (used even unreviewed, then marked 'translation not reviewed').",
            valueName: "LANG"))
    var language: String?

    func validate() throws { try checkLanguageTag(language) }

    /// The translation `--lang` names, or, with `fromLocale`, a reviewed one the locale names;
    /// `nil` to show the tree as written. A PO file that cannot be read prints its one located
    /// error and exits 1 (2 when there is no translation into the language named). When dtree
    /// has no words of its own in the language, it says so once on standard error.
    func translation(of tree: Tree, path: String, fromLocale: Bool = false) throws -> TreeTranslation? {
        guard let language else {
            return fromLocale ? TreeTranslation.fromLocale(tree: tree, treePath: path) : nil
        }
        let translation: TreeTranslation
        do {
            translation = try TreeTranslation(tree: tree, treePath: path, language: language)
        } catch {
            try Terminal.standardError(DiagnosticFormatter.text(error, source: nil))
            throw ExitCode(error.rule == .unreadableFile ? 2 : 1)
        }
        if !translation.knownWords { try Terminal.standardError(Phrasebook.noWordsFor(language)) }
        return translation
    }
}

/// `--lang LANG` of the commands that write a report for people (test, diff, safety): the
/// report's own words (headings, labels, result lines) in that language; text from the tree,
/// scenario and hazard files stays as written, and machine formats stay English. Only an
/// explicit `--lang` changes a report: the locale (`LANG`) does not, since a report is a review
/// artifact that should read the same on every machine.
struct ReportLanguageOptions: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "Write the report's own words (headings, labels, result lines) in this language (en, ru; others: English, said once); text from the files stays as written.",
            valueName: "LANG"))
    var language: String?

    func validate() throws { try checkLanguageTag(language) }

    /// The phrasebook for the report: English without `--lang`; for a language dtree has no
    /// words in, English, said once on standard error in the words run and render use.
    func phrasebook() throws -> Phrasebook {
        guard let language else { return .english }
        let (words, known) = Phrasebook.forLanguage(language)
        if !known { try Terminal.standardError(Phrasebook.noWordsFor(language)) }
        return words
    }
}
