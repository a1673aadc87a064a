import DecisionTree
import Foundation

// The language server's loop and dispatch: documents opened and changed, debounced
// diagnostics, and the JSON-RPC lifecycle (initialize, shutdown, exit, closed input).

/// `dtree lsp`'s server: one thread, one loop. Input is read with a timeout so that
/// diagnostics run once a document has been quiet for ``quietPeriod`` (or has waited
/// ``longestWait`` through a stream of changes); requests always see the latest text.
public final class LSPServer {
    /// How long a document must go unchanged before it is checked.
    static let quietPeriod: TimeInterval = 0.05
    /// The longest a changed document waits for its diagnostics while changes keep coming.
    static let longestWait: TimeInterval = 0.25

    var transport = LSPTransport()
    /// The version `initialize` reports.
    let version: String
    var documents: [String: LSPDocument] = [:]
    private var shutdownRequested = false
    private var exitRequested = false
    let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()
    let decoder = JSONDecoder()

    /// Runs until `exit` or the end of input; returns the process's exit status (0 after
    /// `shutdown`, 1 otherwise, as LSP asks).
    /// Creates a server on standard input and output that reports `version`.
    public init(version: String) { self.version = version }

    public func run() -> Int32 {
        while true {
            let messages = transport.receive(timeout: nextTimeout())
            for message in messages {
                handle(message)
                if exitRequested { return shutdownRequested ? 0 : 1 }
            }
            publishDue()
            if transport.closed, messages.isEmpty { return shutdownRequested ? 0 : 1 }
        }
    }

    // MARK: Dispatch

    private func handle(_ body: Data) {
        guard let envelope = try? decoder.decode(LSPIncoming.self, from: body) else {
            respond(nil, error: LSPResponseError(code: LSPResponseError.parseError, message: "the message is not JSON-RPC"))
            return
        }
        guard let method = envelope.method else { return }  // A response to nothing we asked.
        let id = envelope.id
        if shutdownRequested, method != "exit" {
            if id != nil { respond(id, error: LSPResponseError(code: LSPResponseError.invalidRequest, message: "the server is shutting down")) }
            return
        }
        switch method {
        case "initialize": respond(id, result: initializeResult())
        case "initialized", "$/cancelRequest", "$/setTrace", "textDocument/didSave", "workspace/didChangeConfiguration", "workspace/didChangeWatchedFiles": break
        case "shutdown":
            shutdownRequested = true
            respond(id, result: Optional<Int>.none)
        case "exit": exitRequested = true
        case "textDocument/didOpen": with(DidOpenParams.self, body, id) { didOpen($0) }
        case "textDocument/didChange": with(DidChangeParams.self, body, id) { didChange($0) }
        case "textDocument/didClose": with(DidCloseParams.self, body, id) { didClose($0) }
        case "textDocument/definition": with(TextDocumentPositionParams.self, body, id) { respond(id, result: definition($0)) }
        case "textDocument/references": with(TextDocumentPositionParams.self, body, id) { respond(id, result: references($0)) }
        case "textDocument/hover": with(TextDocumentPositionParams.self, body, id) { respond(id, result: hover($0)) }
        case "textDocument/completion": with(TextDocumentPositionParams.self, body, id) { respond(id, result: completion($0)) }
        case "textDocument/prepareRename": with(TextDocumentPositionParams.self, body, id) { respond(id, result: prepareRename($0)) }
        case "textDocument/rename":
            with(RenameParams.self, body, id) { params in
                switch rename(params) {
                case .success(let edit): respond(id, result: edit)
                case .failure(let error): respond(id, error: error)
                }
            }
        case "textDocument/codeAction": with(CodeActionParams.self, body, id) { respond(id, result: codeActions($0)) }
        case "textDocument/documentSymbol": with(DocumentParams.self, body, id) { respond(id, result: symbols($0)) }
        default:
            if id != nil { respond(id, error: LSPResponseError(code: LSPResponseError.methodNotFound, message: "dtree does not handle \(method)")) }
        }
    }

    /// Decodes the parameters and runs `action`, or answers a request with invalid params.
    private func with<P: Decodable>(_ type: P.Type, _ body: Data, _ id: LSPRequestID?, _ action: (P) -> Void) {
        guard let decoded = try? decoder.decode(LSPParams<P>.self, from: body) else {
            if id != nil { respond(id, error: LSPResponseError(code: LSPResponseError.invalidParams, message: "the parameters do not fit the method")) }
            return
        }
        action(decoded.params)
    }

    func respond<R: Encodable>(_ id: LSPRequestID?, result: R?) {
        send(LSPResponse(id: id, result: result, error: nil))
    }

    func respond(_ id: LSPRequestID?, error: LSPResponseError) {
        send(LSPResponse<Int>(id: id, result: nil, error: error))
    }

    func send<M: Encodable>(_ message: M) {
        guard let data = try? encoder.encode(message) else { return }
        transport.send(data)
    }

    private func initializeResult() -> InitializeResult {
        InitializeResult(
            capabilities: .init(
                textDocumentSync: .init(openClose: true, change: 1),
                definitionProvider: true, referencesProvider: true, hoverProvider: true,
                completionProvider: .init(triggerCharacters: [":", " ", "{", ",", "["]),
                renameProvider: .init(prepareProvider: true),
                codeActionProvider: true, documentSymbolProvider: true),
            serverInfo: .init(name: "dtree", version: version))
    }

    // MARK: Documents

    private func didOpen(_ params: DidOpenParams) {
        let item = params.textDocument
        var document = LSPDocument(uri: item.uri, path: LSPPositions.path(of: item.uri), text: item.text, version: item.version)
        document.firstChange = .distantPast
        document.lastChange = .distantPast
        documents[item.uri] = document
    }

