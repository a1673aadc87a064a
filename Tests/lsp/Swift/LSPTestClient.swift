import DecisionTree
import DecisionTreeLSP
import Foundation
import TestSupport

/// A language client for tests: runs an ``LSPServer`` on its own thread over an
/// ``InMemoryTransport`` and speaks JSON-RPC to it as an editor would.
final class LSPTestClient {
    typealias JSON = [String: Any]

    let transport = InMemoryTransport()
    private let done = DispatchSemaphore(value: 0)
    private let box: StatusBox
    private var nextID = 1

    /// The folder of the LSP fixtures (`triage.yaml` and `triage.tests.yaml`).
    static let fixtures = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/lsp")
    static let treeURI = fixtures.appendingPathComponent("triage.yaml").absoluteString
    static let scenarioURI = fixtures.appendingPathComponent("triage.tests.yaml").absoluteString
    static func fixtureText(_ name: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    private final class StatusBox: @unchecked Sendable {
        let server: LSPServer
        var status: Int32?
        init(server: LSPServer) { self.server = server }
    }

    /// Starts a server; with `initialize`, runs the initialize handshake first.
    init(initialize: Bool = true) {
        box = StatusBox(server: LSPServer(version: "test", transport: transport))
        let box = box, done = done
        Thread.detachNewThread {
            box.status = box.server.run()
            done.signal()
        }
        if initialize {
            _ = request("initialize", ["processId": NSNull(), "rootUri": NSNull(), "capabilities": [:] as JSON])
            notify("initialized", [:])
        }
    }

    func post(_ message: JSON) {
        transport.post(try! JSONSerialization.data(withJSONObject: message))
    }

    /// Sends a request and waits for its response (the whole message: `result` or `error`).
    @discardableResult
    func request(_ method: String, _ params: JSON) -> JSON {
        let id = nextID
        nextID += 1
        post(["jsonrpc": "2.0", "id": id, "method": method, "params": params])
        return take { $0["id"] as? Int == id && $0["method"] == nil } ?? [:]
    }

    func notify(_ method: String, _ params: JSON) {
        post(["jsonrpc": "2.0", "method": method, "params": params])
    }

    /// The first message the server sent that `matches`, waiting for it.
    func take(timeout: TimeInterval = 5, where matches: @escaping (JSON) -> Bool) -> JSON? {
        transport.take(timeout: timeout) { data in
            (try? JSONSerialization.jsonObject(with: data) as? JSON).map(matches) ?? false
        }.flatMap { try? JSONSerialization.jsonObject(with: $0) as? JSON }
    }

    /// The diagnostics published for `uri` at `version`.
    func diagnostics(_ uri: String, version: Int) -> [JSON]? {
        take { message in
            guard message["method"] as? String == "textDocument/publishDiagnostics", let params = message["params"] as? JSON else {
                return false
            }
            return params["uri"] as? String == uri && params["version"] as? Int == version
        }.flatMap { ($0["params"] as? JSON)?["diagnostics"] as? [JSON] }
    }

    func open(_ uri: String, _ text: String, version: Int = 1) {
        notify("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "yaml", "version": version, "text": text] as JSON])
    }

    func change(_ uri: String, version: Int, _ changes: [JSON]) {
        notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": version] as JSON, "contentChanges": changes])
    }

    /// `{"line": l, "character": c}` of the first `needle` in `text`, plus `offset` characters.
    static func position(_ text: String, _ needle: String, offset: Int = 0) -> JSON {
        let before = text[..<text.range(of: needle)!.lowerBound]
        let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
        return ["line": lines.count - 1, "character": lines.last!.utf16.count + offset]
    }

    static func at(_ uri: String, _ position: JSON) -> JSON {
        ["textDocument": ["uri": uri] as JSON, "position": position]
    }

    /// Ends the input and waits for the server: its exit status.
    func finish() -> Int32? {
        transport.endInput()
        guard done.wait(timeout: .now() + 5) == .success else { return nil }
        return box.status
    }

    /// Waits for the server to end by itself (after `exit`): its exit status.
    func waitForEnd() -> Int32? {
        guard done.wait(timeout: .now() + 5) == .success else { return nil }
        return box.status
    }
}

/// Applies LSP text edits (`{range, newText}`) to `text`, last first.
func apply(_ edits: [[String: Any]], to text: String) -> String {
    var lines = text.components(separatedBy: "\n")
    let sorted = edits.sorted { a, b in
        let ra = (a["range"] as! [String: Any])["start"] as! [String: Int], rb = (b["range"] as! [String: Any])["start"] as! [String: Int]
        return (ra["line"]!, ra["character"]!) > (rb["line"]!, rb["character"]!)
    }
    for edit in sorted {
        let range = edit["range"] as! [String: Any]
        let start = range["start"] as! [String: Int], end = range["end"] as! [String: Int]
        precondition(start["line"] == end["line"], "one-line edits only")
        let line = Array(lines[start["line"]!].utf16)
        let new = Array((edit["newText"] as! String).utf16)
        lines[start["line"]!] = String(decoding: line[..<start["character"]!] + new + line[end["character"]!...], as: UTF16.self)
    }
    return lines.joined(separator: "\n")
}
