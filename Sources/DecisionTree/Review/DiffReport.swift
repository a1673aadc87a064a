import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Review/: a TreeDiff written for people (text), for programs (JSON) and for GitHub Actions
// (workflow annotations).

/// The ways `dtree diff` prints a ``TreeDiff``.
public enum DiffFormat: String, CaseIterable, Sendable {
    /// Sections for a person.
    case text
    /// One JSON object.
    case json
    /// `::notice` per changed node at its NEW line, `::warning` per changed outcome.
    case github
}

/// Writes a ``TreeDiff``. Text from tree files is cleaned of control characters first.
public enum DiffReport {
    /// The report in `format`, ending in a newline; the text report in `words` (JSON and GitHub
    /// annotations are always English).
    public static func render(_ diff: TreeDiff, format: DiffFormat, words: Phrasebook.ReportWords = .english) -> String {
        switch format {
        case .text: text(diff, words: words)
        case .json: json(diff)
        case .github: github(diff)
        }
    }

    // MARK: Text

    /// The words of the GitHub annotations' lines, always English.
    private static let words = Phrasebook.english.report

    static func text(_ diff: TreeDiff, words: Phrasebook.ReportWords = .english) -> String {
        var out: [String] = []
        out.append(words.diffSide("OLD", clean(diff.oldName), String(diff.oldHash.prefix(12))))
        out.append(words.diffSide("NEW", clean(diff.newName), String(diff.newHash.prefix(12))))
        let structure = diff.structure, behaviour = diff.behaviour
        if !structure.treeFields.isEmpty {
            out.append("")
            out.append(words.diffTreeFields(structure.treeFields))
        }
        if !structure.nodes.isEmpty {
            out.append("")
            out.append(words.diffNodes)
            for change in structure.nodes {
                let what = change.change == .changed ? ": " + change.fields.joined(separator: ", ") : ""
                out.append(
                    "  \(padded(words.diffChange(change.change.rawValue), to: 8)) \(clean(change.id))\(what)  (\(words.diffLines(change.oldLine, change.newLine)))"
                )
            }
        }
        if !structure.edges.isEmpty {
            out.append("")
            out.append(words.diffEdges)
            for edge in structure.edges {
                let target = [edge.oldTarget, edge.newTarget].compactMap { $0.map(clean) }.joined(separator: " -> ")
                out.append(
                    "  \(padded(words.diffChange(edge.change.rawValue), to: 10)) \(clean(edge.node))=\(clean(edge.label)): \(target)  (\(words.diffLines(edge.oldLine, edge.newLine)))"
                )
            }
        }
        if !behaviour.outcomes.isEmpty {
            out.append("")
            out.append(words.diffOutcomes)
            for change in behaviour.outcomes {
                out.append("  \(clean(change.old)) -> \(clean(change.new))")
                out.append("    " + words.diffWith(witness(change.witness, words)))
            }
        }
        if !behaviour.rangeChanges.isEmpty {
            out.append("")
            out.append(words.diffRerouted)
            for change in behaviour.rangeChanges {
                let values = change.values + (change.unit.map { " " + $0 } ?? "")
                out.append(
                    "  "
                        + words.diffReroutedLine(
                            clean(change.node), clean(values), clean(change.oldTarget), clean(change.newTarget), clean(change.oldRange),
                            clean(change.newRange), change.lowWitness, change.highWitness))
            }
        }
        if !behaviour.oneSided.isEmpty {
            out.append("")
            out.append(words.diffOneSided)
            for answer in behaviour.oneSided {
                out.append(
                    "  "
                        + words.diffOneSidedLine(
                            "\(clean(answer.node))=\(clean(answer.answer))", answer.side.rawValue.uppercased(),
                            witness(answer.witness, words)))
            }
        }
        if !behaviour.complete {
            out.append("")
            out.append(words.diffIncomplete(behaviour.statesVisited, behaviour.outcomes.count))
        }
        if let scenarios = diff.scenarios {
            out.append("")
            out.append(words.diffScenarios(clean(scenarios.path), scenarios.changed.count, scenarios.total))
            for scenario in scenarios.changed {
                out.append("  " + words.diffScenarioLine(scenario.line, clean(scenario.name), clean(scenario.old), clean(scenario.new)))
            }
        }
        out.append("")
        out.append(words.diffSignOff)
        out.append("  OLD: \(signOff(diff.old, hash: diff.oldHash, words))")
        out.append("  NEW: \(signOff(diff.new, hash: diff.newHash, words))")
        out.append("")
        out.append(summary(diff, words: words))
        return out.joined(separator: "\n") + "\n"
    }

    /// The last line: `the models are the same` or what differs, counted, in `words`.
    public static func summary(_ diff: TreeDiff, words: Phrasebook.ReportWords = .english) -> String {
        if diff.isSameModel { return words.diffSame }
        let structure = diff.structure
        return words.diffDiffer(structure.treeFields.count, structure.nodes.count, structure.edges.count, diff.behaviour.outcomes.count)
    }

    private static func signOff(_ tree: Tree, hash: String, _ words: Phrasebook.ReportWords) -> String {
        guard let latest = tree.review.last else { return words.diffNoSignOff }
        let state = latest.sha256 == hash ? words.diffCurrent : words.diffStale(latest.shortDigest)
        return "\(clean(latest.by)), \(clean(latest.role)), \(latest.date): \(state)"
    }

    private static func witness(_ steps: [BehaviourDiff.Step], _ words: Phrasebook.ReportWords) -> String {
        steps.isEmpty ? words.diffNoAnswers : steps.map { clean($0.description) }.joined(separator: ", ")
    }

    private static func clean(_ text: String) -> String { UntrustedText.collapsed(text) }

