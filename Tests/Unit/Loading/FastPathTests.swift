@testable import DecisionTree
import TestSupport
import Testing

/// The shortcuts taken for speed (issue 15) give what the general code they stand in for gives.
@Suite struct FastPathTests {
    @Test func eachKindsAllowedKeysAreItsOwnKeysItsKindKeyHelpAndCite() {
        for kind in NodeKind.allCases {
            let format = NodeFormat.of(kind)
            let expected = Set(format.ownKeys.map(\.name)).union(["help", "cite", "inference", kind.rawValue])
            let allowed = TreeDecoder.allowedKeys(for: kind)
            #expect(Set(allowed) == expected, "\(kind)")
            #expect(allowed.count == expected.count, "no key twice for \(kind)")
        }
    }

    @Test func labelMatchingIgnoresCaseAsLowercasingDoes() {
        let pairs: [(String, String)] = [
            ("yes", "YES"), ("Yes", "yes"), ("no", "yes"), ("ab", "abc"), ("@", "`"), ("[", "{"),
            ("k", "\u{212A}"), ("Да", "да"), ("straße", "STRASSE"), ("i", "\u{0130}"), ("", ""),
            ("Kidney or prostate", "kidney OR prostate"), ("a1", "A1"), ("a1", "A2"),
        ]
        for (label, text) in pairs {
            #expect(Answer.matches(label, text) == (label.lowercased() == text.lowercased()), "\(label) / \(text)")
            #expect(Answer.matches(text, label) == (label.lowercased() == text.lowercased()), "\(text) / \(label)")
        }
    }

    @Test func trimmingKeepsVisibleASCIIEndsAndTrimsEverythingElse() {
        #expect("yes".trimmingWhitespace == "yes")
        #expect(" yes\t".trimmingWhitespace == "yes")
        #expect("\u{00A0}ja\u{2003}".trimmingWhitespace == "ja")
        #expect("a b".trimmingWhitespace == "a b")
        #expect("   ".trimmingWhitespace == "")
        #expect("".trimmingWhitespace == "")
    }

    @Test func blankTextIsReportedWhateverItsFirstCharacter() {
        var reader = MappingReader(file: "t.yaml")
        #expect(reader.text(YAMLNode(.scalar(" \u{00A0}"), at: .start), field: "title") == nil)
        #expect(reader.text(YAMLNode(.scalar("x"), at: .start), field: "title") == "x")
        #expect(reader.text(YAMLNode(.scalar("\u{00A0}x"), at: .start), field: "title") == "\u{00A0}x")
        #expect(reader.diagnostics.map(\.message) == ["'title' is empty"])
    }
}
