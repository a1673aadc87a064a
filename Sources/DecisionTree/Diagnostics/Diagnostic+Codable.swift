// Diagnostics/: a diagnostic in dtree's JSON (`dtree test --format json`): the fields it has
// always had. The span's end and the fix-its are for editors (the language server) and are
// not written, so the JSON reports stay as they were.

extension Diagnostic {
    private enum CodingKeys: String, CodingKey { case file, location, severity, rule, message }

    /// Decodes `{file, location, severity, rule, message}`; the diagnostic marks a point and has no fix-its.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            try container.decode(Rule.self, forKey: .rule), try container.decode(String.self, forKey: .message),
            at: try container.decode(SourceLocation.self, forKey: .location), in: try container.decode(String.self, forKey: .file),
            severity: try container.decode(Severity.self, forKey: .severity))
    }

    /// Encodes `{file, location, severity, rule, message}`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(location, forKey: .location)
        try container.encode(severity, forKey: .severity)
        try container.encode(rule, forKey: .rule)
        try container.encode(message, forKey: .message)
    }
}
