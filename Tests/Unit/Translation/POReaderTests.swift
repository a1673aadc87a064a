@testable import DecisionTree
import Foundation
import TestSupport
import Testing

/// The strict PO reader: what it reads, and one located error for each kind of bad input.
@Suite struct POReaderTests {
    static let header = """
        # a comment
        msgid ""
        msgstr ""
        "Language: ru\\n"
        "Content-Type: text/plain; charset=UTF-8\\n"

        """

    private func error(_ text: String) -> Diagnostic? {
        do {
            _ = try POReader.parse(text, file: "x.po")
            return nil
        } catch {
            return error
        }
    }

    @Test func readsEntriesCommentsFlagsPreviousAndObsolete() throws {
        let text =
            Self.header + """

                # translator's note
                #. question of 'a'
                #, fuzzy
                #| msgid "Old"
                msgctxt "a.question"
                msgid ""
                "Two\\n"
                "lines"
                msgstr ""
                "Две\\n"
                "строки"

                #~ msgctxt "gone.help"
                #~ msgid "Gone"
                #~ msgstr "Нет"

                """
        let file = try POReader.parse(text, file: "x.po")
        #expect(file.headerComments == ["a comment"])
        #expect(file.headerValue("language") == "ru")
        #expect(file.entries.count == 2)
        let entry = file.entries[0]
        #expect(entry.context == "a.question" && entry.id == "Two\nlines" && entry.translation == "Две\nстроки")
        #expect(entry.isFuzzy && entry.previousID == "Old" && entry.translatorComments == ["translator's note"])
        #expect(entry.extractedComments == ["question of 'a'"] && entry.idLine == 12 && entry.translationLine == 15)
        #expect(file.entries[1].line == 19)
        #expect(file.entries[1].isObsolete && file.entries[1].context == "gone.help")
        #expect(POWriter.text(of: file) == text, "\(POWriter.text(of: file))")
    }

    /// A PO file saved with Windows line ends reads as the same entries (each line's `\r` is
    /// dropped; "\r\n" is one Character, so lines are split on the newline byte).
    @Test func windowsLineEndsReadAsTheSameEntries() throws {
        let text = Self.header + "\n#, fuzzy\nmsgctxt \"a.question\"\nmsgid \"Old\"\nmsgstr \"Строка с «кавычками»\"\n"
        let unix = try POReader.parse(text, file: "x.po")
        let windows = try POReader.parse(text.replacingOccurrences(of: "\n", with: "\r\n"), file: "x.po")
        #expect(windows.entries.count == 1)
        #expect(windows.entries.map(\.translation) == unix.entries.map(\.translation))
        #expect(windows.entries.map(\.translationLine) == unix.entries.map(\.translationLine))
        #expect(windows.entries.first?.isFuzzy == true)
        // A string with no escape and one with escapes read alike.
        let escaped = try POReader.parse(Self.header + "\nmsgctxt \"b\"\nmsgid \"x\"\nmsgstr \"a\\\"b\\\\c\" \n", file: "x.po")
        #expect(escaped.entries.first?.translation == "a\"b\\c")
    }

    /// Each bad input gives one error, with its rule, line and column.
    @Test(arguments: [
        ("msgctxt \"a\"\nmsgid \"A\"\nmsgstr \"B\n", Rule.poSyntax, 9, 8),
        ("msgctxt \"a\"\nmsgid \"A\"\nmsgstr \"B\" x\n", .poSyntax, 9, 12),
        ("msgctxt \"a\"\nmsgid \"A\"\n", .poSyntax, 9, 1),
        ("msgid \"A\"\nmsgid_plural \"As\"\nmsgstr[0] \"B\"\n", .poSyntax, 8, 1),
        ("msgctxt \"a\"\nmsgid \"A\\q\"\nmsgstr \"B\"\n", .poSyntax, 8, 9),
        ("msgctxt \"a\"\nmsgid \"A\"\nmsgstr \"B\"\n\nmsgctxt \"a\"\nmsgid \"C\"\nmsgstr \"D\"\n", .duplicateKey, 11, 1),
        ("msgctxt \"a\"\nmsgid \"A\"\nmsgstr \"B\\u{1B}[31m\"\n", .poControlCharacter, 9, 1),
        ("msgctxt \"a\"\nmsgid \"A\"\nmsgstr \"B\\tC\"\n", .poControlCharacter, 9, 1),
        ("#x nonsense\nmsgid \"A\"\nmsgstr \"B\"\n", .poSyntax, 7, 1),
        // Columns count scalars, whatever bytes the Cyrillic before them takes.
        ("msgctxt \"a\"\nmsgid \"A\"\nmsgstr \"Б\\ж\"\n", .poSyntax, 9, 10),
        ("msgctxt \"a\"\nmsgid \"A\"\nmsgstr \"Бв\" г\n", .poSyntax, 9, 13),
    ])
    func badInputIsOneLocatedError(body: String, rule: Rule, line: Int, column: Int) throws {
        let text = Self.header + "\n" + body.replacingOccurrences(of: "\\u{1B}", with: "\u{1B}")
        let found = try #require(error(text))
        #expect(found.rule == rule, "\(found.summary)")
        #expect(found.location == SourceLocation(line: line, column: column), "\(found.summary)")
        if body.contains("\\ж") { #expect(found.message == "unknown escape '\\ж'", "\(found.summary)") }
    }

    @Test func aCharsetOtherThanUTF8OrNoneIsRefused() throws {
        let latin = Self.header.replacingOccurrences(of: "UTF-8", with: "ISO-8859-1") + "\nmsgctxt \"a\"\nmsgid \"A\"\nmsgstr \"B\"\n"
        #expect(error(latin)?.rule == .poCharset)
        #expect(error(latin)?.location.line == 5)
        #expect(error("msgctxt \"a\"\nmsgid \"A\"\nmsgstr \"B\"\n")?.rule == .poCharset)
    }

    @Test func invalidUTF8IsLocatedAtItsByte() throws {
        var data = Data((Self.header + "\nmsgctxt \"a\"\nmsgid \"A\"\nmsgstr \"B").utf8)
        data.append(contentsOf: [0xD0, 0x28])
        data.append(contentsOf: Array("\"\n".utf8))
        #expect(throws: Diagnostic.self) { try POReader.decode(data, file: "x.po") }
        do {
            _ = try POReader.decode(data, file: "x.po")
        } catch {
            #expect(error.rule == .notUTF8)
            #expect(error.location == SourceLocation(line: 9, column: 10))
        }
    }
}
