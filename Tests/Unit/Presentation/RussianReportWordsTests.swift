import DecisionTree
import Foundation
import TestSupport
import Testing

/// The reports' words in Russian (`dtree test`, `dtree diff`, `dtree safety` with `--lang ru`):
/// no English left, correct counting, and English output unchanged.
@Suite struct RussianReportWordsTests {
    private func hasCyrillic(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
    }

    /// Every `String` and `[String]` field of `russian`, by name, next to the same field of `english`.
    private func fixedWords<T>(_ russian: T, _ english: T) -> [(name: String, russian: String, english: String)] {
        let english = Dictionary(uniqueKeysWithValues: Mirror(reflecting: english).children.map { ($0.label ?? "", $0.value) })
        var words: [(String, String, String)] = []
        for child in Mirror(reflecting: russian).children {
            let name = child.label ?? ""
            if let text = child.value as? String, let other = english[name] as? String {
                words.append((name, text, other))
            } else if let texts = child.value as? [String], let others = english[name] as? [String] {
                #expect(texts.count == others.count, "\(name)")
                for (index, pair) in zip(texts, others).enumerated() { words.append(("\(name)[\(index)]", pair.0, pair.1)) }
            }
        }
        return words
    }

    /// How many fields of `value` are closures (phrases with parts), so a test can tell when one is added.
    private func phraseCount<T>(_ value: T) -> Int {
        Mirror(reflecting: value).children.filter {
            !($0.value is String) && !($0.value is [String]) && !($0.value is Phrasebook.MutationWords)
        }.count
    }

    private func expectRussian(_ phrases: [(String, String, String)], _ kind: String) {
        for (name, russian, english) in phrases {
            #expect(russian != english, "\(kind).\(name) is the English '\(english)'")
            #expect(hasCyrillic(russian), "\(kind).\(name) has no Russian: '\(russian)'")
        }
    }

    @Test func theTestAndDiffReportWordsHaveNoEnglishLeft() {
        let russian = Phrasebook.ReportWords.russian, english = Phrasebook.ReportWords.english
        expectRussian(fixedWords(russian, english).map { ($0.name, $0.russian, $0.english) }, "ReportWords")
        func both(_ phrase: (Phrasebook.ReportWords) -> String) -> (String, String) { (phrase(russian), phrase(english)) }
        let phrases: [(String, (String, String))] = [
            ("passedFailed", both { $0.passedFailed(3, 1) }),
            ("suiteHeading", both { $0.suiteHeading("a.tests.yaml", "a.yaml") }),
            ("suiteCannotRun", both { $0.suiteCannotRun("x") }),
            ("at", both { $0.at("f", 1, 2) }),
            ("note", both { $0.note("x") }),
            ("invariant", both { $0.invariant("x") }),
            ("coverage", both { $0.coverage("x") }),
            ("coverageOf", both { $0.coverageOf("p", "s") }),
            ("untestedOutcome", both { $0.untestedOutcome("x", "p:1") }),
            ("untestedEdges", both { $0.untestedEdges(["a=b"], 2) }),
            ("diffTreeFields", both { $0.diffTreeFields(["title"]) }),
            ("diffWith", both { $0.diffWith("a=b") }),
            ("diffReroutedLine", both { $0.diffReroutedLine("age", "50 ..< 55", "a", "b", ">= 50", "< 55", "50", "54") }),
            ("diffScenarios", both { $0.diffScenarios("p", 1, 2) }),
            ("diffStale", both { $0.diffStale("abc") }),
            ("diffIncomplete", both { $0.diffIncomplete(3, 4) }),
            ("diffDiffer", both { $0.diffDiffer(1, 2, 3, 5) }),
            ("hazardName", both { $0.hazardName("HAZ-001") }),
            ("coverageSummary", both { $0.coverageSummary(1, 2, "50%", 3, 4, "75%") }),
            ("diffChange", both { $0.diffChange("added") + $0.diffChange("changed") + $0.diffChange("removed") }),
            ("diffChange retargeted", both { $0.diffChange("retargeted") }),
            ("diffLines", both { $0.diffLines(1, 2) }),
            ("diffOneSidedLine", both { $0.diffOneSidedLine("a=b", "NEW", "c=d") }),
            ("diffScenarioLine", both { $0.diffScenarioLine(3, "n", "a", "b") }),
            ("diffTranslations", both { $0.diffTranslations("a.ru.po") }),
            ("hazardVerifiedBy", both { $0.hazardVerifiedBy(["a", "b"]) }),
            ("hazardFailing", both { $0.hazardFailing(["a"]) }),
            ("hazardControlNamesNoTest", both { $0.hazardControlNamesNoTest("x") }),
            ("hazardNotVerified", both { $0.hazardNotVerified("open") }),
        ]
        expectRussian(phrases.map { ($0.0, $0.1.0, $0.1.1) }, "ReportWords")
        // OLD and NEW name the command's arguments, so a diff side has no Russian word; it is still Russian punctuation.
        #expect(russian.diffSide("OLD", "a", "b") != english.diffSide("OLD", "a", "b"))
        // Every phrase with parts is checked: diffSide here, diffChange twice above.
        #expect(phraseCount(russian) == phrases.count, "a phrase was added to ReportWords: check its Russian here")
    }

