// Execution/: reading one JSON Lines batch case into Answers.

/// Reads one line of a cases file, a JSON object mapping node id → answer, into ``Answers``.
///
/// An answer is a string (a label, a number, or for a checklist a comma-separated list or
/// `none`), a whole number (1-based; `0` is a checklist's none) or an array of them (a
/// checklist's items; `[]` is none). A number node takes a JSON number (decimals too) as its
/// value, or a string naming one of its ranges. Every answer is checked against its node, visited or not.
/// The reader works on bytes and allocates little, so batches stay fast.
public struct BatchLineReader: Sendable {
    /// The tree whose nodes the answers name.
    public let tree: Tree
    /// Each node's index by the UTF-8 bytes of its id, so a case's keys are looked up without
    /// making a `String` (an id written with escapes, or unknown, takes the `String` path).
    private let ids: ByteTable<Int>
    /// The answers already parsed, by the bytes of `"ID": VALUE` as written (the value a string
    /// with its quotes, a list with its brackets, or a number): a batch gives each node the same
    /// few answers many times, and parsing one (matching it against the node's ids and labels,
    /// making its `String`s) was most of a batch's time. Only answers that fitted are kept, at
    /// most ``memoLimit`` of them and ``memoKeyLimit`` bytes each, so hostile input cannot grow it.
    private var memo = ByteTable<Remembered>(capacity: 64)
    /// An answer in ``memo``: the node it answers and what it parsed to.
    struct Remembered: Sendable {
        let node: Int
        let answer: Answer
    }
    /// The most answers remembered, over all nodes.
    static let memoLimit = 1 << 16
    /// The longest `"ID": VALUE` remembered, in bytes.
    static let memoKeyLimit = 256

    /// Creates a reader for `tree`.
    public init(tree: Tree) {
        self.tree = tree
        var ids = ByteTable<Int>(capacity: tree.nodes.count)
        for index in tree.nodes.indices {
            var id = tree.nodes[index].id
            _ = id.withUTF8 { ids.insert(tag: 0, $0, index) }
        }
        self.ids = ids
    }

    /// Parses `line` (UTF-8, no newline) into `answers`, which must be empty and sized for the tree.
    public mutating func read(_ line: UnsafeBufferPointer<UInt8>, into answers: inout Answers) throws(BatchError) {
        var cursor = Cursor(bytes: line)
        cursor.skipSpace()
        try cursor.expect(UInt8(ascii: "{"), "expected '{' to open the case")
        cursor.skipSpace()
        if cursor.peek == UInt8(ascii: "}") {
            cursor.position += 1
        } else {
            while true {
                cursor.skipSpace()
                guard cursor.peek == UInt8(ascii: "\"") else { throw cursor.error("expected a node id in quotes") }
                let start = cursor.position
                let end = cursor.plainPairEnd()
                if let end, let known = memo.value(tag: 0, UnsafeBufferPointer(rebasing: line[start..<end])) {
                    cursor.position = end
                    do throws(AnswerError) {
                        try answers.set(parsed: known.answer, forNode: known.node, in: tree)
                    } catch {
                        throw .answer(error)
                    }
                } else if let index = cursor.knownID(in: ids) {
                    try readAnswer(forNode: index, cursor: &cursor, into: &answers)
                    // Remembered only when the bytes as skimmed are exactly what was parsed.
                    if let end, end == cursor.position, end - start <= Self.memoKeyLimit, memo.count < Self.memoLimit,
                        let answer = answers[index]
                    {
                        memo.insert(tag: 0, UnsafeBufferPointer(rebasing: line[start..<end]), Remembered(node: index, answer: answer))
                    }
                } else {
                    try readAnswer(cursor: &cursor, into: &answers)
                }
                cursor.skipSpace()
                if cursor.peek == UInt8(ascii: ",") {
                    cursor.position += 1
                    continue
                }
                try cursor.expect(UInt8(ascii: "}"), "expected ',' or '}'")
                break
            }
        }
        cursor.skipSpace()
        guard cursor.isAtEnd else { throw cursor.error("unexpected text after the case") }
    }

    /// Reads `"ID": VALUE` for an id that is not plain bytes naming a node (escaped, or unknown),
    /// through `String`s: the reference path, whose errors the fast path leaves to it.
    private mutating func readAnswer(cursor: inout Cursor, into answers: inout Answers) throws(BatchError) {
        let id = try cursor.string()
        cursor.skipSpace()
        try cursor.expect(UInt8(ascii: ":"), "expected ':' after \"\(id)\"")
        cursor.skipSpace()
        let value = try cursor.value(for: id)
        try set(value, forNode: id, at: nil, into: &answers)
    }

