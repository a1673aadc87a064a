// Presentation/: the reports' words in Russian: `dtree test`'s and `dtree diff`'s text reports
// and the clinical safety case report of `dtree safety`; and Russian counting (1 случай,
// 2 случая, 5 случаев).

extension Phrasebook {
    /// `count` and the form of a Russian noun that follows it: `one` after 1, 21, 31 …
    /// (`1 случай`), `few` after 2–4, 22–24 … (`2 случая`), `many` otherwise (`5 случаев`,
    /// `11 случаев`, `0 случаев`).
    public static func russianCount(_ count: Int, _ one: String, _ few: String, _ many: String) -> String {
        let last = abs(count) % 10, lastTwo = abs(count) % 100
        let noun =
            if (11...14).contains(lastTwo) { many } else if last == 1 { one } else if (2...4).contains(last) { few } else { many }
        return "\(count) \(noun)"
    }
}

extension Phrasebook.ReportWords {
    /// Russian.
    public static let russian: Phrasebook.ReportWords = {
        let count = Phrasebook.russianCount
        var words = Phrasebook.ReportWords(
            passedFailed: { passed, failed in "пройдено: \(passed), не пройдено: \(failed)" },
            suiteHeading: { file, tree in file + (tree.map { " (дерево \($0))" } ?? "") },
            suiteCannotRun: { "ОШИБКА: файл не удаётся выполнить: " + $0 },
            pass: "ПРОЙДЕН", fail: "ПРОВАЛЕН",
            at: { file, line, column in "место: \(file):\(line):\(column)" },
            note: { "примечание: " + $0 },
            invariant: { "инвариант: " + $0 }, coverage: { "покрытие: " + $0 },
            coverageOf: { path, summary in "покрытие \(path): \(summary)" },
            untestedOutcome: { id, place in "итог без проверки: \(id) (\(place))" },
            untestedEdges: { shown, more in
                "ответы без проверки: " + shown.joined(separator: ", ") + (more > 0 ? ", … и ещё \(more)" : "")
            },
            diffSide: { side, name, digest in "\(side): \(name) (sha256 \(digest))" },
            diffTreeFields: { "дерево: изменены поля \($0.joined(separator: ", "))" },
            diffNodes: "узлы:", diffEdges: "переходы:", diffOutcomes: "изменившиеся итоги:",
            diffOneSided: "ответы только в одной версии:", diffSignOff: "утверждение:",
            diffWith: { "при ответах " + $0 },
            diffRerouted: "значения, которые числовые узлы теперь направляют иначе:",
            diffReroutedLine: { node, values, oldTarget, newTarget, oldRange, newRange, low, high in
                "\(node) \(values): \(oldTarget) -> \(newTarget) (было «\(oldRange)», стало «\(newRange)»); на границах \(node)=\(low)"
                    + (low == high ? "" : ", \(node)=\(high)")
            },
            diffNoAnswers: "без ответов",
            diffScenarios: { path, changed, total in
                "случаи сценариев \(path): в OLD заканчиваются иначе \(changed) из \(total)\(changed == 0 ? "" : ":")"
            },
            diffNoSignOff: "не утверждено", diffCurrent: "действует", diffStale: { "устарело (утверждена версия \($0))" },
            diffIncomplete: { states, outcomes in
                "сравнение поведения остановлено (пройдено пар состояний: \(states), пар итогов: \(outcomes); сравнивается не более "
                    + "\(BehaviourDiff.maximumStates) пар и \(BehaviourDiff.maximumListed) изменений; у деревьев мало общих id узлов): "
                    + "перечислены первые найденные изменения, а не все"
            },
            diffSame: "модели совпадают",
            diffDiffer: { treeFields, nodes, edges, outcomes in
                let parts =
                    (treeFields > 0 ? [count(treeFields, "поле дерева", "поля дерева", "полей дерева")] : [])
                    + [
                        count(nodes, "узел", "узла", "узлов"), count(edges, "переход", "перехода", "переходов"),
                        count(outcomes, "пара итогов", "пары итогов", "пар итогов"),
                    ]
                return "модели различаются, изменения: " + parts.joined(separator: ", ")
            })
        words.hazardName = { "опасность: " + $0 }
        words.coverageSummary = { reached, outcomes, outcomePercent, crossed, edges, edgePercent in
            "итоги \(reached)/\(outcomes) (\(outcomePercent)), переходы \(crossed)/\(edges) (\(edgePercent))"
        }
        words.diffChange = { kind in
            switch kind {
            case "added": "добавлен"
            case "changed": "изменён"
            case "removed": "удалён"
            case "retargeted": "перенаправлен"
            default: kind
            }
        }
        words.diffLines = { old, new in
            [old.map { "OLD строка \($0)" }, new.map { "NEW строка \($0)" }].compactMap { $0 }.joined(separator: ", ")
        }
        words.diffOneSidedLine = { "\($0) (только в \($1)), достигается при ответах \($2)" }
        words.diffScenarioLine = { "строка \($0) «\($1)»: \($2) -> \($3)" }
        words.diffTranslations = { "Переводы, которые нужно перепроверить на изменившихся путях (\($0)):" }
        words.hazardVerifiedBy = { "проверена: " + $0.map { "«\($0)»" }.joined(separator: ", ") }
        words.hazardFailing = { "не проходят: " + $0.map { "«\($0)»" }.joined(separator: ", ") }
        words.hazardControlNamesNoTest = { "мера контроля «\($0)» не называет ни инварианта, ни случая" }
        words.hazardNoControl = "у неё нет мер контроля"
        words.hazardNotVerified = { "не проверена (статус: \(Phrasebook.SafetyWords.russian.status($0)))" }
        return words
    }()
}

