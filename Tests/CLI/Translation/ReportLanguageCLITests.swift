import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `--lang` on `dtree test`, `dtree diff` and `dtree safety`: the reports' own words in the
/// language, the files' texts as written, machine formats unchanged; and run's path lines.
@Suite struct ReportLanguageCLITests {
    private let ward = HazardFixtures.path("ward.yaml")

    private func hasCyrillic(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
    }

    @Test func testReportsInRussianWithTheFilesTextsAsWritten() throws {
        let result = try CLI.run(["test", "--lang", "ru", ward])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(HazardFixtures.path("ward.tests.yaml")) (дерево \(ward))")
        #expect(lines.contains("  ПРОЙДЕН a warning sign with an injury sees a traumatologist"))
        #expect(lines.contains("  ПРОЙДЕН инвариант: every path asks about an injury"))
        #expect(lines.contains("  ПРОЙДЕН опасность: HAZ-001 Injury missed after a warning sign"))
        #expect(lines.contains("       примечание: не проверена (статус: открыта)"))
        #expect(lines.contains("покрытие \(ward): итоги 3/3 (100%), переходы 7/7 (100%)"))
        #expect(lines.last == "пройдено: 8, не пройдено: 0")
        for english in ["PASS", "invariant:", "coverage of", "passed,", "verified by", "names no invariant"] {
            #expect(!result.stdout.contains(english), "'\(english)' is English")
        }
        // Without --lang, and whatever the locale says, the report is English.
        let english = try CLI.run(["test", ward], environment: ["LANG": "ru_RU.UTF-8", "LC_ALL": "ru_RU.UTF-8"])
        #expect(english.stdout.hasSuffix("8 passed, 0 failed\n") && !hasCyrillic(english.stdout))
    }

