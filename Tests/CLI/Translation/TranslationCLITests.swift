import Foundation
import TestSupport
import Testing

/// `dtree translate` and `--lang` on run, render and review, through the built binary.
@Suite struct TranslationCLITests {
    private func knee(_ scratch: ScratchFolder, reviewed: Bool = false) throws -> String {
        let root = CLI.packageRoot.appendingPathComponent("docs/examples")
        let tree = try scratch.write("knee.yaml", String(contentsOf: root.appendingPathComponent("knee.yaml"), encoding: .utf8))
        var po = try String(contentsOf: root.appendingPathComponent("knee.ru.po"), encoding: .utf8)
        if reviewed { po = po.replacingOccurrences(of: "#, fuzzy\n", with: "") }
        try scratch.write("knee.ru.po", po)
        return tree
    }

    @Test func translateWritesTheFileBesideTheTreeAndSaysWhatChanged() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let tree = try knee(scratch)
        let before = try String(contentsOfFile: scratch.url.appendingPathComponent("knee.ru.po").path, encoding: .utf8)
        let same = try CLI.run(["translate", tree, "--lang", "ru"])
        #expect(
            same.status == 0 && same.stdout.hasSuffix("knee.ru.po: 9 strings; 0 new, 0 changed in the source (now fuzzy), 0 obsolete\n"))
        #expect(try String(contentsOfFile: scratch.url.appendingPathComponent("knee.ru.po").path, encoding: .utf8) == before)
        let created = try CLI.run(["translate", tree, "--lang", "de"])
        #expect(created.status == 0 && created.stdout.contains("9 new"))
        #expect(try CLI.run(["translate", tree, "--lang", "../x"]).status == 64)
    }

    @Test func runInRussianMarksAnUnreviewedTranslationAndTakesTranslatedLabels() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let tree = try knee(scratch)
        let result = try CLI.run(["run", tree, "--lang", "ru"], stdin: "нет\n")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("⚠ перевод не проверен\nНаправление: Врач общей практики  (gp)\n"), "\(result.stdout)")
        #expect(result.stdout.contains("Путь:\n  1. swelling → Нет\n"))
        // Reviewed: no mark; answer ids still work.
        let reviewedTree = try knee(scratch, reviewed: true)
        let reviewed = try CLI.run(["run", reviewedTree, "--lang", "ru", "--answer", "swelling=yes"])
        #expect(reviewed.status == 0 && !reviewed.stdout.contains("⚠") && reviewed.stdout.hasPrefix("Направление: Ортопед"))
    }

    @Test func theLocalePicksOnlyAReviewedTranslation() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let tree = try knee(scratch)
        let unreviewed = try CLI.run(["run", tree, "--answer", "swelling=no"], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(unreviewed.stdout.hasPrefix("Refer to: General practitioner"), "\(unreviewed.stdout)")
        _ = try knee(scratch, reviewed: true)
        let reviewed = try CLI.run(["run", tree, "--answer", "swelling=no"], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(reviewed.stdout.hasPrefix("Направление: Врач общей практики"), "\(reviewed.stdout)")
    }

    @Test func aLanguageWithoutDtreeWordsFallsBackToEnglishAndSaysSoOnce() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let tree = try knee(scratch)
        #expect(try CLI.run(["translate", tree, "--lang", "ar"]).status == 0)
        let result = try CLI.run(["run", tree, "--lang", "ar", "--answer", "swelling=no"])
        #expect(result.stderr == "dtree has no words of its own in 'ar'; its prompts and labels are in English\n")
        #expect(result.stdout.hasPrefix("⚠ translation not reviewed\nRefer to: General practitioner"), "\(result.stdout)")
        let missing = try CLI.run(["run", tree, "--lang", "fr"])
        #expect(missing.status == 2 && missing.stderr.contains("no translation into 'fr'"))
        #expect(try CLI.run(["run", tree, "--lang", "ru", "--record", "x.tests.yaml"]).status == 64)
    }

    @Test func renderAndReviewSpeakTheLanguageWithTheMark() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let tree = try knee(scratch)
        let svg = try CLI.run(["render", tree, "--lang", "ru", "--format", "svg", "-o", "-"])
        #expect(svg.status == 0 && svg.stdout.contains("перевод не проверен") && svg.stdout.contains("Обозначения"))
        #expect(svg.stdout.contains("Колено опухло"))
        let page = try CLI.run(["review", tree, "--lang", "ru", "-o", "-"])
        #expect(page.status == 0 && page.stdout.contains("<title>Проверка: Боль в колене (⚠ перевод не проверен)</title>"))
        // The page's own words are Russian too.
        #expect(page.stdout.contains("<h2 id=\"diagram-heading\">Схема</h2>") && page.stdout.contains(">◀ Назад</button>"))
        #expect(page.stdout.contains("<nav id=\"languages\" class=\"noprint\" aria-label=\"Язык\">"))
        #expect(page.stdout.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ru\">"))
        #expect(try CLI.run(["translate", tree, "--lang", "ar"]).status == 0)
        let arabic = try CLI.run(["review", tree, "--lang", "ar", "-o", "-"])
        #expect(arabic.stdout.contains("lang=\"ar\" dir=\"rtl\">"))
    }

    /// The chart's own edge words (a checklist's any/none, a referral's then) and the SVG's
    /// outline for screen readers are in the chart's language, not English.
    @Test func aRussianChartWordsItsChecklistEdgesAndOutlineInRussian() throws {
        let svg = try CLI.run(["render", "Trees/back-numbness.yaml", "--lang", "ru", "--format", "svg", "-o", "-"])
        #expect(svg.status == 0)
        for russian in ["есть хотя бы одно", "ничего из этого", "затем", "Если есть хотя бы одно: Вопрос:"] {
            #expect(svg.stdout.contains(russian), "\(russian)")
        }
        for english in ["one or more apply", "none apply", ">then<", "If one or more apply", "Inference (the tree"] {
            #expect(!svg.stdout.contains(english), "\(english)")
        }
        let english = try CLI.run(["render", "Trees/back-numbness.yaml", "--format", "svg", "-o", "-"])
        #expect(english.stdout.contains("one or more apply") && english.stdout.contains("If one or more apply: Ask:"))
    }

    @Test func theReviewPageOffersEveryReviewedLanguageAndNoUnreviewedOne() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        // Unreviewed (fuzzy entries): no switch, no Russian diagram.
        let tree = try knee(scratch)
        let plain = try CLI.run(["review", tree, "-o", "-"])
        #expect(plain.status == 0 && !plain.stdout.contains("id=\"languages\"") && !plain.stdout.contains("Колено опухло"))
        // Reviewed: a switch with both languages, the Russian diagram in its template and the
        // Russian stepper strings in the page data; the English page stays English.
        _ = try knee(scratch, reviewed: true)
        let page = try CLI.run(["review", tree, "-o", "-"])
        #expect(page.status == 0)
        #expect(page.stdout.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"))
        #expect(page.stdout.contains("<nav id=\"languages\" class=\"noprint\" aria-label=\"Language\">"))
        #expect(page.stdout.contains("data-lang=\"en\" lang=\"en\" aria-pressed=\"true\">en</button>"))
        #expect(page.stdout.contains("data-lang=\"ru\" lang=\"ru\" aria-pressed=\"false\">ru</button>"))
        #expect(page.stdout.contains("<template class=\"chart-language\" data-lang=\"ru\"><svg"))
        #expect(page.stdout.contains("\"lang\":\"ru\"") && page.stdout.contains("Колено опухло"))
        #expect(!page.stdout.contains("перевод не проверен"))
        // The Russian stepper words wait in the page data for the switch.
        #expect(page.stdout.contains("\"back\":\"◀ Назад\"") && page.stdout.contains(">◀ Back</button>"))
        // Shown in Russian with --lang: English is the other language offered.
        let russian = try CLI.run(["review", tree, "--lang", "ru", "-o", "-"])
        #expect(russian.stdout.contains("lang=\"ru\" aria-pressed=\"true\">ru</button>"))
        #expect(russian.stdout.contains("<template class=\"chart-language\" data-lang=\"en\"><svg"))
    }

    @Test func aBrokenTranslationIsOneLocatedErrorAndTheTreeStillValidates() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let tree = try knee(scratch)
        let path = try scratch.write(
            "knee.ru.po",
            "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=KOI8-R\\n\"\n\nmsgctxt \"a\"\nmsgid \"A\"\nmsgstr \"B\"\n")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let translate = try CLI.run(["translate", tree, "--lang", "ru"])
        #expect(translate.status == 1)
        #expect(
            translate.stderr.hasPrefix(
                "\(path):3:1: error: the header declares charset KOI8-R; dtree reads PO files in UTF-8 only [po-charset]"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let validate = try CLI.run(["validate", tree])
        #expect(
            validate.status == 1 && validate.stdout.contains("[po-charset]")
                && validate.stdout.hasSuffix("2 files checked: 1 error, 0 warnings\n"))
        #expect(try CLI.run(["run", tree, "--lang", "ru"]).status == 1)
        #expect(try CLI.run(["run", tree, "--answer", "swelling=no"]).status == 0)
    }

    /// The shipped tree's Russian draft: complete, every entry fuzzy; validate notes it, plain
    /// --strict passes, --strict --require-review fails on it.
    @Test func theShippedRussianDraftIsCompleteAndUnreviewed() throws {
        let plain = try CLI.run(["validate", "--strict", "Trees/back-numbness.yaml"])
        #expect(plain.status == 0, "\(plain.stdout)")
        #expect(
            plain.stdout.contains("Trees/back-numbness.ru.po:20:1: note: 88 of 88 translations are unreviewed (fuzzy)"), "\(plain.stdout)")
        #expect(!plain.stdout.contains("translation-missing") && !plain.stdout.contains("translation-stale"))
        let gate = try CLI.run(["validate", "--strict", "--require-review", "Trees/back-numbness.yaml"])
        #expect(gate.status == 1)
        #expect(gate.stdout.contains("warning: 88 of 88 translations are unreviewed (fuzzy)"), "\(gate.stdout)")
        // Cites stay in the source language: no entry translates one.
        let po = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Trees/back-numbness.ru.po"), encoding: .utf8)
        #expect(!po.contains(".cite\""))
        #expect(po.components(separatedBy: "#, fuzzy\n").count - 1 == 88)
    }
}

