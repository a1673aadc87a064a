@testable import DecisionTree
import Foundation
import TestSupport
import Testing

/// Cites checked against their source document, on a small self-made source
/// (Tests/Fixtures/sources/minor-cuts.txt), so these run on every machine.
@Suite struct CitationTests {
    static let sources = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/sources").path
    static let digest = "f3b75e0001e67218b379719f9f76199e21dfebb0a13e558efdb731a2fbfc871e"

    /// A tree citing minor-cuts.txt: `source` and the two cites are spliced in.
    static func tree(source: String = "minor-cuts.txt", see: String, home: String) -> String {
        """
        tree: cuts
        title: Cuts
        source: \(source)
        start: deep
        nodes:
          deep:
            question: Is the cut deeper than 5 mm?
            answers: {yes: nurse, no: home}
          nurse:
            refer: nurse
            cite: \(see)
          home:
            outcome: Clean it at home
            cite: \(home)

        """
    }

    static let goodSee = "'See a nurse if: … the cut is deeper than 5 mm; ... it still bleeds after 10 minutes.'"
    static let goodHome = "Clean the wound with running water - not with alcohol."

    func expectDiagnostics(
        _ marked: String, _ expected: [(Rule, Diagnostic.Severity)], message: String? = nil,
        check: CitationCheck = CitationCheck(sourceFolders: [CitationTests.sources]),
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let (text, at) = markers(marked)
        let diagnostics = TreeLoader.load(text: text, path: "t.yaml", citations: check).diagnostics
        let got = diagnostics.map { "\($0.rule.rawValue)@\($0.location)/\($0.severity.rawValue)" }
        let want = zip(expected, at).map { "\($0.0.rawValue)@\($1)/\($0.1.rawValue)" }
        #expect(
            at.count == expected.count, "fixture has \(at.count) markers for \(expected.count) diagnostics", sourceLocation: sourceLocation)
        #expect(got == want, "\(diagnostics.map(\.summary))", sourceLocation: sourceLocation)
        if let message {
            #expect(
                diagnostics.contains { $0.message.contains(message) }, "no message contains '\(message)': \(diagnostics.map(\.message))",
                sourceLocation: sourceLocation)
        }
    }

    @Test func verbatimCitesPassAfterNormalisingWhitespaceQuotesAndDashes() {
        // The source breaks "with\nrunning" across lines and writes an en dash and curly quotes.
        expectDiagnostics(Self.tree(see: Self.goodSee, home: Self.goodHome), [])
        expectDiagnostics(
            Self.tree(
                see: "'needs a tetanus check - ask about the \"last booster\".'",
                home: "'Clean the wound with   running water – not with alcohol.'"), [])
    }

    @Test func citeNotInSourceNamesTheClosestPassageAndItsLine() {
        let changed = Self.tree(see: Self.goodSee, home: "‸Clean the wound with boiled water - not with alcohol.")
        expectDiagnostics(
            changed, [(.citeNotInSource, .error)],
            message: "the closest passage is at line 3: \"Clean the wound with running water - not with alcohol.\"")
        expectDiagnostics(
            changed, [(.citeNotInSource, .error)], message: "follows the source up to \"Clean the wound with\" but not \"boiled\"")
    }

    @Test func eachJoinedPartMustOccurAndIsNamed() {
        let marked = Self.tree(see: "‸'See a nurse if: … the cut is deeper than 6 mm;'", home: Self.goodHome)
        expectDiagnostics(marked, [(.citeNotInSource, .error)], message: "part 2 of 2 of the cite")
        expectDiagnostics(marked, [(.citeNotInSource, .error)], message: "line 7")
    }

    @Test func comparisonIsCaseSensitive() {
        expectDiagnostics(Self.tree(see: Self.goodSee, home: "‸clean the wound with running water"), [(.citeNotInSource, .error)])
    }

    @Test func aMatchingSHA256IsQuietAndAChangedOneWarns() {
        let good = "{file: minor-cuts.txt, title: Minor cuts, sha256: \(Self.digest)}"
        expectDiagnostics(Self.tree(source: good, see: Self.goodSee, home: Self.goodHome), [])
        let stale = "{file: minor-cuts.txt, sha256: ‸\(String(repeating: "0", count: 64))}"
        expectDiagnostics(
            Self.tree(source: stale, see: Self.goodSee, home: Self.goodHome), [(.sourceChanged, .warning)], message: Self.digest)
    }

    @Test func aSourceNotFoundIsOneNoteAndTheTreeStillLoads() throws {
        let marked = Self.tree(source: "‸nowhere.txt", see: "‸not checked", home: Self.goodHome)
        let (text, at) = markers(marked)
        let result = TreeLoader.load(text: text, path: "t.yaml", citations: CitationCheck(sourceFolders: [Self.sources]))
        #expect(result.diagnostics.map(\.rule) == [.sourceNotFound])
        #expect(result.diagnostics.first?.severity == .note)
        #expect(result.diagnostics.first?.location == at[0])
        #expect(result.tree != nil)
        // Without a check, nothing is looked up.
        #expect(TreeLoader.load(text: text, path: "t.yaml").diagnostics.isEmpty)
    }

    @Test func missingCiteOnlyWhenCitesAreRequired() {
        let marked = """
            tree: t
            title: T
            start: q
            nodes:
              q:
                question: Q?
                answers: {yes: r, no: o}
              ‸r: {refer: nurse}
              ‸o: {outcome: Done}
              cited: {outcome: Cited, cite: x}

            """.replacingOccurrences(of: "  cited: {outcome: Cited, cite: x}\n", with: "")
        expectDiagnostics(marked, [(.missingCite, .warning), (.missingCite, .warning)], check: CitationCheck(requireCites: true))
        expectDiagnostics(marked.replacingOccurrences(of: "‸", with: ""), [])
    }

    @Test func badSourceMappings() {
        expectDiagnostics(
            Self.tree(source: "‸{title: Cuts}", see: Self.goodSee, home: Self.goodHome), [(.missingField, .error)], message: "needs 'file'")
        expectDiagnostics(
            Self.tree(source: "{file: minor-cuts.txt, sha256: ‸abc}", see: Self.goodSee, home: Self.goodHome), [(.wrongType, .error)],
            message: "64 hexadecimal")
        expectDiagnostics(
            Self.tree(source: "{file: minor-cuts.txt, ‸sha: x}", see: Self.goodSee, home: Self.goodHome), [(.unknownKey, .error)])
    }

    @Test func sourceMappingSurvivesTheJSONModel() throws {
        let text = Self.tree(
            source: "{file: minor-cuts.txt, title: Minor cuts, sha256: \(Self.digest)}", see: Self.goodSee, home: Self.goodHome)
        let tree = try Fixtures.tree(text)
        #expect(tree.source == SourceDocument(file: "minor-cuts.txt", title: "Minor cuts", sha256: Self.digest))
        let back = TreeLoader.load(text: JSONExport.text(tree), path: "t.json")
        #expect(back.tree?.source == tree.source)
        let plain = try Fixtures.tree(Self.tree(see: Self.goodSee, home: Self.goodHome))
        #expect(JSONExport.text(plain).contains("\"source\": \"minor-cuts.txt\","))
    }

    @Test func sha256KnownAnswers() {
        #expect(Digest.sha256Hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Digest.sha256Hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            Digest.sha256Hex(Array(String(repeating: "a", count: 1000).utf8))
                == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func pathListSplitsOnColons() {
        #expect(CitationCheck.folders(inPathList: "a::b:") == ["a", "b"])
        #expect(CitationCheck.folders(inPathList: nil).isEmpty)
    }
}

