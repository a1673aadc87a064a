// Scenarios/: the scenario file format, decoded against its tree.

/// Decodes the cases and invariants of a scenario file against its tree, reporting every problem.
struct ScenarioDecoder {
    static let caseKeys = ["name", "answers", "expect", "unreviewed"]
    static let invariantKeys = ["name", "after", "expect", "reaching", "through", "not-through", "asks"]
    static let expectationKeys = ["node", "refer", "urgency"]

    var reader: MappingReader
    let tree: Tree
    private let specialists: [String]
    private var names: [String: SourceLocation] = [:]

    init(reader: MappingReader, tree: Tree) {
        self.reader = reader
        self.tree = tree
        var used: [String] = tree.specialists ?? []
        for node in tree.nodes { if let s = node.referral?.specialist, !used.contains(s) { used.append(s) } }
        self.specialists = used
    }

    private var errorCount: Int { reader.found.errors }

    // MARK: Cases

    mutating func decodeCases(_ value: YAMLNode) -> [ScenarioCase] {
        guard let items = list(value, field: "cases") else { return [] }
        return items.compactMap { decodeCase($0) }
    }

    private mutating func decodeCase(_ item: YAMLNode) -> ScenarioCase? {
        guard item.mapping != nil else {
            reader.report(
                .wrongType, "a case must be a mapping with name, answers and expect, not \(item.kindDescription)", at: item.location)
            return nil
        }
        let before = errorCount
        let pairs = reader.pairs(of: item, allowed: Self.caseKeys)
        let name = decodeName(pairs, entry: item, what: "case")
        var answers = Answers(tree: tree)
        var locations: [Int: SourceLocation] = [:]
        var expectation: Expectation?
        var unreviewed = false
        for (key, _, value) in pairs {
            switch key {
            case "answers": (answers, locations) = decodeAnswers(value)
            case "expect": expectation = decodeExpectation(value, terminal: true)
            case "unreviewed":
                switch value.scalar?.lowercased() {
                case "true": unreviewed = true
                case "false": unreviewed = false
                default: reader.report(.wrongType, "'unreviewed' must be true or false, not \(value.kindDescription)", at: value.location)
                }
            default: break
            }
        }
        if !pairs.contains(where: { $0.key == "expect" }) {
            reader.report(.missingField, "case '\(name)' has no 'expect': give a node id or {node, refer, urgency}", at: item.location)
        }
        let broken = errorCount > before
        var scenario = ScenarioCase(
            name: name, location: item.location, answers: answers, answerLocations: locations,
            expectation: expectation ?? Expectation(location: item.location), isBroken: broken)
        scenario.isUnreviewed = unreviewed
        return scenario
    }

    /// A case's answers, parsed by ``Answers`` as every other source of answers is, and where
    /// each node is named.
    private mutating func decodeAnswers(_ value: YAMLNode) -> (Answers, [Int: SourceLocation]) {
        var answers = Answers(tree: tree)
        var locations: [Int: SourceLocation] = [:]
        guard value.mapping != nil else {
            if value.scalar?.isEmpty != true {
                reader.report(
                    .wrongType, "'answers' must be a mapping of node id to answer, not \(value.kindDescription)", at: value.location)
            }
            return (answers, locations)
        }
        for (id, keyLocation, answerNode) in reader.pairs(of: value, what: "node in answers") {
            do throws(AnswerError) {
                let index: Int
                if let text = answerNode.scalar {
                    index = try answers.set(text, forNodeID: id, in: tree)
                } else if let list = answerNode.sequence {
                    if let bad = list.first(where: { $0.scalar == nil }) {
                        reader.report(.wrongType, "a checklist item must be text, not \(bad.kindDescription)", at: bad.location)
                        continue
                    }
                    index = try answers.set(items: list.compactMap(\.scalar), forNodeID: id, in: tree)
                } else {
                    reader.report(
                        .wrongType, "the answer to '\(id)' must be text or a list of items, not \(answerNode.kindDescription)",
                        at: answerNode.location)
                    continue
                }
                locations[index] = keyLocation
            } catch {
                report(error, key: value.key(at: keyLocation), at: keyLocation, answer: answerNode)
            }
        }
        return (answers, locations)
    }