    /// `text` with spaces after it up to `width` characters (the change kinds are ASCII words).
    private static func padded(_ text: String, to width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    // MARK: GitHub

    static func github(_ diff: TreeDiff) -> String {
        let file = escapeProperty(diff.newName)
        var out: [String] = []
        for change in diff.structure.nodes {
            let message: String
            switch change.change {
            case .added: message = "node '\(change.id)' added"
            case .changed: message = "node '\(change.id)' changed: \(change.fields.joined(separator: ", "))"
            case .removed: message = "node '\(change.id)' removed (it was at line \(change.oldLine ?? 1) of \(diff.oldName))"
            }
            let line = change.newLine.map { ",line=\($0)" } ?? ""
            out.append("::notice file=\(file)\(line)::\(escapeData(clean(message)))")
        }
        for change in diff.behaviour.outcomes {
            let line = diff.new[id: change.newNode]?.location.map { ",line=\($0.line)" } ?? ""
            out.append(
                "::warning file=\(file)\(line)::\(escapeData(clean("outcome changed: \(change.old) -> \(change.new), with \(witness(change.witness, words))")))"
            )
        }
        if !diff.behaviour.complete {
            out.append(
                "::warning file=\(file)::\(escapeData(words.diffIncomplete(diff.behaviour.statesVisited, diff.behaviour.outcomes.count)))")
        }
        out.append(summary(diff))
        return out.joined(separator: "\n") + "\n"
    }

    private static func escapeData(_ s: String) -> String {
        s.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    private static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }

    // MARK: JSON

    private struct Side: Encodable {
        let name: String, sha256: String, signOff: SignOffRow?, signOffCurrent: Bool?
    }
    private struct SignOffRow: Encodable { let by: String, role: String, date: String, sha256: String, note: String? }
    private struct NodeRow: Encodable { let id: String, change: String, fields: [String], oldLine: Int?, newLine: Int? }
    private struct EdgeRow: Encodable {
        let node: String, label: String, change: String, oldTarget: String?, newTarget: String?, oldLine: Int?, newLine: Int?
    }
    private struct StepRow: Encodable { let node: String, answer: String, side: String }
    private struct OutcomeRow: Encodable { let oldNode: String, newNode: String, old: String, new: String, witness: [StepRow] }
    private struct OneSidedRow: Encodable { let node: String, answer: String, side: String, witness: [StepRow] }
    private struct RangeRow: Encodable {
        let node: String, values: String, unit: String?, oldRange: String, newRange: String, oldTarget: String, newTarget: String
        let lowWitness: String, highWitness: String
    }
    private struct CaseRow: Encodable { let name: String, line: Int, old: String, new: String }
    private struct ScenarioRow: Encodable { let path: String, total: Int, changed: [CaseRow] }
    private struct Report: Encodable {
        let same: Bool, old: Side, new: Side, treeFields: [String], nodes: [NodeRow], edges: [EdgeRow]
        let outcomes: [OutcomeRow], oneSidedAnswers: [OneSidedRow], reroutedValues: [RangeRow], scenarios: ScenarioRow?
        let statesVisited: Int
        let behaviourComplete: Bool
    }

    static func json(_ diff: TreeDiff) -> String {
        func side(_ tree: Tree, _ name: String, _ hash: String) -> Side {
            let latest = tree.review.last
            return Side(
                name: name, sha256: hash,
                signOff: latest.map { SignOffRow(by: $0.by, role: $0.role, date: $0.date, sha256: $0.sha256, note: $0.note) },
                signOffCurrent: latest.map { $0.sha256 == hash })
        }
        func steps(_ steps: [BehaviourDiff.Step]) -> [StepRow] {
            steps.map { StepRow(node: $0.node, answer: $0.answer, side: $0.side.rawValue) }
        }
        let report = Report(
            same: diff.isSameModel, old: side(diff.old, diff.oldName, diff.oldHash), new: side(diff.new, diff.newName, diff.newHash),
            treeFields: diff.structure.treeFields,
            nodes: diff.structure.nodes.map {
                NodeRow(id: $0.id, change: $0.change.rawValue, fields: $0.fields, oldLine: $0.oldLine, newLine: $0.newLine)
            },
            edges: diff.structure.edges.map {
                EdgeRow(
                    node: $0.node, label: $0.label, change: $0.change.rawValue, oldTarget: $0.oldTarget, newTarget: $0.newTarget,
                    oldLine: $0.oldLine, newLine: $0.newLine)
            },
            outcomes: diff.behaviour.outcomes.map {
                OutcomeRow(oldNode: $0.oldNode, newNode: $0.newNode, old: $0.old, new: $0.new, witness: steps($0.witness))
            },
            oneSidedAnswers: diff.behaviour.oneSided.map {
                OneSidedRow(node: $0.node, answer: $0.answer, side: $0.side.rawValue, witness: steps($0.witness))
            },
            reroutedValues: diff.behaviour.rangeChanges.map {
                RangeRow(
                    node: $0.node, values: $0.values, unit: $0.unit, oldRange: $0.oldRange, newRange: $0.newRange, oldTarget: $0.oldTarget,
                    newTarget: $0.newTarget, lowWitness: $0.lowWitness, highWitness: $0.highWitness)
            },
            scenarios: diff.scenarios.map {
                ScenarioRow(
                    path: $0.path, total: $0.total,
                    changed: $0.changed.map { CaseRow(name: $0.name, line: $0.line, old: $0.old, new: $0.new) })
            },
            statesVisited: diff.behaviour.statesVisited, behaviourComplete: diff.behaviour.complete)
        return ((try? JSONValue(encoding: report).text(.compactReport)) ?? "{}") + "\n"
    }
}
