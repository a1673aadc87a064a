// Loading/: typed reads of YAML mappings and scalars that report their own located problems.

/// Reads YAML mappings and scalars into typed fields, collecting diagnostics as it goes.
///
/// Every read reports its own problems and returns `nil`, so one pass finds every problem
/// in a file rather than stopping at the first.
struct MappingReader {
    let file: String
    /// Every problem found, counted; the first ``Diagnostic/limitPerFile`` kept.
    private(set) var found = DiagnosticList()

    /// The diagnostics kept, in the order found.
    var diagnostics: [Diagnostic] { found.kept }

    init(file: String) { self.file = file }

    /// Takes what `other` found, after what this reader found so far, as if found here.
    mutating func append(_ other: MappingReader) { found.append(contentsOf: other.found) }

    /// Reports a problem about `span`, with its rule's default severity unless `severity` is given.
    mutating func report(
        _ rule: Rule, _ message: String, at span: SourceRange,
        severity: Diagnostic.Severity? = nil, fixIts: [FixIt] = []
    ) {
        found.append(Diagnostic(rule, message, at: span, in: file, severity: severity, fixIts: fixIts))
    }

    /// Reports a problem at a point, with its rule's default severity unless `severity` is given.
    mutating func report(
        _ rule: Rule, _ message: String, at location: SourceLocation,
        severity: Diagnostic.Severity? = nil, fixIts: [FixIt] = []
    ) {
        report(rule, message, at: SourceRange(at: location), severity: severity, fixIts: fixIts)
    }