    /// Reports an answer error at the key for an unknown node, else at the answer (at the
    /// first list element that does not fit, when there is one).
    private mutating func report(_ error: AnswerError, key: YAMLNode?, at keyLocation: SourceLocation, answer: YAMLNode) {
        let keySpan = key?.span ?? SourceRange(at: keyLocation)
        switch error {
        case .unknownNode:
            reader.report(
                .unknownNode, error.description, at: keySpan,
                fixIts: key.map { Suggestion.fixIts(error.suggestion, replacing: $0.textSpan) } ?? [])
        case .doesNotFit(_, let given, _):
            var subject = answer
            if let list = answer.sequence, let element = list.first(where: { $0.scalar?.trimmingWhitespace == given }) {
                subject = element
            }
            reader.report(
                .unknownAnswer, error.description, at: subject.span,
                fixIts: subject.scalar == nil ? [] : Suggestion.fixIts(error.suggestion, replacing: subject.textSpan))
        case .malformed, .duplicate:
            reader.report(.unknownAnswer, error.description, at: keySpan)
        }
    }

    // MARK: Invariants

    mutating func decodeInvariants(_ value: YAMLNode) -> [Invariant] {
        guard let items = list(value, field: "invariants") else { return [] }
        return items.compactMap { decodeInvariant($0) }
    }

    private mutating func decodeInvariant(_ item: YAMLNode) -> Invariant? {
        guard item.mapping != nil else {
            reader.report(
                .wrongType,
                "an invariant must be a mapping with name and either after/expect or reaching/through, not \(item.kindDescription)",
                at: item.location)
            return nil
        }
        let before = errorCount
        let pairs = reader.pairs(of: item, allowed: Self.invariantKeys)
        let name = decodeName(pairs, entry: item, what: "invariant")
        let present = Dictionary(pairs.map { ($0.key, ($0.keyLocation, $0.value)) }, uniquingKeysWith: { first, _ in first })
        var claim: Invariant.Claim?
        if let asks = present["asks"] {
            for other in ["after", "reaching", "expect", "through", "not-through"] {
                if let entry = present[other] {
                    reader.report(
                        .keyNotAllowed, "'\(other)' does not belong with 'asks': every path asks the node, whatever it ends at", at: entry.0
                    )
                }
            }
            if let anchor = decodeAnchor(asks.1, field: "asks") {
                if case .node(let node) = anchor {
                    claim = .asks(node)
                } else {
                    reader.report(.wrongType, "'asks' names a node (every path asks it), not an answer NODE=ANSWER", at: asks.1.location)
                }
            }
            return Invariant(name: name, location: item.location, claim: errorCount > before ? nil : claim)
        }
        if let notThrough = present["not-through"] {
            if let through = present["through"] {
                reader.report(.keyNotAllowed, "an invariant has either 'through' or 'not-through', not both", at: through.0)
            }
            if let after = present["after"] {
                reader.report(.keyNotAllowed, "'not-through' belongs with 'reaching', not with 'after'", at: after.0)
            }
            if let expect = present["expect"] {
                reader.report(
                    .keyNotAllowed, "'expect' belongs with 'after'; with 'not-through', name what no path may reach in 'reaching'",
                    at: expect.0)
            }
            guard let reaching = present["reaching"] else {
                reader.report(
                    .missingField, "invariant '\(name)' has 'not-through' but no 'reaching': what no path through it may reach",
                    at: item.location)
                return Invariant(name: name, location: item.location, claim: nil)
            }
            let expectation = decodeExpectation(reaching.1, terminal: false, mayMatchNothing: true)
            let anchors = decodeAnchors(notThrough.1, field: "not-through")
            if let expectation, let anchors, !anchors.isEmpty { claim = .notReaching(expectation, through: anchors) }
            return Invariant(name: name, location: item.location, claim: errorCount > before ? nil : claim)
        }
        switch (present["after"], present["reaching"]) {
        case (let after?, nil):
            if let through = present["through"] {
                reader.report(.keyNotAllowed, "'through' belongs with 'reaching', not with 'after'", at: through.0)
            }
            let anchor = decodeAnchor(after.1, field: "after")
            var expectation: Expectation?
            if let expect = present["expect"] {
                expectation = decodeExpectation(expect.1, terminal: true)
            } else {
                reader.report(
                    .missingField, "invariant '\(name)' has 'after' but no 'expect': what every path through it must end at",
                    at: item.location)
            }
            if let anchor, let expectation { claim = .after(anchor, expect: expectation) }
        case (nil, let reaching?):
            if let expect = present["expect"] {
                reader.report(
                    .keyNotAllowed, "'expect' belongs with 'after'; with 'reaching', name the node every path passes in 'through'",
                    at: expect.0)
            }
            let expectation = decodeExpectation(reaching.1, terminal: false)
            var anchors: [Waypoint]?
            if let through = present["through"] {
                anchors = decodeAnchors(through.1)
            } else {
                reader.report(
                    .missingField, "invariant '\(name)' has 'reaching' but no 'through': the node every path to it must pass",
                    at: item.location)
            }
            if let expectation, let anchors, !anchors.isEmpty { claim = .reaching(expectation, through: anchors) }
        case (let after?, _?):
            reader.report(.keyNotAllowed, "an invariant has either 'after' or 'reaching', not both", at: after.0)
        case (nil, nil):
            reader.report(.missingField, "invariant '\(name)' needs 'after' with 'expect', or 'reaching' with 'through'", at: item.location)
        }
        return Invariant(name: name, location: item.location, claim: errorCount > before ? nil : claim)
    }

