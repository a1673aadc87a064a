// Presentation/: dtree's own words in Russian (referral lines, node words, run's screens, the
// chart; the review page's words are in Phrasebook+RussianPage.swift, the reports' words (test,
// diff, the safety case) in Phrasebook+RussianReport.swift), which phrasebook a language gets,
// and the "translation not reviewed" mark.

extension Phrasebook {
    /// The Russian phrasebook: referral lines, node words, `dtree run`'s screens, the chart, the
    /// review page, the words that show a recommendation's basis, and the reports (`dtree test`,
    /// `dtree diff`, `dtree safety`), all in Russian.
    public static let russian: Phrasebook = {
        var words = Phrasebook(
            referral: .russian, node: .russian, run: .russian, page: .russian, chart: .russian, report: .russian)
        words.basis = .russian
        words.safety = .russian
        words.mutation = .russian
        return words
    }()

    /// The phrasebook for `language` (`ru`, `ru_RU`, `ru-RU.UTF-8`), and whether dtree has its
    /// words in that language; English (and `false`) for any other language.
    public static func forLanguage(_ language: String) -> (words: Phrasebook, known: Bool) {
        let base = language.prefix { $0.isLetter }.lowercased()
        switch base {
        case "ru": return (.russian, true)
        case "en": return (.english, true)
        default: return (.english, false)
        }
    }

    /// The mark shown on every screen, picture and page in a language whose translation no
    /// translator has reviewed, in that language's dtree words.
    public var unreviewedMark: String {
        referral.label == ReferralWords.russian.label ? "⚠ перевод не проверен" : "⚠ translation not reviewed"
    }

    /// What dtree says once when it has no words of its own in `language`.
    public static func noWordsFor(_ language: String) -> String {
        "dtree has no words of its own in '\(language)'; its prompts and labels are in English"
    }
}

extension Phrasebook.ReferralWords {
    /// Russian.
    public static let russian: Phrasebook.ReferralWords = {
        let referTo = "Направление", referToInSentence = "направить к специалисту", urgencyLabel = "Срочность: "
        let urgencyNote: @Sendable (String?) -> String = { words in words.map { " (срочность: \($0))" } ?? " (срочность не указана)" }
        return Phrasebook.ReferralWords(
            label: referTo + ": ",
            title: { referTo + ": " + $0 },
            urgencyLabel: urgencyLabel,
            heading: { specialist, urgency in referTo + ": " + specialist + urgencyNote(urgency) },
            inSentence: { specialist, urgency in referToInSentence + ": " + specialist + urgencyNote(urgency) },
            passedNote: { specialist, urgency in "(\(referToInSentence): \(specialist)\(urgency.map { ", \($0)" } ?? ""))" },
            passedLine: { specialist, urgency, advice in
                referTo + ": " + specialist + (urgency.map { " (\($0))" } ?? "") + (advice.map { ": \($0)" } ?? "")
            },
            action: { referTo + ": " + $0 },
            service: { "Направление: " + $0 },
            hover: { referToInSentence + ": " + $0 },
            urgency: { urgencyLabel + ($0 ?? "в дереве не указана") })
    }()
}

extension Phrasebook.NodeWords {
    /// Russian. Summaries and endings for messages keep ids as written.
    public static let russian = Phrasebook.NodeWords(
        anyApplies: "есть хотя бы одно",
        noneApply: "ничего из этого",
        then: "затем",
        helpLabel: "Пояснение: ",
        sourceLabel: "Источник: ",
        outcomeLabel: "Итог: ",
        adviceLabel: "Совет: ",
        noneOfThese: "Ничего из этого",
        summary: Phrasebook.NodeWords.english.summary,
        ending: Phrasebook.NodeWords.english.ending,
        outlineAbove: { "перейти к '\($0)' (выше)" },
        outlineThen: "Затем",
        outlineIf: { "Если " + $0 },
        outlineQuestion: { "Вопрос: " + $0 },
        outlineChecklist: { text, items in "Проверить: " + text + " [" + items.joined(separator: "; ") + "]" },
        outlineNumber: { "Спросить число: " + $0 },
        rangeUpTo: { low, high in "от \(low) до менее \(high)" },
        rangeThrough: { low, high in "от \(low) до \(high)" },
        outlineOutcome: { "итог: " + $0 },
        outlineAdvice: { ". Совет: " + $0 })
}