    /// Reads `: VALUE` after the id of the node at `index` as ``readAnswer(cursor:into:)``
    /// would, in the same order of checks and with the same errors, without looking the id up again.
    private mutating func readAnswer(forNode index: Int, cursor: inout Cursor, into answers: inout Answers) throws(BatchError) {
        cursor.skipSpace()
        try cursor.expect(UInt8(ascii: ":"), "expected ':' after \"\(tree.nodes[index].id)\"")
        cursor.skipSpace()
        let id = tree.nodes[index].id
        let value = try cursor.value(for: id)
        try set(value, forNode: id, at: index, into: &answers)
    }

    /// Sets the answer `value` read for node `id` (at `index` when the id is known to name one;
    /// `nil` looks it up, and an id naming none is the answer error both readers give).
    private func set(_ value: Value, forNode id: String, at index: Int?, into answers: inout Answers) throws(BatchError) {
        // A number node takes any decimal; other nodes take whole numbers only (the node looked
        // up only for a number with a fraction or an exponent).
        if case .number(let literal, false) = value,
            (index ?? tree.index(of: id)).map({ tree.nodes[$0].kind != .number }) ?? true
        {
            throw BatchError.value(node: id, message: "must be a whole number, not \(literal)")
        }
        do throws(AnswerError) {
            switch (value, index) {
            case (.text(let text), let index?): try answers.set(text, forNode: index, in: tree)
            case (.number(let number, _), let index?): try answers.set(number, forNode: index, in: tree)
            case (.list(let items), let index?): try answers.set(items: items, forNode: index, in: tree)
            case (.text(let text), nil): try answers.set(text, forNodeID: id, in: tree)
            case (.number(let number, _), nil): try answers.set(number, forNodeID: id, in: tree)
            case (.list(let items), nil): try answers.set(items: items, forNodeID: id, in: tree)
            }
        } catch {
            throw .answer(error)
        }
    }

    /// A JSON value as it stands in a case.
    enum Value {
        case text(String)
        /// A JSON number, as written, and whether it is whole (no fraction, no exponent).
        case number(String, whole: Bool)
        case list([String])
    }

    /// A position in a line's bytes.
    struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        var isAtEnd: Bool { position >= bytes.count }
        var peek: UInt8 { position < bytes.count ? bytes[position] : 0 }