    @Test func theSafetyCaseWordsHaveNoEnglishLeft() {
        let russian = Phrasebook.SafetyWords.russian, english = Phrasebook.SafetyWords.english
        #expect(russian.language == "ru" && english.language == "en")
        expectRussian(
            fixedWords(russian, english).filter { $0.name != "language" }.map { ($0.name, $0.russian, $0.english) }, "SafetyWords")
        func both(_ phrase: (Phrasebook.SafetyWords) -> String) -> (String, String) { (phrase(russian), phrase(english)) }
        let phrases: [(String, (String, String))] = [
            ("title", both { $0.title("Ward") }),
            ("tree", both { $0.tree("ward", "2") }),
            ("sourceDocument", both { $0.sourceDocument("t", "f") }),
            ("intendedUse", both { $0.intendedUse("x") }),
            ("riskMatrix", both { $0.riskMatrix("DCB0129") }),
            ("testsResult", both { $0.testsResult("p", 1, 2) }),
            ("placedInitial", both { $0.placedInitial("HAZ-1") }),
            ("placedResidual", both { $0.placedResidual("HAZ-1") }),
            ("status", both { words in HazardStatus.allCases.map { words.status($0.rawValue) }.joined(separator: ",") }),
            ("statusLabel", both { $0.statusLabel("x") }),
            ("risk", both { $0.risk(3, "a", "b") }),
            ("controlKind", both { words in ControlKind.allCases.map { words.controlKind($0.rawValue) }.joined(separator: ",") }),
            ("evidence", both { $0.evidence("x") }),
            ("invariantProved", both { $0.invariantProved("x", 4) + $0.invariantProved("x", nil) }),
            ("invariantFails", both { $0.invariantFails("x", "d") }),
            ("casePassed", both { $0.casePassed("x") }),
            ("caseFails", both { $0.caseFails("x", nil) }),
            ("notATest", both { $0.notATest("x") }),
            ("mutationScore", both { $0.mutationScore("90%", 9, 10, 1, 2) }),
            ("survivors", both { $0.survivors(0) + $0.survivors(2) }),
            ("survived", both { $0.survived("edit", "a=b") }),
            ("openStatus", both { $0.openStatus("HAZ-1", $0.status("open")) }),
            ("openNotVerified", both { $0.openNotVerified("HAZ-1", ["r"]) }),
            ("reasonFails", both { $0.reasonFails("x") }),
            ("reasonNoTest", both { $0.reasonNoTest("x") }),
        ]
        expectRussian(phrases.map { ($0.0, $0.1.0, $0.1.1) }, "SafetyWords")
        // Each status and control kind is a word of its own, none left as the log writes it.
        for status in HazardStatus.allCases { #expect(hasCyrillic(russian.status(status.rawValue)), "\(status)") }
        for kind in ControlKind.allCases { #expect(hasCyrillic(russian.controlKind(kind.rawValue)), "\(kind)") }
        #expect(phraseCount(russian) == phrases.count, "a phrase was added to SafetyWords: check its Russian here")
    }

    @Test func theMutationWordsHaveNoEnglishLeft() {
        let russian = Phrasebook.MutationWords.russian, english = Phrasebook.MutationWords.english
        expectRussian(fixedWords(russian, english).map { ($0.name, $0.russian, $0.english) }, "MutationWords")
        func both(_ phrase: (Phrasebook.MutationWords) -> String) -> (String, String) { (phrase(russian), phrase(english)) }
        let phrases: [(String, (String, String))] = [
            ("retarget", both { $0.retarget("a=b", "c", "d") }),
            ("swapAnswers", both { $0.swapAnswers("n", "a", "b") }),
            ("dropAnswer", both { $0.dropAnswer("a=b") }),
            ("dropItem", both { $0.dropItem("n", "i") }),
            ("swapAnyNone", both { $0.swapAnyNone("n") }),
            ("urgency", both { $0.urgency("n", nil, "urgent") }),
            ("dropAdvice", both { $0.dropAdvice("n") }),
            ("rewordAdvice", both { $0.rewordAdvice("n") }),
            ("rewordedAdvice", both { $0.rewordedAdvice("x") }),
            ("dropReferStep", both { $0.dropReferStep("n", "m") }),
            ("boundary", both { $0.boundary("age", "< 18", "18 ..< 50", "< 17", "17 ..< 50") }),
            ("killedByCase", both { $0.killedByCase("x") }),
            ("killedByInvariant", both { $0.killedByInvariant("x") }),
            ("witness", both { $0.witness("a=b", "c") }),
            ("answerOneSided", both { $0.answerOneSided("a", true) + $0.answerOneSided("a", false) }),
            ("referralSkipped", both { $0.referralSkipped("n") }),
            ("referralChanged", both { $0.referralChanged("a", "b") }),
            ("score", both { $0.score("p", "90%", 9, 10, 1, 2) }),
            ("operatorScore", both { $0.operatorScore("retarget", "100%", 1, 1) }),
            ("ran", both { $0.ran(1, 2, 3) }),
            ("closing", both { $0.closing(1, 2, 3, 4) }),
            ("belowMinimum", both { $0.belowMinimum("1%", "2%") }),
            ("notMutated", both { $0.notMutated("p") }),
            ("suggestEdge", both { $0.suggestEdge("a=b") }),
            ("suggestOutcome", both { $0.suggestOutcome("n") }),
            ("suggestKill", both { $0.suggestKill("x") }),
            ("suggestHeading", both { $0.suggestHeading(2, "f") }),
            ("suggestWritten", both { $0.suggestWritten(2, "f") }),
            ("suggestNothing", both { $0.suggestNothing("f") }),
            ("pageLine", both { $0.pageLine(3) }),
        ]
        expectRussian(phrases.map { ($0.0, $0.1.0, $0.1.1) }, "MutationWords")
        // `OLD -> NEW` has no word in either language.
        #expect(russian.outcomeChanged("a", "b") == "a -> b")
        #expect(phraseCount(russian) == phrases.count + 1, "a phrase was added to MutationWords: check its Russian here")
        #expect(Phrasebook.russian.mutation.pageHeading == russian.pageHeading)
        #expect(Phrasebook.SafetyWords.russian.mutation.survived == russian.survived)
    }

    @Test func theEnglishLevelsAreTheHazardFilesWords() {
        let english = Phrasebook.SafetyWords.english
        #expect(english.severities == HarmSeverity.allCases.map(\.word))
        #expect(english.likelihoods == HarmLikelihood.allCases.map(\.word))
        #expect(Set(Phrasebook.SafetyWords.russian.severities).count == 5 && Set(Phrasebook.SafetyWords.russian.likelihoods).count == 5)
    }

    @Test func russianCountsTakeTheNounFormTheNumberNeeds() {
        let forms = ["случай", "случая", "случаев"]
        let expected = [
            0: "случаев", 1: "случай", 2: "случая", 4: "случая", 5: "случаев", 11: "случаев", 12: "случаев", 14: "случаев",
            21: "случай", 22: "случая", 25: "случаев", 101: "случай", 111: "случаев", 112: "случаев", 1_000_004: "случая",
        ]
        for (count, noun) in expected {
            #expect(Phrasebook.russianCount(count, forms[0], forms[1], forms[2]) == "\(count) \(noun)")
        }
        #expect(Phrasebook.ReportWords.russian.diffDiffer(0, 1, 2, 5) == "модели различаются, изменения: 1 узел, 2 перехода, 5 пар итогов")
        #expect(Phrasebook.SafetyWords.russian.invariantProved("x", 21) == "инвариант «x» доказан на всех путях (21 путь)")
    }

    @Test func theRussianPhrasebookHasTheReportsInRussian() {
        let words = Phrasebook.forLanguage("ru_RU.UTF-8").words
        #expect(words.report.diffSame == Phrasebook.ReportWords.russian.diffSame)
        #expect(words.safety.language == "ru")
        #expect(Phrasebook.english.safety.language == "en" && Phrasebook.forLanguage("de").words.safety.language == "en")
        #expect(words.run.checkedNone == "ничего" && Phrasebook.english.run.checkedNone == "none")
    }

    @Test func theSafetyCaseInRussianKeepsNoEnglishHeadingAndTheFilesTextsAsWritten() throws {
        let safetyCase = try SafetyCase.load(treePath: HazardFixtures.path("ward.yaml"))
        let english = Phrasebook.SafetyWords.english
        let markdown = safetyCase.markdown(words: .russian)
        for heading in [
            english.scopeHeading, english.matrixHeading, english.hazardsHeading, english.openHeading, english.signOffHeading,
            english.strengthHeading, "Status: ", "evidence: ", "Initial risk", "proved over", "(initial)", "likelihood",
        ] {
            #expect(!markdown.contains(heading), "'\(heading)' is English")
        }
        #expect(markdown.hasPrefix("# Отчёт о клинической безопасности: Ward triage\n"))
        #expect(markdown.contains("### HAZ-001: Injury missed after a warning sign"))
        #expect(safetyCase.html(words: .russian).contains("<html lang=\"ru\">"))
        #expect(safetyCase.markdown() == safetyCase.markdown(words: .english))
        #expect(safetyCase.html().contains("<html lang=\"en\">"))
    }
}