extension Phrasebook.RunWords {
    /// Russian.
    public static let russian: Phrasebook.RunWords = {
        let commands = "Команды: b назад · r заново · ? пояснение · q выход"
        var words = Phrasebook.RunWords(
            commands: commands,
            howToAnswer: "Введите номер или ответ. " + commands,
            version: { "  v" + $0 },
            step: { id, number in "(\(id), шаг \(number))" },
            checklistHint: "Отметьте всё, что подходит: номера или названия через запятую или пробел; 0 — ничего.",
            preset: { "  (из --answer \($0))" },
            notAChoice: { text, choices, count, checklist in
                var listed = choices.enumerated().map { "\($0.offset + 1) \($0.element)" }
                let hint: String
                if checklist {
                    hint = "Введите номера 1–\(count) (через запятую или пробел) или названия, или 0 — ничего:"
                    listed.append("0 ничего")
                } else {
                    hint = "Введите номер 1–\(count) или ответ:"
                }
                return "«\(text)» — нет такого варианта. \(hint) \(listed.joined(separator: " · ")). ? — пояснение."
            },
            numberHint: { "Введите \($0); после числа можно указать единицу." },
            notAllowedNumber: { text, allowed in "«\(text)» — недопустимое значение. Введите \(allowed). ? — пояснение." },
            emptyAnswer: "Введите номер или ? для пояснения.",
            wentBack: "↩ Назад.",
            nothingToGoBackTo: "Это первый шаг: назад некуда.",
            startingAgain: "↺ Начинаем заново.",
            finishPrompt: "Enter — завершить; b назад · r заново · ? пояснение.",
            walkFinished: "Проход завершён: Enter, b или r.",
            passedOnTheWay: { "\($0), пройдено по пути:" },
            noHelp: "Для этого шага пояснения нет.",
            quoted: { "«\($0)»" },
            endID: { "  (\($0))" },
            adviceLabel: "Совет:  ",
            pathHeading: "Путь:",
            earlierReferralLabel: "Сначала: ",
            noteLabel: "Примечание: ")
        words.checkedNone = "ничего"
        words.checkedAny = "есть хотя бы одно"
        return words
    }()
}

extension Phrasebook.ChartWords {
    /// Russian.
    public static let russian = Phrasebook.ChartWords(
        referBanner: "НАПРАВИТЬ К",
        outcomeBanner: "ИТОГ",
        reachedBanner: ["★ ДОСТИГНУТО", "ЭТИМИ ОТВЕТАМИ"],
        nextBanner: ["▶ ДАЛЕЕ: НУЖЕН", "ОТВЕТ"],
        addedBanner: "+ ДОБАВЛЕНО",
        changedBanner: { "~ ИЗМЕНЕНО: " + $0.joined(separator: ", ") },
        removedBanner: "x УДАЛЕНО",
        facts: { id, version in (["Дерево \(id)"] + (version.map { ["версия \($0)"] } ?? [])).joined(separator: " · ") },
        legend: "Обозначения",
        legendQuestion: "◇ Вопрос",
        legendChecklist: "☐ Список признаков",
        legendOutcome: "▢ Итог",
        legendReferral: { words in words.map { "➜ Направление: \($0)" } ?? "➜ Направление (срочность не указана)" },
        legendAdded: "+ Добавлено",
        legendChanged: "~ Изменено",
        legendRemoved: "x Удалено (было в OLD)",
        legendPath: "━ Путь по ответам")
}
