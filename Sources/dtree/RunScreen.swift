// dtree: the text of every `dtree run` screen, styled for the terminal; the words come from
// the phrasebook.

import DecisionTree

/// Bold, dim and colour for a terminal, or plain text when they are not allowed.
struct Style {
    /// Whether escape sequences are written at all.
    let enabled: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func accent(_ text: String) -> String { wrap(text, "36") }
    func warning(_ text: String) -> String { wrap(text, "33") }
    func alarm(_ text: String) -> String { wrap(text, "1;31") }

    /// `text` (an urgency in the tree's words) in the colour that fits `urgency`: red for
    /// urgent and emergency, yellow for soon.
    func urgency(_ text: String, _ urgency: Urgency) -> String {
        switch urgency {
        case .routine: text
        case .soon: warning(text)
        case .urgent, .emergency: alarm(text)
        }
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// What `dtree run` shows: the text of every screen, with no input handling.
struct RunScreen {
    let style: Style
    /// The column to wrap prose at, or `nil` to leave lines whole (when not at a terminal).
    let width: Int?
    /// The words shown.
    var words = Phrasebook.english

    /// The title, the disclaimer and the commands, shown once at the start.
    func header(_ tree: Tree) -> String {
        var lines = [style.bold(safe(tree.title)) + (tree.version.map { style.dim(words.run.version(safe($0))) } ?? "")]
        if let disclaimer = tree.disclaimer { lines += wrapped(safe(disclaimer), indent: "").map(style.dim) }
        lines.append(style.dim(words.run.howToAnswer))
        return lines.joined(separator: "\n") + "\n"
    }

    /// A question or checklist: its prompt and numbered choices.
    func node(_ walk: Walk) -> String {
        let node = walk.node
        var lines = [""]
        let step = walk.path.answeredSteps.count + 1
        lines.append(style.bold(safe(node.prompt ?? node.id)) + "  " + style.dim(words.run.step(safe(node.id), step)))
        if let number = node.number {
            // The ranges are shown, not numbered: a number typed is the value.
            for choice in walk.choices { lines.append("  " + style.accent("•") + " " + safe(choice)) }
            lines.append(style.dim(words.run.numberHint(safe(number.valuesDescription))))
            return lines.joined(separator: "\n") + "\n"
        }
        for (position, choice) in walk.choices.enumerated() {
            lines.append("  " + style.accent("\(position + 1).") + " " + safe(choice))
        }
        if node.kind == .checklist {
            lines.append("  " + style.accent("0.") + " " + words.node.noneOfThese)
            lines.append(style.dim(words.run.checklistHint))
        }
        lines += inference(node)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A node's inference, labelled as the tree's own words: shown with the node everywhere.
    private func inference(_ node: Node, indent: String = "  ", dimmed: Bool = true) -> [String] {
        guard let text = node.labelledInference(words) else { return [] }
        return wrapped(safe(text), indent: indent, first: indent).map { dimmed ? style.dim($0) : $0 }
    }

    /// The prompt in front of the cursor.
    var prompt: String { style.accent("> ") }

    /// A node answered by `--answer`, shown instead of being asked.
    func preset(_ node: Node, answer: Answer) -> String {
        "\n" + style.dim("\(safe(node.prompt ?? node.id)) ") + safe(readable(answer, at: node))
            + style.dim(words.run.preset(safe(node.id))) + "\n"
    }

    /// A refer step the walk passed through, after `→ `: the phrasebook's line with the urgency
    /// (only when the tree states it) in its colour.
    func refer(_ node: Node, in tree: Tree) -> String {
        guard let referral = node.referral else { return "" }
        let urgency = tree.urgencyText(of: referral).map { style.urgency(safe($0), referral.urgency) }
        let line = words.referral.passedLine(safe(tree.displayName(ofSpecialist: referral.specialist)), urgency, referral.advice.map(safe))
        return "\n" + wrapped(line, indent: "  ", first: style.accent("→ ")).joined(separator: "\n") + "\n"
    }

    /// An answer that does not fit, with the choices that do.
    func invalid(_ text: String, at walk: Walk) -> String {
        let node = walk.node
        if let number = node.number {
            let line = words.run.notAllowedNumber(safe(text.trimmed), safe(number.valuesDescription))
            return wrapped(line, indent: "  ").map(style.warning).joined(separator: "\n") + "\n"
        }
        let checklist = node.kind == .checklist
        let line = words.run.notAChoice(
            safe(text.trimmed), walk.choices.map(safe), checklist ? node.items.count : node.edges.count, checklist)
        return wrapped(line, indent: "  ").map(style.warning).joined(separator: "\n") + "\n"
    }

    /// The help and the cited source for the current node.
    func help(_ node: Node, passed: Bool = false, commands: Bool = true) -> String {
        var lines: [String] = []
        if passed { lines.append(style.dim(words.run.passedOnTheWay(node.id))) }
        if let help = node.help {
            lines += wrapped(safe(help), indent: "  ", first: style.bold(words.node.helpLabel))
        } else {
            lines.append(style.dim(words.run.noHelp))
        }
        if let cite = node.cite {
            lines += wrapped(words.run.quoted(safe(cite)), indent: "  ", first: style.bold(words.node.sourceLabel))
        }
        lines += inference(node)
        if commands { lines.append(style.dim(words.run.commands)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The end of a walk: outcome, urgency, advice and the numbered path.
    func summary(_ walk: Walk) -> String {
        guard let outcome = walk.outcome else { return "" }
        // At a terminal a rule sets the result apart; piped output stays plain lines.
        var lines: [String] = width.map { [style.dim(String(repeating: "─", count: min($0, 40)))] } ?? []
        // Every referral on the path, in order: those passed on the way first, then the outcome.
        for step in walk.path.steps where !step.isAnswered {
            guard let referral = walk.tree.nodes[step.node].referral else { continue }
            let tree = walk.tree
            let urgency = tree.urgencyText(of: referral).map { style.urgency(safe($0), referral.urgency) }
            let line = words.referral.passedLine(
                safe(tree.displayName(ofSpecialist: referral.specialist)), urgency, referral.advice.map(safe))
            lines += wrapped(line, indent: "  ", first: style.bold(words.run.earlierReferralLabel))
            lines += inference(walk.tree.nodes[step.node])
        }
        switch outcome.content {
        case .refer(let referral):
            let tree = walk.tree
            lines.append(
                style.bold(words.referral.label) + style.bold(safe(tree.displayName(ofSpecialist: referral.specialist)))
                    + style.dim(words.run.endID(safe(outcome.id))))
            if let urgency = tree.urgencyText(of: referral) {
                lines.append(style.bold(words.referral.urgencyLabel) + style.urgency(safe(urgency), referral.urgency))
            }
        case .outcome(let result):
            lines.append(style.bold(words.node.outcomeLabel) + style.bold(safe(result.text)) + style.dim(words.run.endID(safe(outcome.id))))
        case .question, .number, .checklist:
            break
        }
        if let advice = outcome.advice {
            lines += wrapped(
                safe(advice), indent: String(repeating: " ", count: words.run.adviceLabel.count), first: style.bold(words.run.adviceLabel))
        }
        // At the end the inference is not dimmed: a tree's safety-net line is often one.
        lines += inference(outcome, indent: "", dimmed: false)
        lines.append(style.bold(words.run.pathHeading))
        let tree = walk.tree
        for (position, step) in walk.path.steps.enumerated() {
            let node = tree.nodes[step.node]
            let answered = step.isAnswered ? step.answer.map { readable($0, at: node) } : nil
            var line = "  \(position + 1). \(safe(node.id)) → \(safe(answered ?? pathLabel(node, edge: step.edge)))"
            if !step.isAnswered, let referral = node.referral {
                line += style.dim(
                    "  "
                        + words.referral.passedNote(
                            safe(tree.displayName(ofSpecialist: referral.specialist)), tree.urgencyText(of: referral).map(safe)))
            }
            lines.append(line)
        }
        lines.append("  \(walk.path.steps.count + 1). \(safe(outcome.id))")
        if let disclaimer = tree.disclaimer {
            lines += wrapped(
                safe(disclaimer), indent: String(repeating: " ", count: words.run.noteLabel.count), first: style.dim(words.run.noteLabel))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An answer as the walk's language reads it: a checklist's `none` and `any` in the run's
    /// words, anything else as ``Answer/readableText(at:)`` gives it (labels are the tree's).
    private func readable(_ answer: Answer, at node: Node) -> String {
        guard node.kind == .checklist else { return answer.readableText(at: node) }
        switch answer {
        case .items(let chosen) where chosen.isEmpty: return words.run.checkedNone
        case .choice(let index) where node.edges.indices.contains(index):
            switch node.edges[index].answer {
            case Node.noneLabel: return words.run.checkedNone
            case Node.anyLabel: return words.run.checkedAny
            default: return answer.readableText(at: node)
            }
        default: return answer.readableText(at: node)
        }
    }

    /// A step no one answered (a refer step passed on its way) as the walk's language reads it: `then`.
    private func pathLabel(_ node: Node, edge: Int) -> String {
        node.readableLabel(ofEdge: edge, words: words.node)
    }

    /// Text from the tree file or the person's input, control characters shown escaped: the
    /// screen's own escape sequences are the only ones that reach the terminal.
    private func safe(_ text: String) -> String { TerminalText.escaped(text) }

    /// `text` wrapped at ``width``, every line after the first indented by `indent`.
    func wrapped(_ text: String, indent: String, first: String = "") -> [String] {
        guard let width else { return [first + text] }
        let firstWidth = max(20, width - visibleLength(first))
        let restWidth = max(20, width - indent.count)
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: \.isWhitespace) {
            let limit = lines.isEmpty ? firstWidth : restWidth
            if !current.isEmpty, current.count + 1 + word.count > limit {
                lines.append(current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        lines.append(current)
        return lines.enumerated().map { $0.offset == 0 ? first + $0.element : indent + $0.element }
    }

    private func visibleLength(_ text: String) -> Int {
        var count = 0, inEscape = false
        for character in text {
            if character == "\u{1B}" { inEscape = true } else if inEscape { if character == "m" { inEscape = false } } else { count += 1 }
        }
        return count
    }
}

extension String {
    /// The string without leading and trailing white space.
    var trimmed: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