extension Phrasebook.MutationWords {
    /// Russian. The names of suggested cases are written into scenario files, so `--suggest`
    /// keeps English ones; these are for a reader.
    public static let russian = Phrasebook.MutationWords(
        retarget: { "\($0) ведёт к \($1) (было \($2))" },
        swapAnswers: { "\($0): \($1) и \($2) меняются переходами" },
        dropAnswer: { "ответ \($0) удалён" },
        dropItem: { "\($0): пункт «\($1)» удалён" },
        swapAnyNone: { "\($0): any и none меняются переходами" },
        urgency: { node, to, was in "\(node): срочность \(to ?? "не указана") (было: \(was ?? "не указана"))" },
        dropAdvice: { "\($0): совет удалён" },
        rewordAdvice: { "\($0): совет переформулирован" },
        rewordedAdvice: { "Переформулировано мутантом: " + $0 },
        dropReferStep: { "шаг направления \($0) вырезан (то, что вело к нему, ведёт к \($1))" },
        boundary: { "\($0): «\($1)» и «\($2)» становятся «\($3)» и «\($4)»" },
        killed: "ОТСЕЯН", survived: "ВЫЖИЛ", equivalent: "ЭКВИВАЛЕНТЕН", wording: "ФОРМУЛИРОВКА",
        killedByCase: { "отсеян случаем «\($0)»" }, killedByInvariant: { "отсеян инвариантом «\($0)»" },
        witness: { "при ответах \($0): \($1)" },
        outcomeChanged: { "\($0) -> \($1)" },
        answerOneSided: { answer, dropped in "ответ «\(answer)» \(dropped ? "исчез" : "появился")" },
        referralSkipped: { "направление \($0) пропускается" },
        referralChanged: { "направление по пути: \($0) -> \($1)" },
        noAnswers: "без ответов",
        score: { path, percent, killed, counted, equivalent, wording in
            "оценка мутационного тестирования \(path): \(percent) (отсеяно \(killed) из \(counted); не учтены эквивалентные: "
                + "\(equivalent), меняющие только формулировки: \(wording))"
        },
        operatorScore: { "  \($0): \($1) (\($2) из \($3))" },
        ran: { "  мутантов: \($0) из \($1) возможных правок (--max-mutants \($2))" },
        closing: { "отсеяно: \($0), выжило: \($1) (не учтены эквивалентные: \($2), меняющие только формулировки: \($3))" },
        belowMinimum: { "оценка мутационного тестирования \($0) ниже минимума \($1) (--min-score)" },
        notMutated: { "\($0): в дереве есть ошибки, мутанты не строятся" },
        interrupted: "прервано: ничего не записано",
        suggestEdge: { "проходит \($0)" }, suggestOutcome: { "доходит до \($0)" }, suggestKill: { "отсеивает: \($0)" },
        suggestHeading: { "предложено случаев для \($1): \($0)" },
        suggestWritten: { "в \($1) добавлено случаев: \($0)" },
        suggestNothing: { "для \($0) предложить нечего" },
        pageHeading: "Мутационное тестирование", pageLine: { "строка \($0)" })
}

