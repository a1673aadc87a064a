import DecisionTree
import TestSupport
import Testing

@Suite struct BatchLineReaderTests {
    func read(_ line: String) throws(BatchError) -> Answers {
        let tree: Tree
        do { tree = try Fixtures.engineTree() } catch { throw BatchError.syntax(column: 0, message: "fixture: \(error)") }
        var sheet = Answers(tree: tree)
        var text = line
        var failure: BatchError?
        text.withUTF8 { bytes in
            do throws(BatchError) {
                var reader = BatchLineReader(tree: tree)
                try reader.read(bytes, into: &sheet)
            } catch { failure = error }
        }
        if let failure { throw failure }
        return sheet
    }

    func answer(_ sheet: Answers, _ id: String) throws -> Answer? {
        sheet[try #require(try Fixtures.engineTree().index(of: id))]
    }

    @Test func readsLabelsNumbersListsAndEscapes() throws {
        let sheet = try read(
            #" { "red_flags" : [ "tingling" , 5 ] , "recurring":2, "injury":"\u0079es", "therapist_finding": "no serious cause" } "#)
        #expect(try answer(sheet, "red_flags") == .items([2, 4]))
        #expect(try answer(sheet, "recurring") == .choice(1))
        #expect(try answer(sheet, "injury") == .choice(0))
        #expect(try answer(sheet, "therapist_finding") == .choice(3))
        #expect(try read("{}").isEmpty)
        #expect(try answer(try read(#"{"red_flags": []}"#), "red_flags") == .items([]))
        #expect(try answer(try read(#"{"red_flags": 0}"#), "red_flags") == .items([]))
        #expect(try answer(try read(#"{"red_flags": "1, 2"}"#), "red_flags") == .items([0, 1]))
    }

    @Test func decodesEscapedUnicodeIncludingSurrogatePairs() throws {
        let tree = try Fixtures.tree(
            """
            tree: u
            title: U
            start: q
            nodes:
              q:
                question: Q
                answers: {Да: end, "😀": end}
              end: {outcome: E}
            """)
        for (line, expected) in [
            (#"{"q": "\u0434\u0430"}"#, Answer.choice(0)), (#"{"q": "\ud83d\ude00"}"#, .choice(1)), (#"{"q": "ДА"}"#, .choice(0)),
        ] {
            var sheet = Answers(tree: tree)
            var text = line
            var reader = BatchLineReader(tree: tree)
            try text.withUTF8 { try reader.read($0, into: &sheet) }
            #expect(sheet[0] == expected, "\(line)")
        }
    }

    @Test(
        arguments: [(String, String)]([
            (#"{"red_flags": "none""#, "invalid JSON at column 21: expected ',' or '}'"),
            (#"{"red_flags": none}"#, "the answer to 'red_flags' must be a label, a whole number or a list"),
            (#"{"red_flags": true}"#, "the answer to 'red_flags' must be a label, a whole number or a list"),
            (#"{"recurring": 1.5}"#, "the answer to 'recurring' must be a whole number, not 1.5"),
            (#"{"recurring": ["yes"]}"#, "'[yes]' is not an answer to 'recurring'; valid: yes, no"),
            (#"{"self_care": "yes"}"#, "'self_care' ends the walk and takes no answer, yet 'yes' was given"),
            (#"{"recuring": "yes"}"#, "the tree has no node 'recuring' (did you mean 'recurring'?)"),
            (#"{"recurring": "yes", "recurring": "no"}"#, "'recurring' is answered more than once"),
            (#"{"recurring": "yes"} x"#, "invalid JSON at column 22: unexpected text after the case"),
            (#"{"recurring": "y\es"}"#, #"invalid JSON at column 18: invalid escape '\e'"#),
            (#"{"recurring": "yes}"#, "invalid JSON at column 15: unterminated string"),
            (#"{recurring: "yes"}"#, "invalid JSON at column 2: expected a node id in quotes"),
            (#"{"red_flags": [1, {}]}"#, "the answer to 'red_flags' has a list item that is neither a label nor a whole number"),
            (
                #"{"red_flags": [9]}"#,
                "'9' is not an answer to 'red_flags'; valid: Numbness comes back regularly, Pain increases with movement, Tingling, Dizzy when standing up, Active urination, none"
            ),
        ]))
    func reportsWhatIsWrong(line: String, message: String) {
        do throws(BatchError) {
            _ = try read(line)
            Issue.record("'\(line)' was read")
        } catch {
            #expect(error.description == message)
        }
    }

    /// One reader remembers the answers it parsed, by node and the value's bytes; every line read
    /// again, through the memory, gives what a fresh reader gives (answers or error).
    @Test func rememberedAnswersGiveWhatParsingGives() throws {
        let tree = try Fixtures.engineTree()
        let lines = [
            #"{"red_flags":[],"recurring":"no"}"#, #"{"red_flags":["Tingling",3],"recurring":"no"}"#,
            #"{"red_flags":"none","recurring":"YES","injury":2,"therapist_finding":"ovaries"}"#,
            #"{"red_flags":[],"recurring":"no","recurring":"no"}"#, #"{"red_flags":[],"recurring":2-}"#,
            #"{"red_flags":[],"recurring":2}"#, #"{"red_flags":2}"#, #"{"red_flags":[],"recurring":2.0}"#,
            #"{"red_flags":[],"recurring":20}"#,
            #"{"red_flags":[],"recurring":"no"}"#, #"{"red_flags":[3,"Tingling"],"recurring":"no"}"#,
            #"{"red_flags":[],"recurring":" no "}"#, #"{"red_flags":["[]"],"recurring":"no"}"#, #"{"red_flags":[]]}"#,
            #"{"red_flags":"maybe"}"#, #"{"self_care":"no"}"#,
        ]
        func outcome(_ line: String, _ reader: inout BatchLineReader) -> String {
            var sheet = Answers(tree: tree)
            var text = line
            return text.withUTF8 { bytes in
                do throws(BatchError) {
                    try reader.read(bytes, into: &sheet)
                    return "\(sheet.byNode)"
                } catch {
                    return error.description
                }
            }
        }
        var remembering = BatchLineReader(tree: tree)
        for line in lines + lines + lines.reversed() {
            var fresh = BatchLineReader(tree: tree)
            #expect(outcome(line, &remembering) == outcome(line, &fresh), "\(line)")
        }
    }
}