    private func didChange(_ params: DidChangeParams) {
        guard var document = documents[params.textDocument.uri] else { return }
        for change in params.contentChanges {
            if let range = change.range {
                var scalars = document.text.unicodeScalars
                let from = LSPPositions.offset(of: range.start, in: document.text)
                let to = max(from, LSPPositions.offset(of: range.end, in: document.text))
                scalars.replaceSubrange(from..<to, with: change.text.unicodeScalars)
                document.text = String(scalars)
            } else {
                document.text = change.text
            }
        }
        document.version = params.textDocument.version ?? document.version
        let now = Date()
        if document.firstChange == nil { document.firstChange = now }
        document.lastChange = now
        documents[params.textDocument.uri] = document
    }

    private func didClose(_ params: DidCloseParams) {
        guard let document = documents.removeValue(forKey: params.textDocument.uri) else { return }
        send(LSPNotification(method: "textDocument/publishDiagnostics",
                             params: PublishDiagnosticsParams(uri: document.uri, version: nil, diagnostics: [])))
    }

    // MARK: Debounced diagnostics

    private func isDue(_ document: LSPDocument, at now: Date) -> Bool {
        guard let first = document.firstChange, let last = document.lastChange else { return false }
        return now.timeIntervalSince(last) >= Self.quietPeriod || now.timeIntervalSince(first) >= Self.longestWait
    }

    /// Milliseconds until the next document is due, or -1 (wait for input) when none is pending.
    private func nextTimeout() -> Int32 {
        var soonest: TimeInterval?
        for document in documents.values {
            guard let first = document.firstChange, let last = document.lastChange else { continue }
            let due = min(last.addingTimeInterval(Self.quietPeriod), first.addingTimeInterval(Self.longestWait))
            soonest = min(soonest ?? due.timeIntervalSinceNow, due.timeIntervalSinceNow)
        }
        guard let soonest else { return -1 }
        return Int32(max(0, min(1000, (soonest * 1000).rounded(.up))))
    }

    /// Publishes diagnostics for every document that is due; a tree's scenario files follow it.
    private func publishDue() {
        let now = Date()
        let due = documents.values.filter { isDue($0, at: now) }.sorted { !$0.isScenario && $1.isScenario }
        for document in due {
            publish(document.uri)
            if !document.isScenario {
                for other in documents.values where other.isScenario && treePath(ofScenario: other) == TreeCache.standard(document.path) {
                    publish(other.uri)
                }
            }
        }
    }

    private func publish(_ uri: String) {
        guard var document = documents[uri] else { return }
        document.firstChange = nil
        document.lastChange = nil
        documents[uri] = document
        let diagnostics = check(document)
        let source = document.source
        let converted = diagnostics.filter { TreeCache.standard($0.file) == TreeCache.standard(document.path) }.map { d in
            LSPDiagnostic(
                range: LSPPositions.range(DidYouMean.span(of: d, in: source), in: source),
                severity: d.severity == .error ? 1 : 2,
                code: d.rule.rawValue,
                codeDescription: .init(href: Self.documentationURI(d.rule)),
                source: "dtree",
                message: d.message)
        }
        send(LSPNotification(method: "textDocument/publishDiagnostics",
                             params: PublishDiagnosticsParams(uri: uri, version: document.version, diagnostics: converted)))
    }

    /// Every diagnostic for a document: a tree's own, or a scenario file's against the tree it
    /// names (the open, unsaved text of that tree when it is open and valid).
    private func check(_ document: LSPDocument) -> [Diagnostic] {
        guard document.isScenario else {
            // A YAML file with no top-level `tree:` (JSON: `"tree"`) is someone else's file, even broken.
            let text = document.text
            guard text.hasPrefix("tree:") || text.contains("\ntree:") || text.contains("\"tree\"") else { return [] }
            let result = TreeLoader.load(text: document.text, path: document.path, onlyTrees: true)
            return result.skipped ? [] : result.diagnostics
        }
        var tree: Tree?
        if let path = treePath(ofScenario: document), let open = documents.values.first(where: { !$0.isScenario && TreeCache.standard($0.path) == path }) {
            tree = TreeLoader.load(text: open.text, path: open.path).tree
        }
        return ScenarioLoader.load(text: document.text, path: document.path, tree: tree).diagnostics
    }

    /// The standardized path of the tree a scenario document names.
    func treePath(ofScenario document: LSPDocument) -> String? {
        guard let name = ScenarioIndex(text: document.text)?.tree else { return nil }
        let folder = (document.path as NSString).deletingLastPathComponent
        return TreeCache.standard(name.hasPrefix("/") ? name : folder + "/" + name)
    }

    /// Where a rule is documented: `$DTREE_DOCS_URL` joined with its documentation path when
    /// set; else the docs folder of the package this binary was built in, as a `file:` URI;
    /// else the documentation path itself.
    static func documentationURI(_ rule: Rule) -> String {
        if let base = ProcessInfo.processInfo.environment["DTREE_DOCS_URL"], !base.isEmpty {
            return (base.hasSuffix("/") ? base : base + "/") + rule.documentationPath
        }
        if let root = packageRoot {
            return URL(fileURLWithPath: root).appendingPathComponent(rule.documentationPath.split(separator: "#")[0].description).absoluteString
                + "#" + (rule.documentationPath.split(separator: "#").last.map(String.init) ?? "")
        }
        return rule.documentationPath
    }

    /// The package root above the executable (`.build/debug/dtree`), found by its docs/format.md.
    private static let packageRoot: String? = {
        var folder = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("docs/format.md").path) { return folder.path }
            folder.deleteLastPathComponent()
        }
        return nil
    }()
}