    /// The pairs of a mapping whose keys are text, each key once: later duplicates are
    /// reported (as `what`, e.g. "node id") and dropped.
    ///
    /// An unknown key is reported once. When a did-you-mean names a key the mapping does not
    /// already have (`anwsers` for `answers`), the pair is then read as that key, so the rest of
    /// the file is checked as the author meant it, with no errors that follow from the typo.
    mutating func pairs<Value: YAMLValue>(
        of node: Value, what: String = "key", allowed: [String]? = nil, caseInsensitive: Bool = false
    ) -> [(key: String, keyLocation: SourceLocation, value: Value)] {
        guard let mapping = node.mapping else { return [] }
        // A key's identity is what makes two keys the same: its text, or its text lowercased.
        // Among few keys, the kept ones are found in `result` (a renamed key's identity is its
        // new name, which is lowercase unless `caseInsensitive` and `allowed` are both given).
        var seen = SeenKeys(expected: mapping.count, caseInsensitive: caseInsensitive, scanningKept: !(caseInsensitive && allowed != nil))
        var result: [(key: String, keyLocation: SourceLocation, value: Value)] = []
        result.reserveCapacity(mapping.count)
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar else {
                reportKeyNotText(what, kindDescription: keyNode.kindDescription, at: keyNode.location)
                continue
            }
            let identity = caseInsensitive ? key.lowercased() : key
            if let first = seen.location(of: identity, kept: result) {
                reportDuplicateKey(what, key, first: first, at: keyNode.location)
                continue
            }
            if let allowed, !allowed.contains(key) {
                seen.noteUnkept(identity, at: keyNode.location)
                let suggestion = Suggestion.closest(to: key, in: allowed)
                report(
                    .unknownKey, "unknown key '\(key)'\(Suggestion.hint(suggestion))", at: keyNode.span,
                    fixIts: Suggestion.fixIts(suggestion, replacing: keyNode.textSpan))
                guard let suggestion, !mapping.contains(where: { $0.key.scalar == suggestion }),
                    seen.location(of: suggestion, kept: result) == nil
                else { continue }
                seen.noteKept(suggestion, at: keyNode.location)
                result.append((suggestion, keyNode.location, value))
                continue
            }
            seen.noteKept(identity, at: keyNode.location)
            result.append((key, keyNode.location, value))
        }
        return result
    }

    /// Reports a mapping's key that is a collection (`what` names the keys, e.g. "node id").
    mutating func reportKeyNotText(_ what: String, kindDescription: String, at location: SourceLocation) {
        report(.wrongType, "a \(what) must be text, not \(kindDescription)", at: location)
    }

    /// Reports a mapping's key written again (`what` names the keys, e.g. "node id"), with where it first is.
    mutating func reportDuplicateKey(_ what: String, _ key: String, first: SourceLocation, at location: SourceLocation) {
        report(.duplicateKey, "duplicate \(what) '\(key)'; the first is at line \(first.line), column \(first.column)", at: location)
    }

    /// The value as text, or `nil` (reported) when it is a collection or, unless `allowEmpty`, blank.
    /// `field` names the value in a message, and is made only for one.
    mutating func text<Value: YAMLValue>(_ node: Value, field: @autoclosure () -> String, allowEmpty: Bool = false) -> String? {
        guard let value = node.scalar else {
            report(.wrongType, "'\(field())' must be text, not \(node.kindDescription)", at: node.span)
            return nil
        }
        if !allowEmpty, Self.isBlank(value) {
            report(.emptyText, "'\(field())' is empty", at: node.span)
            return nil
        }
        return value
    }

    /// Whether the text is empty or only whitespace.
    static func isBlank(_ text: String) -> Bool {
        !startsWithVisibleASCII(text) && text.allSatisfy(\.isWhitespace)
    }

    /// Whether the text starts with a printable ASCII character other than a space: then its
    /// first `Character` is not whitespace, found without breaking the text into `Character`s.
    private static func startsWithVisibleASCII(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first > 0x20 && first < 0x7F
    }

    /// The value as a list of non-empty text items, or `nil` (reported) when it is not a list.
    mutating func textList<Value: YAMLValue>(_ node: Value, field: String) -> [(text: String, location: SourceLocation)]? {
        guard let items = node.sequence else {
            report(.wrongType, "'\(field)' must be a list, not \(node.kindDescription)", at: node.location)
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
            report(.invalidID, "node id '\(id)' may hold only ASCII letters, digits, '_', '-' and '.'", at: location)
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

    /// The value as an urgency word, or `nil` (reported, with the words allowed).
    mutating func urgency<Value: YAMLValue>(_ node: Value, field: String) -> Urgency? {
        guard let word = text(node, field: field) else { return nil }
        if let urgency = Urgency(rawValue: word) { return urgency }
        let names = Urgency.allCases.map(\.rawValue)
        let meant = Suggestion.closest(to: word, in: names)
        report(
            .unknownUrgency, "unknown urgency '\(word)'\(Suggestion.hint(meant)); use one of \(names.joined(separator: ", "))",
            at: node.span,
            fixIts: Suggestion.fixIts(meant, replacing: node.textSpan))
        return nil
    }

    /// `source:` as a file name, or a mapping `{file, title, sha256}`, into the draft.
    mutating func sourceDocument(_ node: YAMLNode, into draft: inout TreeDraft) {
        draft.sourceLocation = node.location
        if node.scalar != nil {
            if let file = text(node, field: "source") { draft.source = SourceDocument(file: file) }
            return
        }
        guard node.mapping != nil else {
            report(
                .wrongType, "'source' must be a file name or a mapping of file, title and sha256, not \(node.kindDescription)",
                at: node.location)
            return
        }
        var document = SourceDocument(file: "")
        var hasFile = false
        for (key, _, value) in pairs(of: node, allowed: ["file", "title", "sha256"]) {
            switch key {
            case "file":
                if let file = text(value, field: "source file") {
                    document.file = file
                    hasFile = true
                    draft.sourceLocation = value.location
                }
            case "title": document.title = text(value, field: "source title")
            case "sha256":
                guard let digest = text(value, field: "source sha256") else { continue }
                let lowered = digest.lowercased()
                if lowered.count == 64, lowered.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || ("a"..."f").contains($0) }) {
                    document.sha256 = lowered
                    draft.sha256Location = value.location
                } else {
                    report(.wrongType, "'sha256' must be 64 hexadecimal digits, the SHA-256 of the source file", at: value.location)
                }
            default: break
            }
        }
        if hasFile {
            draft.source = document
        } else {
            report(.missingField, "'source' needs 'file': the source document's file name", at: node.location)
        }
    }

    /// `specialists:` as a list of ids, or a mapping of id to display name, into the draft.
    mutating func specialists(_ value: YAMLNode, into draft: inout TreeDraft) {
        if value.mapping != nil {
            var names: [(name: String, location: SourceLocation)] = []
            for (id, location, nameNode) in pairs(of: value, what: "specialist") {
                names.append((id, location))
                if let name = text(nameNode, field: "specialist '\(id)'") { draft.specialistNames[id] = name }
            }
            draft.specialists = names
            return
        }
        guard let list = value.sequence != nil ? textList(value, field: "specialists") : nil else {
            report(
                .wrongType,
                "'specialists' must be a list of specialists, or a mapping of specialist to display name, not \(value.kindDescription)",
                at: value.location)
            return
        }
        var seen = [String: SourceLocation]()
        var names: [(name: String, location: SourceLocation)] = []
        for (name, location) in list {
            if let first = seen[name] {
                report(
                    .duplicateKey, "duplicate specialist '\(name)'; the first is at line \(first.line), column \(first.column)",
                    at: location)
            } else {
                seen[name] = location
                names.append((name, location))
            }
        }
        draft.specialists = names
    }

    /// `urgencies:`, a mapping of urgency word to the tree's own words for it, into the draft.
    mutating func urgencyWords(_ value: YAMLNode, into draft: inout TreeDraft) {
        guard value.mapping != nil else {
            report(
                .wrongType, "'urgencies' must be a mapping of urgency to the words shown for it, not \(value.kindDescription)",
                at: value.location)
            return
        }
        for (word, location, wording) in pairs(of: value, what: "urgency") {
            guard let urgency = Urgency(rawValue: word) else {
                let names = Urgency.allCases.map(\.rawValue)
                let meant = Suggestion.closest(to: word, in: names)
                let key = value.key(at: location)
                report(
                    .unknownUrgency, "unknown urgency '\(word)'\(Suggestion.hint(meant)); use one of \(names.joined(separator: ", "))",
                    at: key?.span ?? SourceRange(at: location), fixIts: key.map { Suggestion.fixIts(meant, replacing: $0.textSpan) } ?? [])
                continue
            }
            if let words = text(wording, field: "urgency '\(word)'") { draft.urgencyWords[urgency] = words }
        }
    }
}

