/// A parsed answer to one node.
public enum Answer: Hashable, Sendable {
    /// A question's answer: the index of the chosen edge in ``Node/edges``.
    case choice(Int)
    /// A checklist's answer: the indices of the items that apply; empty means none.
    case items([Int])
    /// Going on past a refer step that has a `next` edge.
    case next

    /// The index of the edge this answer takes out of `node`.
    public func edgeIndex(in node: Node) -> Int {
        switch self {
        case .choice(let index): index
        case .items(let chosen): chosen.isEmpty ? 1 : 0
        case .next: 0
        }
    }

    /// The answer as a person would type it: a label, comma-separated item labels, `none` or `next`.
    public func label(in node: Node) -> String {
        switch self {
        case .choice(let index): node.edges[index].label
        case .items(let chosen): chosen.isEmpty ? Node.noneLabel : chosen.map { node.items[$0] }.joined(separator: ", ")
        case .next: Node.nextLabel
        }
    }
}

/// An answer that does not fit the node it was given to.
public struct AnswerError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The node's id.
    public let node: String
    /// What was given.
    public let given: String
    /// The valid answers, as a person would type them.
    public let valid: [String]

    /// Creates an error for `given` at the node `node`, which accepts `valid`.
    public init(node: String, given: String, valid: [String]) {
        self.node = node
        self.given = given
        self.valid = valid
    }

    public var description: String {
        "'\(given)' is not an answer to '\(node)'; valid: \(valid.joined(separator: ", "))"
    }
}

/// Parses typed answers: labels (case-insensitive, Unicode-aware) or 1-based numbers.
public enum AnswerParser {
    /// Parses `text` as an answer to `node`.
    ///
    /// - A question takes a label or a 1-based number. A label wins over a number, so a
    ///   question whose labels are numbers is answered by label.
    /// - A checklist takes `none` or `0`, or items by label or number, separated by commas
    ///   (`1,3` or `Tingling, Active urination`) or, for numbers, by spaces (`1 3`).
    /// - A refer step with `next` takes `next` or an empty answer.
    public static func parse(_ text: String, for node: Node) throws(AnswerError) -> Answer {
        let trimmed = text.trimmingWhitespace
        switch node.kind {
        case .question:
            if let index = node.edges.firstIndex(where: { matches($0.label, trimmed) }) { return .choice(index) }
            if let number = Int(trimmed), number >= 1, number <= node.edges.count { return .choice(number - 1) }
        case .checklist:
            if matches(Node.noneLabel, trimmed) || trimmed == "0" { return .items([]) }
            if let items = parseItems(trimmed, in: node) { return .items(items) }
        case .refer:
            if !node.edges.isEmpty, trimmed.isEmpty || matches(Node.nextLabel, trimmed) { return .next }
        case .outcome:
            break
        }
        throw invalid(text, for: node)
    }

    /// Parses a checklist answer given as a list (from JSON or YAML): each element a label or a number.
    public static func parse(items: [String], for node: Node) throws(AnswerError) -> Answer {
        guard node.kind == .checklist else { throw invalid(items.joined(separator: ", "), for: node) }
        var chosen: [Int] = []
        for item in items {
            let trimmed = item.trimmingWhitespace
            if items.count == 1, matches(Node.noneLabel, trimmed) || trimmed == "0" { return .items([]) }
            guard let index = itemIndex(trimmed, in: node) else { throw invalid(items.joined(separator: ", "), for: node) }
            if !chosen.contains(index) { chosen.append(index) }
        }
        return .items(chosen.sorted())
    }

    /// The answers `node` accepts, as a person would type them.
    public static func validAnswers(for node: Node) -> [String] {
        switch node.kind {
        case .question: node.edges.map(\.label)
        case .checklist: node.items + [Node.noneLabel]
        case .refer: node.edges.isEmpty ? [] : [Node.nextLabel]
        case .outcome: []
        }
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
        label == text || label.lowercased() == text.lowercased()
    }

    private static func invalid(_ text: String, for node: Node) -> AnswerError {
        AnswerError(node: node.id, given: text, valid: validAnswers(for: node))
    }
}

extension String {
    /// The string without leading and trailing white space.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
