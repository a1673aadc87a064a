@testable import DecisionTree
import Testing

/// `QuotationIndex` (Validation/CitationChecker): its normalisation reads ASCII white space from
/// the scalar and the rest from Unicode's tables, which must agree with the tables everywhere;
/// sentences are cut only when a message needs them.
@Suite struct QuotationIndexTests {
    /// The normalisation as defined, with every scalar's White_Space read from the tables.
    static func normalizeByTables(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out += " "
                pendingSpace = false
            }
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}": out += "'"
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}": out += "\""
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": out += "-"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test func normalisationAgreesWithTheUnicodeTables() {
        var text = ""
        for value in UInt32(0)...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            text.unicodeScalars.append(scalar)
            text += "a"
        }
        #expect(QuotationIndex.normalize(text) == Self.normalizeByTables(text))
        #expect(QuotationIndex.normalize(" \u{1C}x\u{85}y\u{A0}z\u{3000} ") == "\u{1C}x y z")
    }

    @Test func aMissingCiteFindsItsClosestPassageByLine() {
        var index = QuotationIndex("First line about backs.\nNumbness in the back with fever: see a neurologist. Other text.\n")
        #expect(index.contains("see a neurologist"))
        #expect(!index.contains("see a surgeon"))
        let passage = index.closestPassage(to: "numbness in the back with a fever")
        #expect(passage?.line == 2)
        #expect(passage?.text.hasPrefix("Numbness in the back with fever") == true)
    }

    @Test func citesAreCutAtEllipsesOnly() {
        #expect(QuotationIndex.parts(of: "  one  passage. ") == ["one passage."])
        #expect(QuotationIndex.parts(of: "") == [])
        #expect(QuotationIndex.parts(of: " \n ") == [])
        #expect(QuotationIndex.parts(of: "first ... second…third") == ["first", "second", "third"])
        #expect(QuotationIndex.parts(of: "two.. dots … ") == ["two.. dots"])
        #expect(QuotationIndex.parts(of: "“curly” — dash") == ["\"curly\" - dash"])
    }

    /// The pieces as defined: `...` replaced by `…`, then split at `…`, by Character.
    static func piecesByCharacters(_ text: String) -> [String] {
        text.replacing("...", with: "…").split(separator: "…").map(String.init)
    }

    @Test func ellipsesFoundInBytesAreTheCharacterOnes() {
        let alphabet = [".", "…", "a", " ", "\u{301}", "\u{600}", "\u{200D}", "é", "e", "👍", "\u{1F3FD}", "\n", "Б"]
        var generator = SystemRandomNumberGenerator()
        var samples = [
            "", ".", "..", "...", "....", "......", "…", "a...b", "a…b…", "...\u{301}", "\u{600}...", "..\u{301}.", "x…\u{301}y",
        ]
        for _ in 0..<3000 {
            let length = Int.random(in: 0...12, using: &generator)
            samples.append((0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined())
        }
        for text in samples {
            #expect(QuotationIndex.ellipsisPieces(text).map(String.init) == Self.piecesByCharacters(text), "\(Array(text.unicodeScalars))")
        }
    }
}