    private mutating func decodeAnchors(_ value: YAMLNode, field: String = "through") -> [Waypoint]? {
        guard let list = value.sequence else { return decodeAnchor(value, field: field).map { [$0] } }
        if list.isEmpty {
            reader.report(.emptyText, "'\(field)' lists no node", at: value.location)
            return nil
        }
        let anchors = list.compactMap { decodeAnchor($0, field: field) }
        return anchors.count == list.count ? anchors : nil
    }

    /// `NODE` or `NODE=ANSWER`, where ANSWER is an edge label or any answer the node accepts:
    /// for a number node, a range (`age=">= 50"`, quotes optional) or a value (`age=63`, the
    /// range it falls in).
    private mutating func decodeAnchor(_ value: YAMLNode, field: String) -> Waypoint? {
        guard let text = reader.text(value, field: field) else { return nil }
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let id = String(parts[0]).trimmingWhitespace
        let idOffset = parts[0].unicodeScalars.prefix { $0.properties.isWhitespace }.count
        let idSpan = value.textSpan(offset: idOffset, length: id.unicodeScalars.count)
        guard let index = nodeIndex(id, at: value.location, span: idSpan) else { return nil }
        guard parts.count == 2 else { return .node(index) }
        let node = tree.nodes[index]
        var label = String(parts[1]).trimmingWhitespace
        // A range is often quoted as it is in the tree (`age=">= 50"`); the quotes are not part of it.
        if label.count >= 2, let first = label.first, first == "\"" || first == "'", label.last == first {
            label = String(label.dropFirst().dropLast())
        }
        if let edge = node.edges.firstIndex(where: { Answer.matches($0.answer, label) }) {
            return .edge(EdgeRef(node: index, edge: edge))
        }
        if let answer = try? Answer.parse(label, for: node), let edge = node.edge(for: answer) {
            return .edge(EdgeRef(node: index, edge: edge))
        }
        let valid = node.edges.map(\.answer)
        let error = AnswerError.doesNotFit(node: id, given: label, valid: valid)
        let labelOffset = parts[0].unicodeScalars.count + 1 + parts[1].unicodeScalars.prefix { $0.properties.isWhitespace }.count
        let labelSpan = value.textSpan(offset: labelOffset, length: label.unicodeScalars.count)
        // The caret stays where the anchor begins; the span and the fix-it are the answer's.
        reader.report(
            .unknownAnswer, error.description, at: SourceRange(start: value.location, end: labelSpan.end),
            fixIts: Suggestion.fixIts(error.suggestion, replacing: labelSpan))
        return nil
    }

    // MARK: Shared

    private mutating func decodeName(
        _ pairs: [(key: String, keyLocation: SourceLocation, value: YAMLNode)], entry: YAMLNode, what: String
    ) -> String {
        guard let pair = pairs.first(where: { $0.key == "name" }) else {
            reader.report(.missingField, "this \(what) has no 'name'", at: entry.location)
            return "\(what) at line \(entry.location.line)"
        }
        guard let name = reader.text(pair.value, field: "name") else { return "\(what) at line \(entry.location.line)" }
        if let first = names[name] {
            reader.report(
                .duplicateName, "another case or invariant is already named '\(name)', at line \(first.line), column \(first.column)",
                at: pair.value.location)
        } else {
            names[name] = pair.value.location
        }
        return name
    }

