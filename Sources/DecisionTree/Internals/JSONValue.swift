// Internals/: the one JSON writer: a value whose objects keep their keys in insertion order,
// written in one of a few fixed layouts (pretty, compact, canonical and the report forms).

/// A JSON value. Objects keep their keys in the order they were added; a style may sort them.
/// Values are built by the code that owns a document's shape (the model export, FHIR, traces,
/// reports) and written by ``text(_:)``; an `Encodable` value becomes one through
/// ``init(encoding:)``. The depth of every document dtree writes is fixed by its shape, so
/// writing recursively is bounded.
package indirect enum JSONValue: Sendable {
    /// A string.
    case string(String)
    /// An integer.
    case integer(Int)
    /// A finite floating-point number.
    case number(Double)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null
    /// An array.
    case array([JSONValue])
    /// An object, keys in the order added.
    case object([(String, JSONValue)])

    var isString: Bool {
        if case .string = self { return true }
        return false
    }
}

/// How ``JSONValue`` is laid out as text. Every JSON document dtree writes uses one of the
/// named styles; each says which documents use it.
package struct JSONStyle: Sendable {
    /// One member a line, indented two spaces a level; otherwise all on one line.
    var indented: Bool
    /// What stands between a key and its value.
    var keySeparator: [UInt8]
    /// Whether object keys are written sorted by their UTF-8 bytes instead of insertion order.
    var sortsKeys: Bool
    /// Indented styles only: an array of strings, or an object whose values are all strings,
    /// on one line, members separated by `, `.
    var inlinesStringContainers = false
    /// Indented styles only: an empty array or object opens, leaves a blank line, and closes
    /// on its own line (as Foundation's pretty printer writes it) instead of `[]` / `{}`.
    var opensEmptyContainers = false
    /// How strings (and keys) are escaped.
    var escaping: JSONEscaping

    /// One line, keys in insertion order, plain escaping: run traces.
    package static let compact = JSONStyle(indented: false, keySeparator: [0x3A], sortsKeys: false, escaping: .plain)
    /// One line, keys sorted by their UTF-8 bytes, plain escaping: the model's canonical form,
    /// which the content hash digests.
    package static let canonical = JSONStyle(indented: false, keySeparator: [0x3A], sortsKeys: true, escaping: .plain)
    /// One line, keys in insertion order, HTML-safe: data in the review page's script blocks.
    package static let scriptSafe = JSONStyle(indented: false, keySeparator: [0x3A], sortsKeys: false, escaping: .htmlSafe)
    /// Two-space indents, `"key": value`, keys in insertion order, HTML-safe: the FHIR export.
    package static let pretty = JSONStyle(indented: true, keySeparator: Array(": ".utf8), sortsKeys: false, escaping: .htmlSafe)
    /// ``pretty`` with lists and objects of strings on one line: the normalized model export.
    package static let model = JSONStyle(
        indented: true, keySeparator: Array(": ".utf8), sortsKeys: false, inlinesStringContainers: true, escaping: .htmlSafe)
    /// Two-space indents, `"key" : value`, keys sorted, empty containers opened: diagnostics,
    /// SARIF logs and test reports.
    package static let report = JSONStyle(
        indented: true, keySeparator: Array(" : ".utf8), sortsKeys: true, opensEmptyContainers: true, escaping: .report)
    /// One line, keys sorted, report escaping: the diff report.
    package static let compactReport = JSONStyle(indented: false, keySeparator: [0x3A], sortsKeys: true, escaping: .report)
}

extension JSONValue {
    /// The value as JSON text in `style`, without a trailing newline.
    package func text(_ style: JSONStyle) -> String {
        var bytes: [UInt8] = []
        write(to: &bytes, style: style, indent: 0)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the value as JSON text in `style` to `bytes`, nested `indent` spaces deep.
    package func write(to bytes: inout [UInt8], style: JSONStyle, indent: Int = 0) {
        switch self {
        case .string(let text):
            JSONText.appendQuoted(text, to: &bytes, escaping: style.escaping)
        case .integer(let number):
            JSONText.appendInteger(number, to: &bytes)
        case .number(let number):
            JSONText.appendNumber(number, to: &bytes)
        case .bool(let value):
            bytes.append(contentsOf: value ? Array("true".utf8) : Array("false".utf8))
        case .null:
            bytes.append(contentsOf: Array("null".utf8))
        case .array(let items):
            if style.indented, style.inlinesStringContainers, items.allSatisfy(\.isString) {
                writeInline(items.map { (nil, $0) }, open: UInt8(ascii: "["), close: UInt8(ascii: "]"), to: &bytes, style: style)
            } else {
                writeContainer(
                    items.map { (nil, $0) }, open: UInt8(ascii: "["), close: UInt8(ascii: "]"), to: &bytes, style: style, indent: indent)
            }
        case .object(let fields):
            let ordered = style.sortsKeys ? fields.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) } : fields
            if style.indented, style.inlinesStringContainers, ordered.allSatisfy(\.1.isString) {
                writeInline(ordered.map { ($0.0, $0.1) }, open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), to: &bytes, style: style)
            } else {
                writeContainer(
                    ordered.map { ($0.0, $0.1) }, open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), to: &bytes, style: style,
                    indent: indent)
            }
        }
    }

    /// Members on one line, separated by `, ` (``JSONStyle/inlinesStringContainers``).
    private func writeInline(_ members: [(String?, JSONValue)], open: UInt8, close: UInt8, to bytes: inout [UInt8], style: JSONStyle) {
        bytes.append(open)
        for (position, (key, value)) in members.enumerated() {
            if position > 0 { bytes.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: " ")]) }
            if let key {
                JSONText.appendQuoted(key, to: &bytes, escaping: style.escaping)
                bytes.append(contentsOf: style.keySeparator)
            }
            value.write(to: &bytes, style: style, indent: 0)
        }
        bytes.append(close)
    }

    /// An array's items or an object's members (keys given), compact or one a line.
    private func writeContainer(
        _ members: [(String?, JSONValue)], open: UInt8, close: UInt8, to bytes: inout [UInt8], style: JSONStyle, indent: Int
    ) {
        bytes.append(open)
        guard style.indented else {
            for (position, (key, value)) in members.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                if let key {
                    JSONText.appendQuoted(key, to: &bytes, escaping: style.escaping)
                    bytes.append(contentsOf: style.keySeparator)
                }
                value.write(to: &bytes, style: style, indent: 0)
            }
            bytes.append(close)
            return
        }
        if members.isEmpty {
            if style.opensEmptyContainers {
                bytes.append(contentsOf: [0x0A, 0x0A])
                bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
            }
            bytes.append(close)
            return
        }
        for (position, (key, value)) in members.enumerated() {
            bytes.append(contentsOf: position == 0 ? [0x0A] : [UInt8(ascii: ","), 0x0A])
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent + 2))
            if let key {
                JSONText.appendQuoted(key, to: &bytes, escaping: style.escaping)
                bytes.append(contentsOf: style.keySeparator)
            }
            value.write(to: &bytes, style: style, indent: indent + 2)
        }
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
        bytes.append(close)
    }
}
