import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Diagnostics/: diagnostics as a SARIF 2.1.0 log, for GitHub code scanning and CI dashboards.

/// A SARIF 2.1.0 log of one run of dtree: the tool's rules with descriptions and help
/// links, and one result per diagnostic with its physical location.
///
/// Columns are Unicode scalars, as in every dtree diagnostic, so the run says
/// `"columnKind": "unicodeCodePoints"`. Help links are relative to the package root
/// (`docs/format.md#rules`), where dtree's documentation lives.
public enum SARIFLog {
    /// The schema URI written into the log's `$schema`.
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    /// The log for `diagnostics`, pretty-printed JSON. Every rule dtree has is listed, so a
    /// result's `ruleIndex` points into `tool.driver.rules`.
    public static func json(_ diagnostics: [Diagnostic], toolVersion: String) -> String {
        let rules = Rule.allCases
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($0.element, $0.offset) })
        let log = Log(
            schema: schemaURI,
            version: "2.1.0",
            runs: [
                Run(
                    tool: Tool(
                        driver: Driver(
                            name: "dtree",
                            version: toolVersion,
                            informationUri: "docs/format.md",
                            rules: rules.map { rule in
                                RuleDescriptor(
                                    id: rule.rawValue,
                                    shortDescription: Message(text: rule.summary),
                                    helpUri: rule.documentationPath,
                                    help: Message(text: "\(rule.summary) See \(rule.documentationPath)."),
                                    defaultConfiguration: Configuration(level: level(rule.defaultSeverity)))
                            })),
                    columnKind: "unicodeCodePoints",
                    results: diagnostics.map { d in
                        Result(
                            ruleId: d.rule.rawValue,
                            ruleIndex: index[d.rule] ?? 0,
                            level: level(d.severity),
                            message: Message(text: d.message),
                            locations: [
                                Location(
                                    physicalLocation: PhysicalLocation(
                                        artifactLocation: ArtifactLocation(uri: uri(for: d.file)),
                                        region: Region(startLine: max(1, d.location.line), startColumn: max(1, d.location.column))))
                            ])
                    })
            ])
        return (try? JSONValue(encoding: log).text(.report)) ?? "{}"
    }

    /// A file path as a URI reference: relative paths stay relative (percent-encoded),
    /// absolute ones become `file://` URIs.
    static func uri(for path: String) -> String {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).absoluteString }
        // RFC 3986 path characters less ':' (a relative reference's first segment must not
        // look like a scheme): unreserved, sub-delims, '@' and '/'; every other byte as %XX.
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=@/".utf8)
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in path.utf8 {
            if allowed.contains(byte) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// SARIF's word for a severity: `error`, `warning` or `note`, as dtree's own.
    static func level(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    private struct Log: Encodable {
        let schema: String
        let version: String
        let runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }
    private struct Run: Encodable { let tool: Tool, columnKind: String, results: [Result] }
    private struct Tool: Encodable { let driver: Driver }
    private struct Driver: Encodable {
        let name: String, version: String, informationUri: String, rules: [RuleDescriptor]
    }
    private struct RuleDescriptor: Encodable {
        let id: String, shortDescription: Message, helpUri: String, help: Message, defaultConfiguration: Configuration
    }
    private struct Configuration: Encodable { let level: String }
    private struct Message: Encodable { let text: String }
    private struct Result: Encodable {
        let ruleId: String, ruleIndex: Int, level: String, message: Message, locations: [Location]
    }
    private struct Location: Encodable { let physicalLocation: PhysicalLocation }
    private struct PhysicalLocation: Encodable { let artifactLocation: ArtifactLocation, region: Region }
    private struct ArtifactLocation: Encodable { let uri: String }
    private struct Region: Encodable { let startLine: Int, startColumn: Int }
}