/// `dtree approve --lang`: a translator's sign-off, refused while entries are open, stale when
/// the tree or the translation changes.
@Suite struct TranslationApproveCLITests {
    @Test func aTranslatorSignsOffAReviewedLanguageAndItGoesStaleOnChange() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let root = CLI.packageRoot.appendingPathComponent("docs/examples")
        let tree = try scratch.write("knee.yaml", String(contentsOf: root.appendingPathComponent("knee.yaml"), encoding: .utf8))
        let po = try String(contentsOf: root.appendingPathComponent("knee.ru.po"), encoding: .utf8)
        let poPath = try scratch.write("knee.ru.po", po)
        let refused = try CLI.run(["approve", tree, "--lang", "ru", "--by", "T. Translator", "--role", "translator"])
        #expect(refused.status == 1 && refused.stderr.contains("not fully reviewed") && refused.stderr.contains("[translation-unreviewed]"))
        #expect(try String(contentsOfFile: poPath, encoding: .utf8) == po)
        try scratch.write("knee.ru.po", po.replacingOccurrences(of: "#, fuzzy\n", with: ""))
        let approved = try CLI.run(
            ["approve", tree, "--lang", "ru", "--by", "T. Translator", "--role", "translator", "--date", "2026-12-05"])
        #expect(approved.status == 0, "\(approved.stderr)")
        #expect(approved.stdout.contains("approved by T. Translator (translator) on 2026-12-05, sha256 "))
        let signed = try String(contentsOfFile: poPath, encoding: .utf8)
        #expect(signed.contains("\"X-Dtree-Approved-By: T. Translator\\n\"\n"))
        let clean = try CLI.run(["validate", "--require-review", tree])
        #expect(!clean.stdout.contains("knee.ru.po:"), "\(clean.stdout)")
        // One translation edited after the sign-off: stale.
        try scratch.write("knee.ru.po", signed.replacingOccurrences(of: "msgstr \"Нет\"", with: "msgstr \"Нет, не опухло\""))
        let stale = try CLI.run(["validate", tree])
        #expect(stale.stdout.contains("knee.ru.po:1:1: warning: the 'ru' translation was signed off by T. Translator"), "\(stale.stdout)")
        #expect(stale.stdout.contains("[review-stale]"))
    }
}

