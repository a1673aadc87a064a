import DecisionTree
import Foundation
import Testing
import TestSupport

/// The phrasebook owns every word a person reads: its main phrases are composed nowhere else.
@Suite struct PhrasebookTests {
    /// Phrases only `Sources/DecisionTree/Presentation/` may spell out. A front end that writes
    /// one of these itself composes a phrase outside the phrasebook.
    static let ownedPhrases = [
        "Refer to", "refer to", "REFER TO", "Referral to", "Urgency: ", "urgency not stated", "not stated by the tree",
        "Outcome: ", "Advice: ", "Help: ", "Source: ", "Commands: ", "one or more apply", "none apply",
        "None of these", "➜ Refer", "Reached: ", "passed on the way",
        // The safety case report's (Phrasebook+Safety.swift).
        "Clinical safety case report", "Scope and intended use", "Risk matrix", "Open items", "Surviving mutants",
        "Content hash (sha256)", "Clinical Safety Officer",
    ]

    @Test func mainPhrasesAreComposedOnlyInThePhrasebook() throws {
        let sources = CLI.packageRoot.appendingPathComponent("Sources")
        let presentation = sources.appendingPathComponent("DecisionTree/Presentation").path + "/"
        var found: [String] = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard !file.path.hasPrefix(presentation), let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                // Comments and names may say a phrase; a string literal may not.
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") { continue }
                let literals = code.matches(of: /"(?:[^"\\]|\\.)*"/).map { String($0.output) }
                for phrase in Self.ownedPhrases where literals.contains(where: { $0.contains(phrase) }) {
                    found.append("\(file.path.dropFirst(sources.path.count + 1)):\(number + 1): \"\(phrase)\"")
                }
            }
        }
        #expect(found.isEmpty, "phrases composed outside Sources/DecisionTree/Presentation:\n\(found.joined(separator: "\n"))")
    }

    /// The four spellings that predate the phrasebook, each composed by one phrase.
    @Test func referralFormsKeepTheirSpellings() {
        let words = Phrasebook.english.referral
        #expect(words.title("neurologist") == "Refer to: neurologist")
        #expect(words.heading("neurologist", "urgent") == "Refer to: neurologist (urgency: urgent)")
        #expect(words.heading("neurologist", nil) == "Refer to: neurologist (urgency not stated)")
        #expect(words.action("neurologist") == "Refer to neurologist")
        #expect(words.inSentence("neurologist", nil) == "refer to neurologist (urgency not stated)")
        #expect(words.passedNote("neurologist", "soon") == "(refer to neurologist, soon)")
        #expect(words.hover("neurologist") == "refer to: neurologist")
        #expect(words.passedLine("therapist", nil, "rest") == "Refer to: therapist: rest")
        #expect(words.urgency(nil) == "Urgency: not stated by the tree")
        #expect(Phrasebook.english.chart.referBanner == "REFER TO")
    }
}
