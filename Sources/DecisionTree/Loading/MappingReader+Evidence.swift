// Loading/: typed reads of a yes/no flag (`reassures: true`) and of a recommendation's GRADE
// evidence (`evidence: {certainty, strength}`), each reporting its own located problems.

extension MappingReader {
    /// The value as `true` or `false`, or `nil` (reported) when it is anything else.
    mutating func flag<Value: YAMLValue>(_ node: Value, field: String) -> Bool? {
        guard let word = text(node, field: field) else { return nil }
        switch word {
        case "true": return true
        case "false": return false
        default:
            report(.wrongType, "'\(field)' must be true or false, not '\(word)'", at: node.span)
            return nil
        }
    }

    /// `evidence: {certainty, strength}` in GRADE's words, or `nil` (reported) when it is not a
    /// mapping or names no word GRADE uses.
    mutating func evidence<Value: YAMLValue>(_ node: Value, field: String) -> Evidence? {
        guard node.mapping != nil else {
            report(.wrongType, "'\(field)' must be a mapping of certainty and strength, not \(node.kindDescription)", at: node.location)
            return nil
        }
        var evidence = Evidence()
        for (key, _, value) in pairs(of: node, allowed: ["certainty", "strength"]) {
            guard let word = text(value, field: key) else { continue }
            if key == "certainty" {
                evidence.certainty = grade(word, Evidence.Certainty.self, field: key, at: value)
            } else {
                evidence.strength = grade(word, Evidence.Strength.self, field: key, at: value)
            }
        }
        return evidence.certainty == nil && evidence.strength == nil ? nil : evidence
    }

    private mutating func grade<Word: RawRepresentable & CaseIterable, Value: YAMLValue>(
        _ word: String, _: Word.Type, field: String, at node: Value
    ) -> Word? where Word.RawValue == String {
        if let value = Word(rawValue: word) { return value }
        let names = Word.allCases.map(\.rawValue)
        let meant = Suggestion.closest(to: word, in: names)
        report(
            .wrongType, "unknown \(field) '\(word)'\(Suggestion.hint(meant)); use one of \(names.joined(separator: ", "))",
            at: node.span, fixIts: Suggestion.fixIts(meant, replacing: node.textSpan))
        return nil
    }
}