/// `dtree diff` lists the translated strings of the nodes on a changed path.
@Suite struct TranslationDiffCLITests {
    /// The knee example in `old/` and, in `new/`, with "Yes, after a fall" re-routed from the
    /// orthopaedist to the GP and the Russian translation beside it; returns both tree paths.
    static func rerouted(in scratch: ScratchFolder) throws -> (old: String, new: String) {
        let root = CLI.packageRoot.appendingPathComponent("docs/examples")
        let text = try String(contentsOf: root.appendingPathComponent("knee.yaml"), encoding: .utf8)
        let old = try scratch.write("old/knee.yaml", text)
        let new = try scratch.write(
            "new/knee.yaml",
            text.replacingOccurrences(
                of: "yes: {to: ortho, label: \"Yes, after a fall\"}", with: "yes: {to: gp, label: \"Yes, after a fall\"}"))
        try scratch.write("new/knee.ru.po", String(contentsOf: root.appendingPathComponent("knee.ru.po"), encoding: .utf8))
        return (old, new)
    }

    @Test func diffListsTheTranslationsOfTheNodesOnAChangedPath() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let (old, new) = try TranslationDiffCLITests.rerouted(in: scratch)
        let result = try CLI.run(["diff", old, new])
        #expect(result.status == 1)
        #expect(
            result.stdout.hasSuffix(
                """

                Translations to re-check on the changed paths (\(scratch.url.path)/new/knee.ru.po):
                  swelling.question: Колено опухло после падения?
                  swelling.answers.yes: Да, после падения
                  swelling.answers.no: Нет
                  gp.advice: Обратитесь к своему врачу общей практики.

                """), "\(result.stdout)")
        #expect(!(try CLI.run(["diff", old, old]).stdout.contains("Translations")))
    }
}