        mutating func skipSpace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x09, 0x0D, 0x0A: position += 1
                default: return
                }
            }
        }

        func error(_ message: String) -> BatchError {
            BatchError.syntax(column: position + 1, message: message)
        }

        mutating func expect(_ byte: UInt8, _ message: @autoclosure () -> String) throws(BatchError) {
            guard peek == byte, !isAtEnd else { throw error(message()) }
            position += 1
        }

        mutating func value(for id: String) throws(BatchError) -> Value {
            switch peek {
            case UInt8(ascii: "\""): return .text(try string())
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number(for: id)
            case UInt8(ascii: "["):
                position += 1
                var items: [String] = []
                skipSpace()
                if peek == UInt8(ascii: "]") {
                    position += 1
                    return .list(items)
                }
                while true {
                    skipSpace()
                    switch peek {
                    case UInt8(ascii: "\""): items.append(try string())
                    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                        guard case .number(let literal, let whole) = try number(for: id) else { break }
                        guard whole else { throw BatchError.value(node: id, message: "must be a whole number, not \(literal)") }
                        items.append(literal)
                    default: throw BatchError.value(node: id, message: "has a list item that is neither a label nor a whole number")
                    }
                    skipSpace()
                    if peek == UInt8(ascii: ",") {
                        position += 1
                        continue
                    }
                    try expect(UInt8(ascii: "]"), "expected ',' or ']' in the list for '\(id)'")
                    return .list(items)
                }
            case UInt8(ascii: "{"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                throw BatchError.value(node: id, message: "must be a label, a whole number or a list")
            default:
                throw error("expected an answer for '\(id)'")
            }
        }

        /// The node index of a plain node id at the cursor (on its opening quote): the bytes up
        /// to the closing quote, without escapes or control characters, name a node in `ids`.
        /// Moves past the closing quote when it does; otherwise stays put and returns `nil`.
        mutating func knownID(in ids: ByteTable<Int>) -> Int? {
            let start = position + 1
            var end = start
            while end < bytes.count {
                let byte = bytes[end]
                if byte == UInt8(ascii: "\"") { break }
                if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
                end += 1
            }
            guard end < bytes.count, let index = ids.value(tag: 0, UnsafeBufferPointer(rebasing: bytes[start..<end])) else {
                return nil
            }
            position = end + 1
            return index
        }

        /// Where `"ID": VALUE` at the cursor (on the id's opening quote) ends, without moving,
        /// when the id has no escapes or control characters and the value is plain (see
        /// ``plainValueEnd(from:)``); `nil` otherwise.
        func plainPairEnd() -> Int? {
            var index = position + 1
            while true {
                guard index < bytes.count else { return nil }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { break }
                if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
                index += 1
            }
            index = spaceEnd(from: index + 1)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
            return plainValueEnd(from: spaceEnd(from: index + 1))
        }

        /// Where the white space from `start` ends (as ``skipSpace()`` skips it).
        private func spaceEnd(from start: Int) -> Int {
            var index = start
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0D, 0x0A: index += 1
                default: return index
                }
            }
            return index
        }

        /// Where a plain value from `start` ends, without moving: a string without escapes or
        /// control characters (to its closing quote), a list of such strings and numbers (to its
        /// `]`), or the run of number characters (`0-9 . e E + -`) a number is read from; `nil`
        /// for anything else. The caller compares it with where the parser stopped.
        func plainValueEnd(from start: Int) -> Int? {
            var index = start
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "\"") { return index + 1 }
                    if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
                    index += 1
                }
                return nil
            case UInt8(ascii: "["):
                index += 1
                var quoted = false
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
                    if byte == UInt8(ascii: "\"") {
                        quoted.toggle()
                    } else if !quoted {
                        if byte == UInt8(ascii: "]") { return index + 1 }
                        if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") { return nil }
                    }
                    index += 1
                }
                return nil
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                while index < bytes.count {
                    switch bytes[index] {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
                        UInt8(ascii: "+"), UInt8(ascii: "-"):
                        index += 1
                    default: return index
                    }
                }
                return index
            default:
                return nil
            }
        }

        /// Reads a JSON number (`-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`, nothing looser:
        /// no `01`, no `+1`, no `.5`) and returns its text whole, however many digits it has, so
        /// that an answer that does not fit is echoed as written. A fraction or exponent is not a
        /// whole number; `-0` and other negative numbers are read, and then fit no node.
        mutating func number(for id: String) throws(BatchError) -> Value {
            let start = position
            if peek == UInt8(ascii: "-") { position += 1 }
            guard isDigit(peek), !isAtEnd else { throw BatchError.syntax(column: position + 1, message: "expected a digit") }
            if peek == UInt8(ascii: "0") {
                position += 1
                if isDigit(peek), !isAtEnd {
                    throw BatchError.syntax(
                        column: start + 1,
                        message: "a JSON number cannot start with 0 (\(text(from: start))); write it without the leading zero")
                }
            } else {
                skipDigits()
            }
            var whole = true
            if peek == UInt8(ascii: "."), !isAtEnd {
                position += 1
                guard isDigit(peek), !isAtEnd else { throw BatchError.syntax(column: position + 1, message: "expected a digit after '.'") }
                skipDigits()
                whole = false
            }
            if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E"), !isAtEnd {
                position += 1
                if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-"), !isAtEnd { position += 1 }
                guard isDigit(peek), !isAtEnd else {
                    throw BatchError.syntax(column: position + 1, message: "expected a digit in the exponent")
                }
                skipDigits()
                whole = false
            }
            let literal = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            return .number(literal, whole: whole)
        }

        private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

        private mutating func skipDigits() {
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }

        private func text(from start: Int) -> String {
            var end = position
            while end < bytes.count, ![0x20, 0x2C, 0x7D, 0x5D].contains(bytes[end]) { end += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }

        /// Reads a JSON string starting at its opening quote.
        mutating func string() throws(BatchError) -> String {
            let open = position
            position += 1
            let start = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                    position += 1
                    return text
                }
                if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
                if byte < 0x20 { throw error("control character in a string") }
                position += 1
            }
            throw BatchError.syntax(column: open + 1, message: "unterminated string")
        }

        private mutating func escapedString(from start: Int) throws(BatchError) -> String {
            var out = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                switch byte {
                case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard position < bytes.count else { break }
                    let escape = bytes[position]
                    position += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        var scalar = try hex4()
                        if (0xD800..<0xDC00).contains(scalar) {
                            guard peek == UInt8(ascii: "\\") else { throw error("lone surrogate in \\u escape") }
                            position += 1
                            try expect(UInt8(ascii: "u"), "lone surrogate in \\u escape")
                            let low = try hex4()
                            guard (0xDC00..<0xE000).contains(low) else { throw error("invalid surrogate pair") }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let unicode = Unicode.Scalar(scalar) else { throw error("invalid \\u escape") }
                        out.append(contentsOf: Array(String(Character(unicode)).utf8))
                    default:
                        throw BatchError.syntax(column: position, message: "invalid escape '\\\(Character(Unicode.Scalar(escape)))'")
                    }
                case 0..<0x20:
                    throw BatchError.syntax(column: position, message: "control character in a string")
                default:
                    out.append(byte)
                }
            }
            throw error("unterminated string")
        }

        private mutating func hex4() throws(BatchError) -> UInt32 {
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = peek
                let digit: UInt32
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
                default: throw error("expected four hex digits in \\u escape")
                }
                value = value * 16 + digit
                position += 1
            }
            return value
        }
    }
}
