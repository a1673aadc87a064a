// Protocol/: the language server's protocol types (LSP 3.17), all in one place, as Codable
// structs that carry only the fields dtree sends or reads. Imports Foundation only.

import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A JSON-RPC request id: a number or a string.
enum LSPRequestID: Codable, Hashable {
    case number(Int)
    case string(String)

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self = .number(number)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .string(let string): try container.encode(string)
        }
    }
}

/// The envelope every incoming message shares: requests have an id and a method,
/// notifications a method only, responses (to the server's own requests) an id only.
struct LSPIncoming: Decodable {
    let id: LSPRequestID?
    let method: String?
}

/// An incoming message's parameters, decoded once the method is known.
struct LSPParams<P: Decodable>: Decodable {
    let params: P
}

/// A response: the result, or an error.
struct LSPResponse<R: Encodable>: Encodable {
    let id: LSPRequestID?
    let result: R?
    let error: LSPResponseError?

    enum CodingKeys: String, CodingKey { case jsonrpc, id, result, error }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        if let id { try container.encode(id, forKey: .id) } else { try container.encodeNil(forKey: .id) }
        if let error {
            try container.encode(error, forKey: .error)
        } else if let result {
            try container.encode(result, forKey: .result)
        } else {
            try container.encodeNil(forKey: .result)
        }
    }
}

/// A JSON-RPC error.
struct LSPResponseError: Encodable, Error {
    let code: Int
    let message: String

    static let parseError = -32700
    static let invalidRequest = -32600
    static let methodNotFound = -32601
    static let invalidParams = -32602
    static let serverNotInitialized = -32002
}

/// A notification the server sends.
struct LSPNotification<P: Encodable>: Encodable {
    let jsonrpc = "2.0"
    let method: String
    let params: P
}

/// A position: 0-based line and UTF-16 character offset.
struct LSPPosition: Codable, Hashable {
    let line: Int
    let character: Int
}

extension LSPPosition {
    /// The largest line or character a client may send: LSP's `uinteger` (2^31 − 1).
    static let maximum = Int(Int32.max)

    /// Decodes a client's position, each number clamped to `0...maximum`, so no arithmetic on
    /// it can overflow (a line of 2^63 − 1 is a line past the end, nothing worse).
    init(from decoder: any Decoder) throws {
        enum Keys: String, CodingKey { case line, character }
        let container = try decoder.container(keyedBy: Keys.self)
        func clamped(_ key: Keys) throws -> Int {
            if let value = try? container.decode(Int.self, forKey: key) { return min(max(value, 0), Self.maximum) }
            // A number beyond Int (or fractional) is clamped too.
            let value = try container.decode(Double.self, forKey: key)
            return value.isNaN || value < 0 ? 0 : Int(min(value, Double(Self.maximum)))
        }
        self.init(line: try clamped(.line), character: try clamped(.character))
    }
}

/// A range of positions, end exclusive.
struct LSPRange: Codable, Hashable {
    let start: LSPPosition
    let end: LSPPosition
}

/// A place in a document.
struct LSPLocation: Codable {
    let uri: String
    let range: LSPRange
}

struct TextDocumentIdentifier: Codable { let uri: String }
struct TextDocumentItem: Codable { let uri: String; let languageId: String?; let version: Int?; let text: String }
struct VersionedTextDocumentIdentifier: Codable { let uri: String; let version: Int? }

/// A change: the whole text (full sync), or a range and its new text (incremental).
struct TextDocumentContentChangeEvent: Codable { let range: LSPRange?; let text: String }

struct DidOpenParams: Codable { let textDocument: TextDocumentItem }
struct DidChangeParams: Codable { let textDocument: VersionedTextDocumentIdentifier; let contentChanges: [TextDocumentContentChangeEvent] }
struct DidCloseParams: Codable { let textDocument: TextDocumentIdentifier }
struct TextDocumentPositionParams: Codable { let textDocument: TextDocumentIdentifier; let position: LSPPosition }
struct RenameParams: Codable { let textDocument: TextDocumentIdentifier; let position: LSPPosition; let newName: String }
struct DocumentParams: Codable { let textDocument: TextDocumentIdentifier }
struct CodeActionParams: Codable {
    struct Context: Codable { let diagnostics: [LSPDiagnostic] }
    let textDocument: TextDocumentIdentifier
    let range: LSPRange
    let context: Context
}

/// A diagnostic: range, severity (1 error, 2 warning, 3 information), rule id as `code`, a
/// link to the rule's documentation, and the edits of its fix-its as `data` (which clients
/// send back with a code action request).
struct LSPDiagnostic: Codable {
    struct CodeDescription: Codable { let href: String }
    /// What dtree puts in `data`: the fix-its, as edits.
    struct FixItData: Codable { let fixIts: [LSPTextEdit] }
    let range: LSPRange
    let severity: Int?
    let code: String?
    let codeDescription: CodeDescription?
    let source: String?
    let message: String
    let data: FixItData?

    /// Whether `other` is this diagnostic as a client sent it back: same range, code and message.
    func matches(_ other: LSPDiagnostic) -> Bool {
        range == other.range && code == other.code && message == other.message
    }
}

struct PublishDiagnosticsParams: Codable { let uri: String; let version: Int?; let diagnostics: [LSPDiagnostic] }

/// Hover text as Markdown.
struct LSPHover: Codable {
    struct Content: Codable { let kind: String; let value: String }
    let contents: Content
    let range: LSPRange?
}

/// One completion: the label, its kind (12 value, 14 keyword, 18 reference, 10 property) and detail.
struct LSPCompletionItem: Codable {
    let label: String
    let kind: Int?
    let detail: String?
}

struct LSPTextEdit: Codable { let range: LSPRange; let newText: String }
struct LSPWorkspaceEdit: Codable { let changes: [String: [LSPTextEdit]] }

/// A quick fix: its title, the diagnostic it fixes, and the edit.
struct LSPCodeAction: Codable {
    let title: String
    let kind: String
    let diagnostics: [LSPDiagnostic]?
    let isPreferred: Bool?
    let edit: LSPWorkspaceEdit
}

/// One entry of the outline: a node, with its kind as the symbol kind and detail.
struct LSPDocumentSymbol: Codable {
    let name: String
    let detail: String?
    let kind: Int
    let range: LSPRange
    let selectionRange: LSPRange
}

/// What the server can do, sent in answer to `initialize`.
struct InitializeResult: Codable {
    struct Capabilities: Codable {
        struct Sync: Codable { let openClose: Bool; let change: Int }
        struct Completion: Codable { let triggerCharacters: [String] }
        struct Rename: Codable { let prepareProvider: Bool }
        let textDocumentSync: Sync
        let definitionProvider: Bool
        let referencesProvider: Bool
        let hoverProvider: Bool
        let completionProvider: Completion
        let renameProvider: Rename
        let codeActionProvider: Bool
        let documentSymbolProvider: Bool
    }
    struct ServerInfo: Codable { let name: String; let version: String }
    let capabilities: Capabilities
    let serverInfo: ServerInfo
}
