// Execution/: answers and the walks, paths, traces and batches built on them. Imports Model/
// and Diagnostics/ (for did-you-mean) only.

/// Why an answer could not be taken: one type, with one wording, for every source of answers
/// (`--answer NODE=ANSWER`, a typed or piped line, a JSON Lines case, a scenario case).
public enum AnswerError: Error, Hashable, Sendable, CustomStringConvertible {
    /// An answer names a node the tree does not have; `suggestion` is a likely intended id.
    case unknownNode(String, suggestion: String?)
    /// An assignment that is not `NODE=ANSWER`.
    case malformed(String)
    /// A node is answered twice.
    case duplicate(node: String)
    /// An answer does not fit its node; `valid` lists what the node accepts (empty for a
    /// terminal node, which takes no answer).
    case doesNotFit(node: String, given: String, valid: [String])

    public var description: String {
        switch self {
        case let .unknownNode(id, suggestion):
            return "the tree has no node '\(id)'\(Suggestion.hint(suggestion))"
        case let .malformed(text):
            return "'\(text)' is not NODE=ANSWER"
        case let .duplicate(node):
            return "'\(node)' is answered more than once"
        case let .doesNotFit(node, given, valid):
            if valid.isEmpty { return "'\(node)' ends the walk and takes no answer, yet '\(given)' was given" }
            return "'\(given)' is not an answer to '\(node)'\(Suggestion.hint(suggestion)); valid: \(valid.joined(separator: ", "))"
        }
    }

    /// The word likely meant: a node id for an unknown node, an answer for one that does not
    /// fit. The message gives it in words; a diagnostic carries it as a fix-it.
    public var suggestion: String? {
        switch self {
        case let .unknownNode(_, suggestion): suggestion
        case let .doesNotFit(_, given, valid): valid.isEmpty ? nil : Suggestion.closest(to: given, in: valid)
        case .malformed, .duplicate: nil
        }
    }

    /// The error for an id that names no node of `tree`, with a suggestion.
    public static func unknownNode(_ id: String, in tree: Tree) -> AnswerError {
        .unknownNode(id, suggestion: Suggestion.closest(to: id, in: tree.nodes.lazy.map(\.id)))
    }
}

extension Answer {
    /// Parses `text` as an answer to `node`: the one parser for answers written as text.
    ///
    /// - A question takes an answer id (case-insensitive, Unicode-aware), with
    ///   `acceptingLabels` the label the tree gives an answer, or a 1-based number. An id wins
    ///   over a label and a label over a number, so a question whose answers are numbers is
    ///   answered by id. Only a person typing is offered labels: what identifies an answer
    ///   (scenario files, `--answer`, batches) names it by its id, so a label can be reworded
    ///   without breaking a test.
    /// - A checklist takes `none` or `0`, or items by label or number, separated by commas
    ///   (`1,3` or `Tingling, Active urination`) or, for numbers, by spaces (`1 3`).
    /// - A refer step with `next` takes `next` or an empty answer.
    public static func parse(_ text: String, for node: Node, acceptingLabels: Bool = false) throws(AnswerError) -> Answer {
        let trimmed = text.trimmingWhitespace
        switch node.transition {
        case .choose:
            if let index = node.edges.firstIndex(where: { matches($0.answer, trimmed) }) { return .choice(index) }
            if acceptingLabels, let index = node.edges.firstIndex(where: { $0.label.map { matches($0, trimmed) } == true }) {
                return .choice(index)
            }
            if let number = Int(trimmed), number >= 1, number <= node.edges.count { return .choice(number - 1) }
        case .check:
            if matches(Node.noneLabel, trimmed) || trimmed == "0" { return .items([]) }
            if let items = parseItems(trimmed, in: node) { return .items(items) }
        case .pass:
            if trimmed.isEmpty || matches(Node.nextLabel, trimmed) { return .next }
        case .ranges(let table):
            if let value = parseNumber(trimmed, unit: table.unit) {
                if table.range(for: value) != nil { return .number(value) }
            } else if let index = node.edges.firstIndex(where: { matches($0.answer, trimmed) }) {
                return .choice(index)
            }
        case .end:
            break
        }
        throw doesNotFit(text, node)
    }

    /// Parses a checklist answer given as a list (from JSON or YAML): each element a label or a number.
    public static func parse(items: [String], for node: Node) throws(AnswerError) -> Answer {
        guard case .check = node.transition else { throw doesNotFit("[" + items.joined(separator: ", ") + "]", node) }
        var chosen: [Int] = []
        for item in items {
            let trimmed = item.trimmingWhitespace
            if items.count == 1, matches(Node.noneLabel, trimmed) || trimmed == "0" { return .items([]) }
            guard let index = itemIndex(trimmed, in: node) else { throw doesNotFit(item, node) }
            if !chosen.contains(index) { chosen.append(index) }
        }
        return .items(chosen.sorted())
    }