    @Test func aHazardNotVerifiedReadsInRussianInTestAndSafety() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        for file in ["ward.yaml", "ward.tests.yaml", "ward.hazards.yaml"] {
            var text = try String(contentsOfFile: HazardFixtures.path(file), encoding: .utf8)
            if file == "ward.yaml" { text = text.replacingOccurrences(of: "any: flag_injury", with: "any: neuro") }
            try scratch.write(file, text)
        }
        let tree = scratch.url.appendingPathComponent("ward.yaml").path
        let tested = try CLI.run(["test", "--lang", "ru", tree])
        #expect(tested.status == 1)
        #expect(
            tested.stdout.contains("  ПРОВАЛЕН опасность: HAZ-001 Injury missed after a warning sign\n       место: "), "\(tested.stdout)")
        #expect(tested.stdout.contains("       не проходят: «every path asks about an injury»\n       не проверена (статус: закрыта)\n"))
        let safety = try CLI.run(["safety", "--lang", "ru", tree])
        #expect(safety.status == 1)
        #expect(safety.stdout.contains("- Статус: закрыта; НЕ ПРОВЕРЕНА\n"))
        #expect(safety.stdout.contains("инвариант «every path asks about an injury» НАРУШЕН: counterexample:"))
        #expect(safety.stdout.contains("- HAZ-001 не проверена: «every path asks about an injury» не проходит\n"))
    }

    @Test func mutationTestingReportsInRussian() throws {
        let result = try CLI.run(["test", "--mutants", "--lang", "ru", ward])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("оценка мутационного тестирования \(ward): ") == true, "\(result.stdout)")
        #expect(lines.contains { $0.hasPrefix("  ВЫЖИЛ both: срочность routine (было: urgent) (") })
        #expect(lines.contains { $0.hasPrefix("       при ответах red_flags=Tingling, flag_injury=yes: направление по пути: ") })
        #expect(lines.last?.hasPrefix("отсеяно: ") == true)
        let json = try CLI.run(["test", "--mutants", "--lang", "ru", "--format", "json", ward])
        #expect(json.stdout == (try CLI.run(["test", "--mutants", "--format", "json", ward])).stdout)
        let safety = try CLI.run(["safety", "--lang", "ru", ward])
        #expect(safety.stdout.contains("- ВЫЖИЛ both: срочность routine (было: urgent) (отличается при ответах red\\_flags=Tingling"))
    }

    @Test func machineFormatsStayEnglish() throws {
        func withoutTimes(_ text: String) -> String {
            text.split(separator: "\n").filter { !$0.contains("\"time\"") && !$0.contains("time=") }.joined(separator: "\n")
        }
        for format in ["json", "sarif", "github"] {
            let russian = try CLI.run(["test", "--lang", "ru", "--format", format, ward])
            let english = try CLI.run(["test", "--format", format, ward])
            #expect(withoutTimes(russian.stdout) == withoutTimes(english.stdout), "\(format)")
            #expect(russian.stderr == english.stderr, "\(format)")
        }
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let junit = scratch.url.appendingPathComponent("junit.xml").path
        #expect(try CLI.run(["test", "--lang", "ru", "--junit", junit, ward]).status == 0)
        #expect(!hasCyrillic(try String(contentsOfFile: junit, encoding: .utf8)))
    }

    @Test func safetyWritesMarkdownInRussian() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let output = scratch.url.appendingPathComponent("x.md").path
        let result = try CLI.run(["safety", "--lang", "ru", ward, "-o", output])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        let report = try String(contentsOfFile: output, encoding: .utf8)
        #expect(report.hasPrefix("# Отчёт о клинической безопасности: Ward triage\n\n## Область применения и назначение\n"))
        #expect(report.contains("| вероятность \\ тяжесть | малая | заметная | серьёзная | тяжёлая | катастрофическая |"))
        #expect(report.contains("| средняя | 2 | 2 | 3 | 3: HAZ-001 (исх.) | 4 |"))
        #expect(report.contains("### HAZ-001: Injury missed after a warning sign\n\n- Статус: закрыта; проверена\n"))
        #expect(report.contains("подтверждение: инвариант «every path asks about an injury» доказан на всех путях (4 пути)"))
        #expect(report.contains("- HAZ-002 — открыта\n"))
        #expect(report.contains("| ____________________ | Ответственный за клиническую безопасность |"))
        for english in ["Risk matrix", "Open items", "evidence:", "Status:", "(initial)", "proved over", "Clinical Safety Officer"] {
            #expect(!report.contains(english), "'\(english)' is English")
        }
        // The files' texts as written.
        #expect(report.contains("Причина: A patient with a warning sign is never asked about an injury."))
    }

    @Test func safetyWritesHTMLInRussianMarkedRussian() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let output = scratch.url.appendingPathComponent("x.html").path
        let result = try CLI.run(["safety", "--lang", "ru", ward, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("<html lang=\"ru\">"))
        let document = try XMLDocument(data: Data(text.utf8), options: [])
        let headings = try document.nodes(forXPath: "//h2").map { $0.stringValue ?? "" }
        #expect(
            headings == [
                "Область применения и назначение", "Матрица рисков", "Опасности", "Надёжность тестов", "Открытые вопросы",
                "Утверждение ответственным за клиническую безопасность",
            ])
        #expect(try document.nodes(forXPath: "//table[@id='risk-matrix']//td").count == 25)
        let english = try CLI.run(["safety", ward, "--format", "html"])
        #expect(english.stdout.contains("<html lang=\"en\">") && english.stdout.contains("<h2 id=\"matrix\">Risk matrix</h2>"))
    }

    @Test func safetyWritesAPDFInRussianThatIsA4Wide() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let output = scratch.url.appendingPathComponent("x.pdf").path
        let result = try CLI.run(["safety", "--lang", "ru", "Trees/back-numbness.yaml", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let pdf = try Data(contentsOf: URL(fileURLWithPath: output))
        let text = try PDFText.of(pdf).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        for phrase in [
            "Отчёт о клинической безопасности: Numb back", "Матрица рисков", "вероятность \\ тяжесть", "катастрофическая",
            "HAZ-001 (исх.)", "Открытые вопросы", "Ответственный за клиническую безопасность",
        ] {
            #expect(text.contains(phrase), "'\(phrase)' is missing")
        }
        #expect(try PDFText.pageWidth(pdf).map { $0 <= 596 } == true)
    }

    @Test func diffReportsInRussian() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let (old, new) = try TranslationDiffCLITests.rerouted(in: scratch)
        let result = try CLI.run(["diff", "--lang", "ru", old, new])
        #expect(result.status == 1)
        let out = result.stdout
        #expect(out.contains("\nузлы:\n  изменён  swelling: targets  (OLD строка 7, NEW строка 7)\n"), "\(out)")
        #expect(out.contains("\nпереходы:\n  перенаправлен swelling=yes: ortho -> gp  (OLD строка 10, NEW строка 10)\n"))
        #expect(out.contains("\nизменившиеся итоги:\n") && out.contains("    при ответах swelling=yes\n"))
        #expect(out.contains("\nутверждение:\n  OLD: не утверждено\n  NEW: не утверждено\n"))
        #expect(out.contains("\nмодели различаются, изменения: 1 узел, 1 переход, 1 пара итогов\n"))
        #expect(out.contains("\nПереводы, которые нужно перепроверить на изменившихся путях (\(scratch.url.path)/new/knee.ru.po):\n"))
        #expect(try CLI.run(["diff", "--lang", "ru", old, old]).stdout.hasSuffix("\nмодели совпадают\n"))
        // JSON stays English.
        let json = try CLI.run(["diff", "--lang", "ru", "--format", "json", old, new])
        #expect(json.stdout == (try CLI.run(["diff", "--format", "json", old, new])).stdout)
    }

    @Test func aLanguageWithoutDtreeWordsGivesEnglishReportsAndSaysSoOnce() throws {
        let note = "dtree has no words of its own in 'de'; its prompts and labels are in English\n"
        let tested = try CLI.run(["test", "--lang", "de", ward])
        #expect(tested.status == 0 && tested.stderr == note)
        #expect(tested.stdout == (try CLI.run(["test", ward])).stdout)
        let safety = try CLI.run(["safety", "--lang", "de", ward])
        #expect(safety.status == 0 && safety.stderr == note)
        #expect(safety.stdout == (try CLI.run(["safety", ward])).stdout)
        let root = CLI.packageRoot.appendingPathComponent("docs/examples/knee.yaml").path
        let diff = try CLI.run(["diff", "--lang", "de", root, root])
        #expect(diff.status == 0 && diff.stderr == note && diff.stdout.hasSuffix("\nthe models are the same\n"))
        #expect(try CLI.run(["safety", "--lang", "../x", ward]).status == 64)
    }

    @Test func runsPathLinesGiveChecklistAndReferStepWordsInTheRunsLanguage() throws {
        let answers = [
            "--answer", "red_flags=none", "--answer", "injury=no", "--answer", "doctor_signs=1", "--answer", "therapist_finding=1",
        ]
        let russian = try CLI.run(["run", "Trees/back-numbness.yaml", "--lang", "ru"] + answers)
        #expect(russian.status == 0, "\(russian.stderr)")
        #expect(russian.stdout.contains("\n  1. red_flags → ничего\n"), "\(russian.stdout)")
        #expect(russian.stdout.contains("\n  4. therapist → затем  (направить к специалисту: Терапевт)\n"))
        let english = try CLI.run(["run", "Trees/back-numbness.yaml"] + answers)
        #expect(english.stdout.contains("\n  1. red_flags → none\n") && english.stdout.contains("\n  4. therapist → then  (refer to "))
    }
}
