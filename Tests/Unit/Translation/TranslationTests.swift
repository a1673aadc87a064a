@testable import DecisionTree
import Foundation
import TestSupport
import Testing

/// Extraction, msgmerge's update and the checks of a translation against its tree.
@Suite struct TranslationTests {
    static let treeText = """
        tree: t
        title: T
        specialists: {gp: General practitioner}
        urgencies: {urgent: straight away}
        start: q
        nodes:
          q:
            question: Does it hurt?
            help: Any pain.
            answers: {yes: {to: list, label: It does}, no: done}
          list:
            checklist: Which apply?
            items: [Fever, Rash]
            any: gp_now
            none: done
          gp_now: {refer: gp, urgency: urgent, advice: Go now.}
          done: {outcome: Nothing to do}
        """

    private func tree(_ text: String = Self.treeText) throws -> Tree { try Fixtures.tree(text) }

    @Test func idsComeFromNodeAndFieldNotText() throws {
        let ids = TranslatableStrings.extract(from: try tree()).map(\.id)
        #expect(
            ids == [
                "tree.title", "specialists.gp", "urgencies.urgent", "q.question", "q.help", "q.answers.yes", "q.answers.no",
                "list.checklist", "list.items.1", "list.items.2", "gp_now.advice", "done.outcome",
            ])
        let edited = try tree(Self.treeText.replacingOccurrences(of: "Does it hurt?", with: "Is there pain?"))
        #expect(TranslatableStrings.extract(from: edited).map(\.id) == ids)
    }

    private func translatedFile(_ tree: Tree) -> POFile {
        var file = POMerge.update(
            nil, to: TranslatableStrings.extract(from: tree), language: "ru", tree: tree, now: Date(timeIntervalSince1970: 0))
        for index in file.entries.indices { file.entries[index].translation = "ru:" + file.entries[index].id }
        return file
    }

    /// extract → translate → change one question → stale at that entry → update makes it fuzzy
    /// with the old source kept → review clears it.
    @Test func aChangedQuestionGoesStaleThenFuzzyThenReviewed() throws {
        let original = try tree()
        var file = translatedFile(original)
        #expect(TranslationCheck.diagnostics(of: reparsed(file), path: "t.ru.po", tree: original, requireReview: false).isEmpty)
        let edited = try tree(Self.treeText.replacingOccurrences(of: "Does it hurt?", with: "Is there pain?"))
        let parsed = reparsed(file)
        let stale = TranslationCheck.diagnostics(of: parsed, path: "t.ru.po", tree: edited, requireReview: false)
        #expect(stale.map(\.rule) == [.translationStale])
        #expect(stale.first?.location.line == parsed.entry(id: "q.question")?.idLine)
        file = POMerge.update(parsed, to: TranslatableStrings.extract(from: edited), language: "ru", tree: edited)
        let entry = try #require(file.entry(id: "q.question"))
        #expect(
            entry.isFuzzy && entry.previousID == "Does it hurt?" && entry.id == "Is there pain?" && entry.translation == "ru:Does it hurt?")
        let unreviewed = TranslationCheck.diagnostics(of: reparsed(file), path: "t.ru.po", tree: edited, requireReview: false)
        #expect(unreviewed.map(\.rule) == [.translationUnreviewed] && unreviewed.first?.severity == .note)
        #expect(
            TranslationCheck.diagnostics(of: reparsed(file), path: "t.ru.po", tree: edited, requireReview: true).first?.severity == .warning
        )
        // A translator reviews it: new text, no fuzzy flag, no previous source.
        let index = try #require(file.entries.firstIndex { $0.context == "q.question" })
        file.entries[index].setFuzzy(false)
        file.entries[index].previousID = nil
        file.entries[index].translation = "ru:Is there pain?"
        #expect(TranslationCheck.diagnostics(of: reparsed(file), path: "t.ru.po", tree: edited, requireReview: false).isEmpty)
        #expect(
            TranslationCheck.diagnostics(of: reparsed(file), path: "t.ru.po", tree: edited, requireReview: true).map(\.rule) == [
                .reviewMissing
            ])
        // A translator signs it off; the sign-off goes stale when a translation or the tree changes.
        let signOff = TranslationSignOff(
            by: "T", role: "translator", date: "2026-12-05", sha256: TranslationSignOff.hash(of: file, tree: edited, language: "ru"))
        var signed = signOff.recorded(in: file)
        signed.setHeader("Language", "ru")
        #expect(TranslationSignOff(reparsed(signed)) == signOff)
        #expect(TranslationCheck.diagnostics(of: reparsed(signed), path: "t.ru.po", tree: edited, requireReview: true).isEmpty)
        signed.entries[index].translation = "ru:Is there any pain?"
        #expect(
            TranslationCheck.diagnostics(of: reparsed(signed), path: "t.ru.po", tree: edited, requireReview: false).map(\.rule) == [
                .reviewStale
            ])
        let retitled = try tree(Self.treeText.replacingOccurrences(of: "title: T", with: "title: T2"))
        let resigned = signOff.recorded(in: file)
        #expect(
            TranslationCheck.diagnostics(of: reparsed(resigned), path: "t.ru.po", tree: retitled, requireReview: false).map(\.rule)
                .contains(.reviewStale))
    }

    private func reparsed(_ file: POFile) -> POFile {
        (try? POReader.parse(POWriter.text(of: file), file: "t.ru.po")) ?? POFile()
    }

    @Test func removedStringsBecomeObsoleteAndNewOnesEmpty() throws {
        let original = try tree()
        let file = translatedFile(original)
        let edited = try tree(
            Self.treeText.replacingOccurrences(of: "    help: Any pain.\n", with: "").replacingOccurrences(
                of: "done: {outcome: Nothing to do}", with: "done: {outcome: Nothing to do, advice: Rest.}"))
        let updated = POMerge.update(file, to: TranslatableStrings.extract(from: edited), language: "ru", tree: edited)
        #expect(updated.entries.last?.isObsolete == true && updated.entries.last?.context == "q.help")
        #expect(updated.entry(id: "done.advice")?.translation == "")
        let rules = TranslationCheck.diagnostics(of: reparsed(updated), path: "t.ru.po", tree: edited, requireReview: false).map(\.rule)
        #expect(rules == [.translationMissing])
        // Back again: the obsolete entry is current again with its translation.
        let back = POMerge.update(reparsed(updated), to: TranslatableStrings.extract(from: original), language: "ru", tree: original)
        #expect(back.entry(id: "q.help")?.translation == "ru:Any pain." && !back.entries.contains { $0.isObsolete })
    }

    @Test func unknownIdsAndCollidingAnswerLabelsAreReported() throws {
        let original = try tree()
        var file = translatedFile(original)
        file.entries.append(POEntry(context: "nowhere.question", id: "?", translation: "?"))
        let yes = try #require(file.entries.firstIndex { $0.context == "q.answers.yes" })
        let no = try #require(file.entries.firstIndex { $0.context == "q.answers.no" })
        file.entries[yes].translation = "Да"
        file.entries[no].translation = "да"
        let diagnostics = TranslationCheck.diagnostics(of: reparsed(file), path: "t.ru.po", tree: original, requireReview: false)
        #expect(diagnostics.map(\.rule) == [.translationUnknownID, .translationLabelCollision])
        #expect(diagnostics.last?.severity == .error)
    }

    @Test func aTranslatedTreeShowsTranslationsOfCurrentSourceOnly() throws {
        let original = try tree()
        var file = translatedFile(original)
        let stale = try #require(file.entries.firstIndex { $0.context == "q.help" })
        file.entries[stale].id = "Older help"
        let shown = original.translated(by: file)
        #expect(shown.title == "ru:T" && shown.startNode.prompt == "ru:Does it hurt?" && shown.startNode.help == "Any pain.")
        #expect(shown.startNode.edges.map(\.answer) == ["yes", "no"])
        #expect(shown.startNode.readableLabel(ofEdge: 0) == "ru:It does")
        #expect(shown[id: "list"]?.items == ["ru:Fever", "ru:Rash"])
        #expect(shown.displayName(ofSpecialist: "gp") == "ru:General practitioner")
        #expect(shown[id: "gp_now"].flatMap { shown.urgencyText(of: $0.referral!) } == "ru:straight away")
        #expect(ContentHash.of(original) != ContentHash.of(shown))
    }
}