    /// The answers `node` accepts, as a person would type them.
    public static func valid(for node: Node) -> [String] {
        switch node.transition {
        case .choose: node.edges.map(\.answer)
        case .check: node.items + [Node.noneLabel]
        case .pass: [Node.nextLabel]
        case .ranges: [node.number?.valuesDescription ?? ""] + node.edges.map(\.answer)
        case .end: []
        }
    }

    /// A number as typed: decimal digits, optionally followed by the node's unit
    /// (`63`, `63 years`, `37.5°C`); `nil` when the text is not that.
    static func parseNumber(_ text: String, unit: String?) -> ExactDecimal? {
        if let value = ExactDecimal(text) { return value }
        guard let unit, !unit.isEmpty else { return nil }
        let lowered = text.lowercased(), unitLowered = unit.lowercased()
        guard lowered.hasSuffix(unitLowered) else { return nil }
        return ExactDecimal(String(lowered.dropLast(unitLowered.count)).trimmingWhitespace)
    }

    /// The answer as text: a label, the items that apply joined by `, `, `none` or `next`. An
    /// index the node does not have is shown as its 1-based number, so an answer that does not
    /// fit can still be named in a message.
    public func text(at node: Node) -> String {
        switch self {
        case .choice(let index):
            return node.edges.indices.contains(index) ? node.edges[index].answer : "\(index + 1)"
        case .items(let chosen):
            let items = node.items
            return chosen.isEmpty
                ? Node.noneLabel : chosen.map { items.indices.contains($0) ? items[$0] : "\($0 + 1)" }.joined(separator: ", ")
        case .next:
            return Node.nextLabel
        case .number(let value):
            return value.description
        }
    }

    /// The answer as a person reads it: a question's answer by its display label
    /// (``Node/readableLabel(ofEdge:)``); otherwise as ``text(at:)`` gives it.
    public func readableText(at node: Node) -> String {
        if case .choice(let index) = self, node.kind == .question || node.kind == .number, node.edges.indices.contains(index) {
            return node.readableLabel(ofEdge: index)
        }
        if case .number(let value) = self, let unit = node.number?.unit { return "\(value) \(unit)" }
        return text(at: node)
    }

    private static func parseItems(_ text: String, in node: Node) -> [Int]? {
        if let index = itemIndex(text, in: node) { return [index] }
        var parts = text.split(separator: ",").map { String($0).trimmingWhitespace }
        if parts.count == 1 { parts = text.split(whereSeparator: \.isWhitespace).map(String.init) }
        var chosen: [Int] = []
        for part in parts where !part.isEmpty {
            guard let index = itemIndex(part, in: node) else { return nil }
            if !chosen.contains(index) { chosen.append(index) }
        }
        return chosen.isEmpty ? nil : chosen.sorted()
    }

    private static func itemIndex(_ text: String, in node: Node) -> Int? {
        if let index = node.items.firstIndex(where: { matches($0, text) }) { return index }
        if let number = Int(text), number >= 1, number <= node.items.count { return number - 1 }
        return nil
    }

    /// Case-insensitive, Unicode-aware comparison (`да` matches `Да`).
    static func matches(_ label: String, _ text: String) -> Bool {
        if label == text { return true }
        if let equal = asciiEqualIgnoringCase(label, text) { return equal }
        return label.lowercased() == text.lowercased()
    }

    /// For two ASCII strings, whether they are equal ignoring case, which is what comparing
    /// their `lowercased()` gives for ASCII, without making two new strings; `nil` when either
    /// is not ASCII (a non-ASCII letter such as the Kelvin sign can lowercase to ASCII).
    private static func asciiEqualIgnoringCase(_ label: String, _ text: String) -> Bool? {
        var label = label
        var text = text
        return label.withUTF8 { left in
            text.withUTF8 { right -> Bool? in
                guard isASCII(right), isASCII(left) else { return nil }
                guard left.count == right.count else { return false }
                for index in 0..<left.count {
                    let a = left[index], b = right[index]
                    if a != b, (a | 0x20) != (b | 0x20) || !(0x61...0x7A).contains(a | 0x20) { return false }
                }
                return true
            }
        }
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var union: UInt8 = 0
        for byte in bytes { union |= byte }
        return union < 0x80
    }

    private static func doesNotFit(_ text: String, _ node: Node) -> AnswerError {
        .doesNotFit(node: node.id, given: text.trimmingWhitespace, valid: valid(for: node))
    }
}

extension String {
    /// The string without leading and trailing white space.
    var trimmingWhitespace: String {
        // Text that starts and ends with a visible ASCII character has nothing to trim.
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
