// Presentation/: the review page's words in Russian: its headings, labels, table columns, the
// sign-off block and what its script shows.

extension Phrasebook.PageWords {
    /// Russian.
    public static let russian: Phrasebook.PageWords = {
        var words = Phrasebook.PageWords(
            title: { "Проверка: " + $0 },
            facts: { id, version, file in "Дерево \(id)" + (version.map { " · версия \($0)" } ?? "") + " · файл \(file)" },
            contentHash: "Хеш содержания (SHA-256 модели JSON): ",
            source: { title, file in Phrasebook.NodeWords.russian.sourceLabel + (title.map { "\($0) (\(file))" } ?? file) },
            diagram: "Схема",
            diagramHint:
                "Нажмите на блок (или перейдите к нему клавишей Tab и нажмите Enter), чтобы прочитать его текст, пояснение и источник.",
            stepperName: "Пройти дерево", stepperHeading: "Пройти",
            needsJavaScript: "Для пошагового прохода нужен JavaScript; схема, текстовое изложение и таблицы ниже работают без него.",
            back: "◀ Назад", restart: "↺ Сначала", pathSoFar: "Пройденный путь",
            nodeDetails: "Об узле", chooseABox: "Выберите блок на схеме.",
            outline: "Всё дерево текстом",
            changesSince: { file, version in "Изменения после " + file + (version.map { " (версия \($0))" } ?? "") },
            oldHash: "Прежний хеш содержания: ",
            noNodeChanged: "Ни один узел не изменился.",
            nodesChanged: { count in
                "Изменено узлов: \(count). Схема показывает изменения, как 'dtree diff -o': добавленные узлы и ответы зелёным, изменённые янтарным, а то, что было в прежней версии и чего нет в этой, бледным красным пунктиром; у изменённого или добавленного узла в имени для программ чтения с экрана стоит ✎."
            },
            changeColumns: ["Узел", "Изменение", "Что изменилось"],
            changedEnds: "Изменившиеся исходы и направления", everyChangedNode: "Все изменённые узлы", none: "Нет.",
            changedEndsHint:
                "Каждая пара исходов, различающаяся хотя бы для одного пациента (как находит 'dtree diff'), с ответами одного такого пациента.",
            outcomePair: { old, new in old + " → " + new },
            witness: { $0.isEmpty ? "без ответов" : "с ответами " + $0.joined(separator: ", ") },
            replayWitness: "Показать на схеме",
            changedAnswers: "Изменившиеся ответы",
            edgeColumns: ["Узел", "Ответ", "Изменение", "Было", "Стало"],
            casesElsewhere: "Сценарии, которые в прежней версии заканчивались иначе",
            caseElsewhere: { name, line, old, new in "\(name) (строка \(line)): \(old) → \(new)" },
            scenarioTests: "Проверка сценариев",
            noScenarioFile: "Нет файла сценариев (NAME.tests.yaml рядом с деревом или --tests FILE).",
            testsFrom: { "Из " + $0 + "." },
            cannotRun: { "Не удалось выполнить файл сценариев: " + $0 },
            testColumns: ["Вид", "Название", "Результат", "Подробности", "Схема"],
            caseKind: "случай", invariantKind: "инвариант",
            pass: "✔ пройден", fail: "✘ ОШИБКА",
            replay: "Показать", showCounterexample: "Показать контрпример",
            coverage: { outcomes, answers, allTested in
                "Покрытие: исходов \(outcomes), ответов \(answers)."
                    + (allTested ? " Проверен каждый исход." : " Непроверенные исходы:")
            },
            nodeName: { heading, id in heading + " (\(id))" },
            nodesHeading: "Все узлы и их источники", nodeColumns: ["Узел", "Текст", "Пояснение", "Источник (ссылка)"],
            signOff: "Утверждение",
            signOffMissing: "Дерево ещё не утверждено (список review: пуст). Утвердите именно это содержание:",
            signOffCurrent: { by, role, date, note in
                "Утвердил(а) \(by) (\(role)) \(date)\(note.map { ": \($0)" } ?? ""). Утверждение действительно: утверждено именно это содержание."
            },
            signOffStale: { by, role, date, digest in
                "Устарело: последнее утверждение, \(by) (\(role)) \(date), относится к \(digest), а содержание с тех пор изменилось. Утвердите заново именно это содержание:"
            },
            signLine: "Проверил(а): ______________________   Должность: ______________   Дата: ____________   Подпись: ______________",
            wholePath: "Весь путь приведён ниже и подсвечен на схеме.",
            goOn: "Продолжить с отмеченными признаками", noneOfTheseApply: "Ничего из перечисленного",
            nothingTicked: "Ничего не отмечено: отметьте подходящие признаки или выберите «Ничего из перечисленного».",
            numberField: "Значение",
            numberRefused: "«%1» — недопустимое значение: введите %2.",
            tickedSeparator: "; ",
            pathStep: { heading, answer in heading + " → " + answer },
            reached: { "Итог: " + $0 }, now: { "Сейчас: " + $0 },
            identity: { id, kind, file in "Id: " + id + " (" + kind + ") в " + file },
            help: { Phrasebook.NodeWords.russian.helpLabel + ($0 ?? "нет") },
            cite: { cite, source in
                Phrasebook.NodeWords.russian.sourceLabel + (cite ?? "нет ссылки") + (source.map { " (" + $0 + ")" } ?? "")
            },
            changedName: { change, name in "✎ " + change + ": " + name })
        words.languages = "Язык"
        return words
    }()
}
