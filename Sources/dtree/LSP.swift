// dtree: `dtree lsp`: starts DecisionTreeLSP's server on standard input and output.

import ArgumentParser
import DecisionTreeLSP
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `dtree lsp`: a language server for tree and scenario files over standard input and output.
struct LSP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run a language server (LSP 3.17) for tree and scenario files over stdin and stdout.",
        discussion: """
            Editors start it and speak JSON-RPC with Content-Length headers on standard input \
            and output. It publishes diagnostics as you type (with the rule as the code and a \
            link to its documentation), and offers go to definition, references, hover, \
            completion, rename across a tree and its scenario files, a quick fix for each \
            "did you mean", and an outline of the nodes. Set DTREE_DOCS_URL to where the docs \
            folder is published to link rules there. See docs/editors.md.

            Exit status: 0 after shutdown and exit, 1 when input ends or exit comes without shutdown.
            """
    )

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let status = LSPServer(version: DTree.configuration.version).run()
        if status != 0 { throw ExitCode(status) }
    }
}