/// The keys of one mapping seen so far, with where each was first written.
///
/// A node's mapping holds a handful of keys, where a linear scan beats hashing every key: the
/// keys kept are scanned in the pairs kept so far, so nothing is allocated for them, and only
/// the keys not kept (unknown ones) are listed here. A mapping of many keys uses a dictionary
/// sized up front.
private struct SeenKeys {
    /// Mappings of more pairs than this use the dictionary.
    static let linearLimit = 16

    /// Among few keys: those seen but not kept.
    private var unkept: [(key: String, location: SourceLocation)] = []
    /// Among many keys (or when a kept pair's key is not its identity): every key seen.
    private var many: [String: SourceLocation]?
    /// Whether identities are lowercased keys.
    private let caseInsensitive: Bool

    init(expected count: Int, caseInsensitive: Bool, scanningKept: Bool) {
        self.caseInsensitive = caseInsensitive
        if count > Self.linearLimit || !scanningKept { many = Dictionary(minimumCapacity: count) }
    }

    /// Where the key of `identity` was first written, among `kept` and the keys noted unkept.
    func location<Value>(of identity: String, kept: [(key: String, keyLocation: SourceLocation, value: Value)]) -> SourceLocation? {
        if let many { return many[identity] }
        if let pair = kept.first(where: { (caseInsensitive ? $0.key.lowercased() : $0.key) == identity }) { return pair.keyLocation }
        return unkept.first { $0.key == identity }?.location
    }

    /// Notes a key kept (among few, already in the pairs kept).
    mutating func noteKept(_ identity: String, at location: SourceLocation) {
        many?[identity] = location
    }

    /// Notes a key seen but not kept.
    mutating func noteUnkept(_ identity: String, at location: SourceLocation) {
        if many != nil {
            many?[identity] = location
        } else {
            unkept.append((identity, location))
        }
    }
}
