// Export/: the JSON value the FHIR export builds and its one pretty-printed text form
// (keys in insertion order, two-space indents), so two exports of a tree are byte-identical.
// Imports Model/ only (and the internal JSON string escaper).

/// A JSON value whose objects keep their keys in the order they were added.
enum FHIRJSON {
    /// A string; written HTML-safe (see ``JSONText/quoted(_:htmlSafe:)``).
    case string(String)
    /// `true` or `false`.
    case bool(Bool)
    /// An array; an empty one is left out of objects by ``object(_:)``.
    case array([FHIRJSON])
    /// An object with keys in order.
    case object([(String, FHIRJSON)])

    /// An object from key–value pairs, dropping `nil` values and empty arrays, so optional
    /// fields of a tree that are absent never become empty FHIR elements.
    static func object(_ fields: [(String, FHIRJSON?)]) -> FHIRJSON {
        .object(fields.compactMap { key, value in
            guard let value else { return nil }
            if case .array(let items) = value, items.isEmpty { return nil }
            return (key, value)
        })
    }

    /// The pretty-printed text, ending in a newline.
    func text() -> String {
        var out = ""
        write(to: &out, indent: "")
        return out + "\n"
    }

    private func write(to out: inout String, indent: String) {
        switch self {
        case .string(let text):
            out += JSONText.quoted(text, htmlSafe: true)
        case .bool(let value):
            out += value ? "true" : "false"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            let inner = indent + "  "
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += inner
                item.write(to: &out, indent: inner)
                out += index + 1 < items.count ? ",\n" : "\n"
            }
            out += indent + "]"
        case .object(let fields):
            guard !fields.isEmpty else { out += "{}"; return }
            let inner = indent + "  "
            out += "{\n"
            for (index, (key, value)) in fields.enumerated() {
                out += inner + JSONText.quoted(key) + ": "
                value.write(to: &out, indent: inner)
                out += index + 1 < fields.count ? ",\n" : "\n"
            }
            out += indent + "}"
        }
    }
}