    /// A node id, or a mapping of `node`, `refer` and `urgency`, each a value or a list.
    /// With `terminal`, named nodes must be terminal: the expectation is about where walks end.
    /// With `mayMatchNothing` (what no path may reach), matching no node is no warning.
    private mutating func decodeExpectation(_ value: YAMLNode, terminal: Bool, mayMatchNothing: Bool = false) -> Expectation? {
        var expectation = Expectation(location: value.location)
        if value.scalar != nil {
            guard let id = reader.text(value, field: "expect"), checkExpectedNode(id, at: value, terminal: terminal) else { return nil }
            expectation.nodes = [id]
        } else if value.mapping != nil {
            let pairs = reader.pairs(of: value, allowed: Self.expectationKeys)
            if pairs.isEmpty, value.mapping?.isEmpty == true {
                reader.report(.badExpectation, "the expectation is empty: give any of node, refer and urgency", at: value.location)
                return nil
            }
            var ok = true
            for (key, _, field) in pairs {
                let items = field.sequence.map { $0 } ?? [field]
                if field.sequence?.isEmpty == true {
                    reader.report(.badExpectation, "'\(key)' lists nothing", at: field.location)
                    ok = false
                }
                for item in items {
                    guard let word = reader.text(item, field: key) else { ok = false; continue }
                    switch key {
                    case "node":
                        if checkExpectedNode(word, at: item, terminal: terminal) { expectation.nodes.append(word) } else { ok = false }
                    case "refer":
                        if specialists.contains(word) {
                            expectation.specialists.append(word)
                        } else {
                            let meant = Suggestion.closest(to: word, in: specialists)
                            reader.report(
                                .unknownSpecialist,
                                "no node refers to '\(word)'\(Suggestion.hint(meant)); specialists: \(specialists.joined(separator: ", "))",
                                at: item.span,
                                fixIts: Suggestion.fixIts(meant, replacing: item.textSpan))
                            ok = false
                        }
                    default:
                        // `none`: the tree states no urgency (an unstated urgency is absent, never routine).
                        if word == "none" {
                            expectation.urgencyUnstated = true
                        } else if let urgency = reader.urgency(item, field: key) {
                            expectation.urgencies.append(urgency)
                        } else {
                            ok = false
                        }
                    }
                }
            }
            guard ok else { return nil }
        } else {
            reader.report(
                .wrongType, "'expect' must be a node id or a mapping of node, refer and urgency, not \(value.kindDescription)",
                at: value.location)
            return nil
        }
        let candidates = tree.nodes.filter { (!terminal || $0.isTerminal) && expectation.matches($0) }
        if candidates.isEmpty, !mayMatchNothing {
            // A warning, not the rule's error: the expectation is well formed, only never met.
            reader.report(
                .badExpectation, "no \(terminal ? "terminal " : "")node of the tree matches \(expectation)", at: value.location,
                severity: .warning)
        }
        return expectation
    }

    private mutating func checkExpectedNode(_ id: String, at node: YAMLNode, terminal: Bool) -> Bool {
        let location = node.location
        guard let index = nodeIndex(id, at: location, span: node.textSpan) else { return false }
        let node = tree.nodes[index]
        if terminal, !node.isTerminal {
            let next = node.edges.map { tree.nodes[$0.target].id }.joined(separator: ", ")
            reader.report(.badExpectation, "'\(id)' is not where a walk ends (it goes on to \(next)); expect a terminal node", at: location)
            return false
        }
        return true
    }

    /// The index of the node `id` names; else reported at `location` (a caret's place), about
    /// `span` (where the id stands, replaced by its did-you-mean fix-it).
    private mutating func nodeIndex(_ id: String, at location: SourceLocation, span: SourceRange) -> Int? {
        if let index = tree.index(of: id) { return index }
        let error = AnswerError.unknownNode(id, in: tree)
        reader.report(
            .unknownNode, error.description, at: SourceRange(start: location, end: span.end),
            fixIts: Suggestion.fixIts(error.suggestion, replacing: span))
        return nil
    }

    private mutating func list(_ value: YAMLNode, field: String) -> [YAMLNode]? {
        if let items = value.sequence { return items }
        if value.scalar?.isEmpty == true { return [] }
        reader.report(.wrongType, "'\(field)' must be a list, not \(value.kindDescription)", at: value.location)
        return nil
    }
}
