import DecisionTree
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Editing/: what an editor should offer at the cursor in a tree or scenario file, read from
// the text around it (the file may be half typed and not parse).

/// What may be typed at a cursor: a node id, an urgency, a specialist, or a key.
public enum CompletionSite: Equatable, Sendable {
    /// A node id: a target in a tree; an expectation, anchor or answer key in a scenario file.
    case nodeID
    /// One of the urgencies.
    case urgency
    /// A specialist.
    case specialist
    /// A key of a node whose kind key is given (`nil` when it has none yet).
    case nodeKey(kind: String?)
    /// A top-level key.
    case topLevelKey
    /// Nothing dtree can offer.
    case none

    /// The site at `location` (1-based line, column of the cursor) in `source`.
    ///
    /// - Parameters:
    ///   - scenario: whether the file is a scenario file rather than a tree.
    ///   - kindOfNode: the kind key of a node, by id, for key completion inside a node.
    public static func find(
        at location: SourceLocation, in source: SourceText, scenario: Bool,
        kindOfNode: (String) -> String? = { _ in nil }
    ) -> CompletionSite {
        guard let line = source.line(location.line) else { return .none }
        let scalars = Array(line.unicodeScalars)
        let before = String(String.UnicodeScalarView(scalars.prefix(max(0, min(scalars.count, location.column - 1)))))
        let indent = before.prefix { $0 == " " }.count
        let trimmed = before.drop { $0 == " " }
        // Inside a flow mapping or list on this line: the text after its last opener or comma.
        let lastOpen = before.lastIndex { $0 == "{" || $0 == "[" || $0 == "," }
        let segment = lastOpen.map { String(before[before.index(after: $0)...]) } ?? String(trimmed)
        let flowKey = flowOwner(before)
        if let colon = segment.lastIndex(of: ":") {
            let key = segment[..<colon].trimmingWhitespace().trimmingPrefix("- ")
            return value(
                of: String(key), scenario: scenario,
                enclosing: flowKey ?? enclosingKey(above: location.line, indent: indent, in: source))
        }
        if trimmed.hasPrefix("- ") || lastOpen.map({ before[$0] != "{" || segment.contains(":") }) == true {
            // A list item: `through:` takes anchors.
            let owner = flowKey ?? enclosingKey(above: location.line, indent: indent + (trimmed.hasPrefix("- ") ? 1 : 0), in: source)
            return owner == "through" || owner == "node" ? .nodeID : .none
        }
        // A key being typed.
        let owner = flowKey ?? enclosingKey(above: location.line, indent: indent, in: source)
        if scenario { return owner == "answers" ? .nodeID : .none }
        if indent == 0, flowKey == nil { return .topLevelKey }
        guard let owner, owner != "nodes", owner != "answers" else { return .none }
        return .nodeKey(kind: kindOfNode(owner))
    }

    private static func value(of key: String, scenario: Bool, enclosing: String?) -> CompletionSite {
        switch key {
        case "urgency": return .urgency
        case "refer": return .specialist
        case "expect", "after", "through", "node", "reaching": return scenario ? .nodeID : .none
        default:
            if scenario { return .none }
            // A key whose value names a node, by the format table: `start`, `any`, `none`,
            // `next`, an answer (under `answers`), or an answer's `to`.
            let namesNode =
                TreeFormat.topLevelKey(key)?.role == .target || NodeFormat.targetKeyNames.contains(key)
                || key == AnswerFormat.target.name || enclosing.map(NodeFormat.answersKeyNames.contains) == true
            return namesNode ? .nodeID : .none
        }
    }

    /// The key that owns an unclosed flow collection on the line (`answers: {yes: a, no: `).
    private static func flowOwner(_ before: String) -> String? {
        var depth = 0
        for index in before.indices.reversed() {
            switch before[index] {
            case "}", "]": depth += 1
            case "{", "[":
                if depth == 0 {
                    let head = before[..<index].trimmingWhitespace()
                    guard head.hasSuffix(":") else { return nil }
                    let key = head.dropLast().split(whereSeparator: { $0 == " " || $0 == "{" || $0 == "," || $0 == "-" }).last
                    return key.map(String.init)
                }
                depth -= 1
            default: break
            }
        }
        return nil
    }

    /// The key of the nearest line above `lineNumber` indented less than `indent`.
    private static func enclosingKey(above lineNumber: Int, indent: Int, in source: SourceText) -> String? {
        var number = lineNumber - 1
        while number >= 1 {
            if let line = source.line(number) {
                let text = String(line)
                let lineIndent = text.prefix { $0 == " " }.count
                let content = text.drop { $0 == " " }
                if !content.isEmpty, !content.hasPrefix("#"), lineIndent < indent {
                    let entry = content.hasPrefix("- ") ? content.dropFirst(2) : content
                    guard let colon = entry.firstIndex(of: ":") else { return nil }
                    return String(entry[..<colon]).trimmingWhitespace()
                }
            }
            number -= 1
        }
        return nil
    }
}

private extension String {
    func trimmingPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}
