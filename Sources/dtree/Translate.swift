// dtree: `dtree translate`: parses and prints; Translation/ reads, merges and decides, Output/ writes.

import ArgumentParser
import DecisionTree
import FoundationEssentials

/// `dtree translate`: create or update the PO file of one language beside a tree.
struct Translate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Create or update the translation of a tree into one language: NAME.LANG.po beside it.",
        discussion: """
            Every string a person reads (titles, questions, help, advice, answer labels, \
            checklist items, specialist names, urgency words) has a stable id, the PO entry's \
            msgctxt, derived from the node and field ('injury.question', 'injury.answers.yes', \
            'red_flags.items.2', 'specialists.neurologist'). Cites are not translated. The file \
            is updated as msgmerge does: a new string gets an empty entry; a translated string \
            whose source text changed becomes fuzzy with the text it was translated from kept \
            as '#| msgid'; a string the tree no longer has becomes obsolete (#~); translator \
            comments and reviewed translations are kept. A PO file dtree cannot read is \
            reported with its line and column, and nothing is written. See docs/translation.md.

            Exit status: 0 written, 1 the tree or the PO file has an error, 2 a file cannot be \
            read or written, 64 a usage error.

            Examples:
              dtree translate Trees/back-numbness.yaml --lang ru
            """
    )

    @Argument(help: "The tree file.", completion: .file(extensions: ["yaml", "yml", "json"]))
    var tree: String

    @Option(name: .customLong("lang"), help: "The language, as in the file name: ru, ar, pt_BR.")
    var language: String

    func validate() throws { try checkLanguageTag(language) }

    func run() throws {
        let loaded = try CommandSupport.loadTree(tree)
        let update: TranslationUpdate
        do {
            update = try TranslationUpdate(tree: loaded, treePath: tree, language: language)
        } catch {
            try Terminal.standardError(DiagnosticFormatter.text(error, source: nil))
            throw ExitCode(error.rule == .unreadableFile ? 2 : 1)
        }
        try CommandSupport.emit(Data(update.text.utf8), to: update.path)
        try Terminal.line(update.summary)
    }
}