/// `--sources` and `DTREE_SOURCES` through the CLI, on the same fixture source.
@Suite struct CitationCLITests {
    func scratchTree(see: String = CitationTests.goodSee) throws -> (ScratchFolder, String) {
        let scratch = try ScratchFolder()
        let path = try scratch.write("cuts.yaml", CitationTests.tree(see: see, home: CitationTests.goodHome))
        return (scratch, path)
    }

    @Test func sourcesFolderIsSearchedAndABadCiteFailsStrictValidation() throws {
        let (scratch, path) = try scratchTree(see: "Most small cuts heal within a week.")
        defer { scratch.cleanup() }
        let result = try CLI.run(["validate", "--strict", "--sources", CitationTests.sources, path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("cuts.yaml:11:11: error: the cite does not occur in 'minor-cuts.txt'"), "\(result.stdout)")
        #expect(result.stdout.contains("[cite-not-in-source]"))
    }

    @Test func environmentFoldersAreSearchedToo() throws {
        let (scratch, path) = try scratchTree()
        defer { scratch.cleanup() }
        let result = try CLI.run(["validate", "--strict", path], environment: ["DTREE_SOURCES": "/nonexistent:" + CitationTests.sources])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasSuffix("1 file checked: 0 errors, 0 warnings\n"), "\(result.stdout)")
    }

    @Test func aMissingSourceIsANoteThatPassesEvenStrict() throws {
        let (scratch, path) = try scratchTree()
        defer { scratch.cleanup() }
        let text = try CLI.run(["validate", "--strict", path], environment: ["DTREE_SOURCES": ""])
        #expect(text.status == 0)
        #expect(text.stdout.contains("cuts.yaml:3:9: note: source 'minor-cuts.txt' was not found"), "\(text.stdout)")
        #expect(text.stdout.hasSuffix("1 file checked: 0 errors, 0 warnings, 1 note\n"))
        let github = try CLI.run(["validate", "--strict", "--format", "github", path], environment: ["DTREE_SOURCES": ""])
        #expect(github.status == 0)
        #expect(github.stdout.hasPrefix("::notice file="), "\(github.stdout)")
        let json = try CLI.run(["validate", "--format", "json", path], environment: ["DTREE_SOURCES": ""])
        #expect(json.stdout.contains("\"severity\" : \"note\""))
    }

    @Test func testCommandChecksCitesToo() throws {
        let (scratch, path) = try scratchTree(see: "Most small cuts heal within a week.")
        defer { scratch.cleanup() }
        try scratch.write("cuts.tests.yaml", "tree: cuts.yaml\ncases:\n  - name: deep\n    answers: {deep: yes}\n    expect: nurse\n")
        let result = try CLI.run(["test", "--sources", CitationTests.sources, path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("[cite-not-in-source]"), "\(result.stdout)")
        let clean = try CLI.run(["test", path], environment: ["DTREE_SOURCES": ""])
        #expect(clean.status == 0, "\(clean.stdout)")
    }

    @Test func aSourcesFolderThatIsNotAFolderIsAUsageError() throws {
        let result = try CLI.run(["validate", "--sources", "/nonexistent-folder", "Trees/"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--sources /nonexistent-folder: no such folder"))
    }
}
