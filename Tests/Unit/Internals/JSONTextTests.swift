@testable import DecisionTree
import Foundation
import TestSupport
import Testing

@Suite struct JSONTextTests {
    @Test func escapesWhatJSONRequires() {
        #expect(JSONText.quoted("a\"b\\c\nd\te\u{1}") == #""a\"b\\c\nd\te\u0001""#)
        #expect(JSONText.quoted("<b>&") == "\"<b>&\"")
        #expect(JSONText.quoted("да ✓") == "\"да ✓\"")
    }

    @Test func htmlSafeModeEscapesMarkupAndLineSeparators() throws {
        let text = "</script><b>&x\u{2028}y\u{2029}z да"
        let quoted = JSONText.quoted(text, escaping: .htmlSafe)
        #expect(quoted == #""\u003c/script\u003e\u003cb\u003e\u0026x\u2028y\u2029z да""#)
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
        #expect(decoded == [text])
    }
}
