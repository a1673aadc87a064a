/// Reads YAML mappings and scalars into typed fields, collecting diagnostics as it goes.
///
/// Every read reports its own problems and returns `nil`, so one pass finds every problem
/// in a file rather than stopping at the first.
struct MappingReader {
    let file: String
    var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    mutating func error(_ rule: Rule, _ message: String, at location: SourceLocation) {
        diagnostics.append(.error(rule, message, at: location, in: file))
    }

    mutating func warning(_ rule: Rule, _ message: String, at location: SourceLocation) {
        diagnostics.append(.warning(rule, message, at: location, in: file))
    }

    /// The pairs of a mapping whose keys are text, each key once: later duplicates are
    /// reported (as `what`, e.g. "node id") and dropped. Unknown keys are reported with a suggestion.
    mutating func pairs(
        of node: YAMLNode, what: String = "key", allowed: [String]? = nil, caseInsensitive: Bool = false
    ) -> [(key: String, keyLocation: SourceLocation, value: YAMLNode)] {
        guard let mapping = node.mapping else { return [] }
        var seen: [String: SourceLocation] = [:]
        var result: [(key: String, keyLocation: SourceLocation, value: YAMLNode)] = []
        result.reserveCapacity(mapping.count)
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar else {
                error(.wrongType, "a \(what) must be text, not \(keyNode.kindDescription)", at: keyNode.location)
                continue
            }
            let identity = caseInsensitive ? key.lowercased() : key
            if let first = seen[identity] {
                error(.duplicateKey, "duplicate \(what) '\(key)'; the first is at line \(first.line), column \(first.column)", at: keyNode.location)
                continue
            }
            seen[identity] = keyNode.location
            if let allowed, !allowed.contains(key) {
                error(.unknownKey, "unknown key '\(key)'\(Suggestion.hint(for: key, in: allowed))", at: keyNode.location)
                continue
            }
            result.append((key, keyNode.location, value))
        }
        return result
    }

    /// The value as text, or `nil` (reported) when it is a collection or, unless `allowEmpty`, blank.
    mutating func text(_ node: YAMLNode, field: String, allowEmpty: Bool = false) -> String? {
        guard let value = node.scalar else {
            error(.wrongType, "'\(field)' must be text, not \(node.kindDescription)", at: node.location)
            return nil
        }
        if !allowEmpty, value.allSatisfy(\.isWhitespace) {
            error(.emptyText, "'\(field)' is empty", at: node.location)
            return nil
        }
        return value
    }

    /// The value as a list of non-empty text items, or `nil` (reported) when it is not a list.
    mutating func textList(_ node: YAMLNode, field: String) -> [(text: String, location: SourceLocation)]? {
        guard let items = node.sequence else {
            error(.wrongType, "'\(field)' must be a list, not \(node.kindDescription)", at: node.location)
            return nil
        }
        var result: [(text: String, location: SourceLocation)] = []
        for item in items {
            if let value = text(item, field: "\(field) item") { result.append((value, item.location)) }
        }
        return result
    }

    /// Whether `id` is a valid node id: letters, digits, `_`, `-` and `.`; reports it otherwise.
    mutating func checkNodeID(_ id: String, at location: SourceLocation) -> Bool {
        guard !id.isEmpty, id.unicodeScalars.allSatisfy(Self.isNodeIDScalar) else {
            error(.invalidID, "node id '\(id)' may hold only ASCII letters, digits, '_', '-' and '.'", at: location)
            return false
        }
        return true
    }

    private static func isNodeIDScalar(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-", ".": true
        default: false
        }
    }
}
