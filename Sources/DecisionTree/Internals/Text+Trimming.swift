// Internals/: trimming spaces from text as Foundation's CharacterSet.whitespaces (and
// .whitespacesAndNewlines) does, without Foundation, which FoundationEssentials lacks.

extension Unicode.Scalar {
    /// A tab or a space separator (Unicode category Zs): Foundation's `.whitespaces`.
    var isHorizontalSpace: Bool { self == "\t" || properties.generalCategory == .spaceSeparator }

    /// A line or paragraph break: LF, VT, FF, CR, NEL, LS, PS.
    var isLineBreak: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}

extension StringProtocol {
    /// The text without tabs and spaces at either end.
    package func trimmingWhitespace() -> String { trimming { $0.isHorizontalSpace } }

    /// The text without tabs, spaces and line breaks at either end.
    package func trimmingWhitespaceAndNewlines() -> String { trimming { $0.isHorizontalSpace || $0.isLineBreak } }

    /// Whether the text is empty or only tabs and spaces: `trimmingWhitespace().isEmpty`
    /// without making the trimmed copy.
    package var isBlank: Bool { unicodeScalars.allSatisfy(\.isHorizontalSpace) }

    private func trimming(_ drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }), let last = scalars.lastIndex(where: { !drop($0) }) else {
            return ""
        }
        // Copied as UTF-8 bytes (appending scalar by scalar cost most of reading a PO file).
        return String(decoding: utf8[first..<scalars.index(after: last)], as: UTF8.self)
    }
}
