// Server/: the language server's loop and dispatch: documents opened and changed, debounced
// diagnostics, and the JSON-RPC lifecycle (initialize, shutdown, exit, closed input). Imports
// DecisionTree, Foundation, and this target's Protocol/, Transport/ and Editing/.

import DecisionTree
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `dtree lsp`'s server: one thread, one loop. Input is read with a timeout so that
/// diagnostics run once a document has been quiet for ``quietPeriod`` (or has waited
/// ``longestWait`` through a stream of changes); requests always see the latest text.
public final class LSPServer {
    /// How long a document must go unchanged before it is checked.
    static let quietPeriod: TimeInterval = 0.05
    /// The longest a changed document waits for its diagnostics while changes keep coming.
    static let longestWait: TimeInterval = 0.25

    let transport: any MessageTransport
    /// The version `initialize` reports.
    let version: String
    var documents: [String: LSPDocument] = [:]
    /// Trees and scenario files read from disk for navigation, with when each was modified.
    var diskFiles: [String: (modified: Date, size: Int, parse: DocumentParse)] = [:]
    /// The fix-its of the diagnostics last published for each document, by the LSP diagnostic
    /// they went out as, for quick fixes from clients that do not send `data` back.
    var publishedFixIts: [String: [(diagnostic: LSPDiagnostic, fixIts: [FixIt])]] = [:]
    /// How cites are checked: against sources beside the tree and in `$DTREE_SOURCES`, as
    /// `dtree validate` does.
    let citations = CitationCheck(sourceFolders: CitationCheck.folders(inPathList: ProcessInfo.processInfo.environment["DTREE_SOURCES"]))
    private var shutdownRequested = false
    private var exitRequested = false
    /// Whether `initialize` has been answered: before it, requests are refused with
    /// ServerNotInitialized (−32002) and notifications dropped, as LSP asks.
    private var initialized = false
    /// The first message that could not be sent: it ends the loop with its status.
    private var failure: OutputFailure?
    let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()
    let decoder = JSONDecoder()

    /// Creates a server on standard input and output that reports `version`.
    public convenience init(version: String) { self.init(version: version, transport: FramedTransport()) }

    /// Creates a server that reads framed messages from the descriptor `input` and writes its
    /// own to `output` (a pipe or a socket; the fuzzer's pipe), reporting `version`.
    public convenience init(version: String, input: Int32, output: Int32) {
        self.init(version: version, transport: FramedTransport(input: input, output: output))
    }

    /// Creates a server on `transport` that reports `version`.
    package init(version: String, transport: any MessageTransport) {
        self.version = version
        self.transport = transport
    }

    /// Runs until `exit` or the end of input; returns the process's exit status: 0 after
    /// `shutdown`, 1 otherwise (as LSP asks), or an ``OutputFailure``'s status (2, or 141 for a
    /// broken pipe, said on standard error) when a message cannot be sent. Never exits the process.
    public func run() -> Int32 {
        while true {
            let messages = transport.receive(timeout: nextTimeout())
            for message in messages {
                handle(message)
                if let failure { return failure.report() }
                if exitRequested { return shutdownRequested ? 0 : 1 }
            }
            publishDue()
            if let failure { return failure.report() }
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
            if id != nil {
                respond(id, error: LSPResponseError(code: LSPResponseError.invalidRequest, message: "the server is shutting down"))
            }
            return
        }
        if !initialized, method != "initialize", method != "exit" {
            if id != nil {
                respond(
                    id,
                    error: LSPResponseError(code: LSPResponseError.serverNotInitialized, message: "the server is not initialized yet"))
            }
            return
        }
        switch method {
        case "initialize":
            initialized = true
            respond(id, result: initializeResult())
        case "initialized", "$/cancelRequest", "$/setTrace", "textDocument/didSave", "workspace/didChangeConfiguration",
            "workspace/didChangeWatchedFiles":
            break
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
            if id != nil {
                respond(id, error: LSPResponseError(code: LSPResponseError.methodNotFound, message: "dtree does not handle \(method)"))
            }
        }
    }

    /// Decodes the parameters and runs `action`, or answers a request with invalid params.
    private func with<P: Decodable>(_ type: P.Type, _ body: Data, _ id: LSPRequestID?, _ action: (P) -> Void) {
        guard let decoded = try? decoder.decode(LSPParams<P>.self, from: body) else {
            if id != nil {
                respond(id, error: LSPResponseError(code: LSPResponseError.invalidParams, message: "the parameters do not fit the method"))
            }
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
        guard failure == nil, let data = try? encoder.encode(message) else { return }
        do throws(OutputFailure) {
            try transport.send(data)
        } catch {
            failure = error
        }
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
        // The edits are applied to one UTF-8 buffer, in place, and the text is made once per
        // change notification, not once per edit.
        var bytes = Array(document.text.utf8)
        var hint: LSPPositions.LineStart = (0, 0)
        for change in params.contentChanges {
            if let range = change.range {
                let start = LSPPositions.offset(of: range.start, in: bytes, hint: hint)
                let end = LSPPositions.offset(of: range.end, in: bytes, hint: start.lineStart)
                let to = max(start.offset, end.offset)
                bytes.replaceSubrange(start.offset..<to, with: change.text.utf8)
                hint = start.lineStart
            } else {
                bytes = Array(change.text.utf8)
                hint = (0, 0)
            }
        }
        document.update(text: String(decoding: bytes, as: UTF8.self), version: params.textDocument.version)
        let now = Date()
        if document.firstChange == nil { document.firstChange = now }
        document.lastChange = now
        documents[params.textDocument.uri] = document
    }

    private func didClose(_ params: DidCloseParams) {
        guard let document = documents.removeValue(forKey: params.textDocument.uri) else { return }
        publishedFixIts[document.uri] = nil
        send(
            LSPNotification(
                method: "textDocument/publishDiagnostics",
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

}
