// Editing/: the replacement a "did you mean" diagnostic suggests, for an editor's quick fix.

/// The fix a diagnostic's "did you mean" hint names.
public enum DidYouMean {
    /// The suggested word in a message ending `(did you mean 'x'?)`, or `nil`.
    public static func suggestion(in message: String) -> String? {
        guard let open = message.range(of: "(did you mean '", options: .backwards) else { return nil }
        let rest = message[open.upperBound...]
        guard let close = rest.range(of: "'?)") else { return nil }
        let word = String(rest[..<close.lowerBound])
        return word.isEmpty ? nil : word
    }
}
