// Editing/: the range a diagnostic is about and the replacement its "did you mean" suggests,
// for an editor's squiggle and quick fix.

import DecisionTree

/// Where a diagnostic's subject stands, and the fix its "did you mean" hint names.
public enum DidYouMean {
    /// The suggested word in a message with `(did you mean 'x'?)`, or `nil`.
    public static func suggestion(in message: String) -> String? {
        guard let open = message.range(of: "(did you mean '", options: .backwards) else { return nil }
        let rest = message[open.upperBound...]
        guard let close = rest.range(of: "'?)") else { return nil }
        let word = String(rest[..<close.lowerBound])
        return word.isEmpty ? nil : word
    }

    /// The span a diagnostic is about: the word at its location, narrowed to one side of a
    /// `NODE=ANSWER` anchor when the message quotes that side (`'anny' is not an answer`).
    public static func span(of diagnostic: Diagnostic, in source: SourceText) -> SourceSpan {
        let word = SourceSpan.word(at: diagnostic.location, in: source)
        guard let quoted = firstQuoted(in: diagnostic.message),
              let line = source.line(diagnostic.location.line) else { return word }
        let scalars = Array(line.unicodeScalars)
        let from = word.start.column - 1
        guard from >= 0, from + word.length <= scalars.count else { return word }
        let text = String(String.UnicodeScalarView(scalars[from..<(from + word.length)]))
        guard text != quoted, let equals = text.firstIndex(of: "=") else { return word }
        let node = String(text[..<equals]), answer = String(text[text.index(after: equals)...])
        if node == quoted { return SourceSpan(start: word.start, length: node.unicodeScalars.count) }
        if answer == quoted {
            var start = word.start
            start.column += node.unicodeScalars.count + 1
            return SourceSpan(start: start, length: answer.unicodeScalars.count)
        }
        return word
    }

    private static func firstQuoted(in message: String) -> String? {
        guard let open = message.firstIndex(of: "'") else { return nil }
        let rest = message[message.index(after: open)...]
        guard let close = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<close])
    }
}