extension Phrasebook.SafetyWords {
    /// Russian.
    public static let russian: Phrasebook.SafetyWords = {
        let count = Phrasebook.russianCount
        var words = Phrasebook.SafetyWords(
            language: "ru",
            title: { "Отчёт о клинической безопасности: " + $0 },
            scopeHeading: "Область применения и назначение", matrixHeading: "Матрица рисков", hazardsHeading: "Опасности",
            strengthHeading: "Надёжность тестов", openHeading: "Открытые вопросы",
            signOffHeading: "Утверждение ответственным за клиническую безопасность",
            tree: { id, version in "Дерево: " + id + (version.map { ", версия " + $0 } ?? "") },
            sourceDocument: { "Исходный документ: \($0) (\($1))" },
            intendedUse: { "Назначение: " + $0 },
            hazardLog: "Журнал опасностей: ", riskMatrix: { ", матрица рисков " + $0 },
            testsLabel: "Тесты: ", testsResult: { "\($0): пройдено: \($1), не пройдено: \($2)" }, noScenarioFile: "нет файла сценариев",
            contentHash: "Хеш содержимого (sha256): ",
            matrixCorner: "вероятность \\ тяжесть",
            // Short enough that the risk matrix fits A4's width in the PDF.
            severities: ["малая", "заметная", "серьёзная", "тяжёлая", "катастрофическая"],
            likelihoods: ["очень низкая", "низкая", "средняя", "высокая", "очень высокая"],
            placedInitial: { "\($0) (исх.)" }, placedResidual: { "\($0) (ост.)" },
            status: { status in
                switch status {
                case "open": "открыта"
                case "transferred": "передана"
                case "closed": "закрыта"
                default: status
                }
            },
            statusLabel: { "Статус: \($0); " },
            verified: "проверена", notVerified: "НЕ ПРОВЕРЕНА",
            owner: "Ответственный: ", cause: "Причина: ", effect: "Последствие: ", harm: "Вред: ", nodes: "Узлы: ",
            initialRisk: "Исходный риск: ", residualRisk: "Остаточный риск: ",
            risk: { "\($0) (тяжесть: \($1), вероятность: \($2))" }, notAssessed: "не оценён",
            controls: "Меры контроля:", noControls: "нет",
            controlKind: { kind in
                switch kind {
                case "design": "устройство дерева"
                case "test": "тест"
                case "training": "обучение"
                case "process": "процесс"
                default: kind
                }
            },
            noEvidence: "подтверждение: нет (не назван ни инвариант, ни случай)", evidence: { "подтверждение: " + $0 },
            invariantProved: { name, paths in
                "инвариант «\(name)» доказан на "
                    + (paths.map { "всех путях (\(count($0, "путь", "пути", "путей")))" } ?? "каждом пути")
            },
            invariantFails: { name, detail in "инвариант «\(name)» НАРУШЕН" + (detail.map { ": " + $0 } ?? "") },
            casePassed: { "случай «\($0)» пройден" },
            caseFails: { name, detail in "случай «\(name)» НЕ ПРОЙДЕН" + (detail.map { ": " + $0 } ?? "") },
            notATest: { "«\($0)» — не инвариант и не случай файла сценариев: НЕ ПРОВЕРЕНО" },
            mutationScore: { percent, killed, counted, equivalent, wording in
                "Оценка мутационного тестирования \(percent): мутантов дерева с одной правкой, отсеянных случаем или инвариантом, "
                    + "\(killed) из \(counted) (не учтены эквивалентные: \(equivalent), меняющие только формулировки: \(wording); "
                    + "dtree test --mutants)."
            },
            survivors: { $0 == 0 ? "Выживших мутантов нет." : "Выжившие мутанты: \($0)." },
            survived: { edit, answers in "ВЫЖИЛ " + edit + (answers.map { " (отличается при ответах \($0))" } ?? "") },
            noOpenItems: "Нет.",
            openStatus: { "\($0) — \($1)" },
            openNotVerified: { "\($0) не проверена: " + $1.joined(separator: "; ") },
            reasonFails: { "«\($0)» не проходит" }, reasonNoTest: { "мера контроля «\($0)» не называет ни одного теста" },
            reasonNoControl: "у неё нет мер контроля",
            noSignOff: "дерево не утверждено",
            staleSignOff: "последнее утверждение относится к другой версии дерева (review-stale)",
            signColumns: ["имя", "роль", "дата", "подпись"], officer: "Ответственный за клиническую безопасность",
            signedColumns: ["имя", "роль", "дата", "утверждённый sha256", "действует"], current: "да", notCurrent: "нет (другая версия)")
        words.mutation = .russian
        return words
    }()
}
