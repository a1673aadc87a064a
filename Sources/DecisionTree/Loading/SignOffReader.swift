// Loading/: the `review:` list of a tree file, read into sign-offs with located errors.

extension MappingReader {
    /// The keys of one sign-off.
    static let signOffKeys = ["by", "role", "date", "sha256", "note", "tests", "nodes"]

    /// The `review:` list: each entry a mapping `{by, role, date, sha256, note?, tests?}`. A malformed
    /// entry (a missing field, a date that is no `YYYY-MM-DD` day, a hash that is no sha256) is
    /// reported where it stands and left out.
    mutating func signOffs(_ node: YAMLNode) -> [SignOff] {
        guard let entries = node.sequence else {
            report(
                .wrongType, "'review' must be a list of sign-offs {by, role, date, sha256, note}, not \(node.kindDescription)",
                at: node.location)
            return []
        }
        var result: [SignOff] = []
        for entry in entries {
            guard entry.mapping != nil else {
                report(
                    .wrongType, "a sign-off must be a mapping {by, role, date, sha256, note}, not \(entry.kindDescription)",
                    at: entry.location)
                continue
            }
            var fields: [String: (String, SourceLocation)] = [:]
            var complete = true
            for (key, _, value) in pairs(of: entry, allowed: Self.signOffKeys) {
                if let text = text(value, field: key) { fields[key] = (text, value.location) } else { complete = false }
            }
            for required in ["by", "role", "date", "sha256"] where fields[required] == nil && complete {
                report(.missingField, "a sign-off needs '\(required)'", at: entry.location)
                complete = false
            }
            if let (date, location) = fields["date"], !SignOff.isDate(date) {
                report(.invalidSignOff, "'\(date)' is not a date; write the day of the sign-off as YYYY-MM-DD", at: location)
                complete = false
            }
            if let (digest, location) = fields["sha256"], !SignOff.isDigest(digest) {
                report(
                    .invalidSignOff,
                    "'sha256' must be 64 lowercase hex characters, as 'dtree hash' prints; found \(digest.count) character\(digest.count == 1 ? "" : "s")",
                    at: location)
                complete = false
            }
            guard complete, let by = fields["by"], let role = fields["role"], let date = fields["date"], let digest = fields["sha256"]
            else { continue }
            result.append(
                SignOff(
                    by: by.0, role: role.0, date: date.0, sha256: digest.0, note: fields["note"]?.0, tests: fields["tests"]?.0,
                    nodes: fields["nodes"]?.0,
                    location: entry.location))
        }
        return result
    }
}
