@testable import DecisionTree
import Foundation
import TestSupport
import Testing

/// The one JSON writer: each style's layout, and the report styles byte for byte as
/// Foundation's encoder wrote dtree's reports before the writer replaced it.
@Suite struct JSONValueTests {
    struct Row: Encodable {
        struct Inner: Encodable { let b: [Int]; let a: [String: Int] }
        let text: String, count: Int, ratio: Double, flag: Bool, missing: String?, empty: [String], inner: Inner
    }

    static let row = Row(
        text: "a/b \u{8}\u{C}\u{1}\u{7F}\"\\\n<é>", count: 3, ratio: 66.66666666666667, flag: true,
        missing: nil, empty: [], inner: .init(b: [], a: ["z": 1, "B": 2, "a10": 3, "a9": 4]))

    @Test(arguments: [
        (JSONStyle.report, JSONEncoder.OutputFormatting([.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])),
        (JSONStyle.compactReport, JSONEncoder.OutputFormatting([.sortedKeys, .withoutEscapingSlashes])),
    ])
    func reportStylesMatchFoundation(style: JSONStyle, formatting: JSONEncoder.OutputFormatting) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        // Foundation leaves DEL raw; the report styles escape it (and C1 and bidi controls), so a
        // terminal showing a report acts on none of them.
        let expected = String(decoding: try encoder.encode([Self.row, Self.row]), as: UTF8.self).replacingOccurrences(
            of: "\u{7F}", with: "\\u007f")
        #expect(try JSONValue(encoding: [Self.row, Self.row]).text(style) == expected)
    }

    @Test func reportStylesEscapeWhatATerminalWouldActOn() {
        let value = JSONValue.string("a\u{202A}b\u{202E}c\u{2066}d\u{2069}e\u{85}f\u{9F}g\u{7F}h\u{2028}é")
        #expect(value.text(.compactReport) == #""a\u202ab\u202ec\u2066d\u2069e\u0085f\u009fg\u007fh\#u{2028}é""#)
        #expect(value.text(.compact) == "\"a\u{202A}b\u{202E}c\u{2066}d\u{2069}e\u{85}f\u{9F}g\\u007fh\u{2028}é\"")
    }

    @Test func compactKeepsInsertionOrderAndCanonicalSortsByBytes() {
        let value = JSONValue.object([("b", .integer(1)), ("B", .array([.string("x"), .null])), ("a", .bool(false))])
        #expect(value.text(.compact) == #"{"b":1,"B":["x",null],"a":false}"#)
        #expect(value.text(.canonical) == #"{"B":["x",null],"a":false,"b":1}"#)
    }

    @Test func prettyAndModelLayouts() {
        let value = JSONValue.object([
            ("list", .array([.string("<a>"), .string("b")])), ("none", .array([])), ("nested", .object([("k", .integer(1))])),
        ])
        #expect(
            value.text(.pretty) == """
                {
                  "list": [
                    "\\u003ca\\u003e",
                    "b"
                  ],
                  "none": [],
                  "nested": {
                    "k": 1
                  }
                }
                """)
        #expect(
            value.text(.model) == """
                {
                  "list": ["\\u003ca\\u003e", "b"],
                  "none": [],
                  "nested": {
                    "k": 1
                  }
                }
                """)
    }
}
