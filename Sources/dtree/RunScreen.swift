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

    /// The title, the disclaimer and the commands, shown once at the start.
    func header(_ tree: Tree) -> String {
        var lines = [style.bold(safe(tree.title)) + (tree.version.map { style.dim("  v\(safe($0))") } ?? "")]
        if let disclaimer = tree.disclaimer { lines += wrapped(safe(disclaimer), indent: "").map(style.dim) }
        lines.append(style.dim("Type a number or an answer. Commands: b back · r restart · ? help · q quit"))
        return lines.joined(separator: "\n") + "\n"
    }

    /// A question or checklist: its prompt and numbered choices.
    func node(_ walk: Walk) -> String {
        let node = walk.node
        var lines = [""]
        let step = walk.path.answeredSteps.count + 1
        lines.append(style.bold(safe(node.prompt ?? node.id)) + "  " + style.dim("(\(safe(node.id)), step \(step))"))
        for (position, choice) in walk.choices.enumerated() {
            lines.append("  " + style.accent("\(position + 1).") + " " + safe(choice))
        }
        if node.kind == .checklist {
            lines.append("  " + style.accent("0.") + " None of these")
            lines.append(style.dim("Pick every one that applies: numbers or labels, separated by commas or spaces; 0 for none."))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The prompt in front of the cursor.
    var prompt: String { style.accent("> ") }

    /// A node answered by `--answer`, shown instead of being asked.
    func preset(_ node: Node, answer: Answer) -> String {
        "\n" + style.dim("\(safe(node.prompt ?? node.id)) ") + safe(answer.readableText(at: node)) + style.dim("  (from --answer \(safe(node.id)))") + "\n"
    }

    /// A refer step the walk passed through: `→ Refer to: NAME (URGENCY): ADVICE`, the urgency
    /// only when the tree states it.
    func refer(_ node: Node, in tree: Tree) -> String {
        guard let referral = node.referral else { return "" }
        var line = "Refer to: " + safe(tree.displayName(ofSpecialist: referral.specialist))
        if let words = tree.urgencyText(of: referral) { line += " (\(style.urgency(safe(words), referral.urgency)))" }
        line += referral.advice.map { ": \(safe($0))" } ?? ""
        return "\n" + wrapped(line, indent: "  ", first: style.accent("→ ")).joined(separator: "\n") + "\n"
    }

    /// An answer that does not fit, with the choices that do.
    func invalid(_ text: String, at walk: Walk) -> String {
        let node = walk.node
        var choices = walk.choices.enumerated().map { "\($0.offset + 1) \(safe($0.element))" }
        let hint: String
        if node.kind == .checklist {
            hint = "Type numbers 1–\(node.items.count) (commas or spaces between them) or labels, or 0 for none:"
            choices.append("0 none")
        } else {
            hint = "Type a number 1–\(node.edges.count) or an answer:"
        }
        let line = "“\(safe(text.trimmed))” is not one of the choices. \(hint) \(choices.joined(separator: " · ")). ? shows help."
        return wrapped(line, indent: "  ").map(style.warning).joined(separator: "\n") + "\n"
    }

    /// The help and the cited source for the current node.
    func help(_ node: Node, passed: Bool = false, commands: Bool = true) -> String {
        var lines: [String] = []
        if passed { lines.append(style.dim("\(node.id), passed on the way:")) }
        if let help = node.help {
            lines += wrapped(safe(help), indent: "  ", first: style.bold("Help: "))
        } else {
            lines.append(style.dim("No help is written for this step."))
        }
        if let cite = node.cite {
            lines += wrapped("“\(safe(cite))”", indent: "  ", first: style.bold("Source: "))
        }
        if commands { lines.append(style.dim("Commands: b back · r restart · ? help · q quit")) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The end of a walk: outcome, urgency, advice and the numbered path.
    func summary(_ walk: Walk) -> String {
        guard let outcome = walk.outcome else { return "" }
        // At a terminal a rule sets the result apart; piped output stays plain lines.
        var lines: [String] = width.map { [style.dim(String(repeating: "─", count: min($0, 40)))] } ?? []
        switch outcome.content {
        case .refer(let referral):
            let tree = walk.tree
            lines.append(style.bold("Refer to: ") + style.bold(safe(tree.displayName(ofSpecialist: referral.specialist))) + style.dim("  (\(safe(outcome.id)))"))
            if let words = tree.urgencyText(of: referral) {
                lines.append(style.bold("Urgency: ") + style.urgency(safe(words), referral.urgency))
            }
        case .outcome(let result):
            lines.append(style.bold("Outcome: ") + style.bold(safe(result.text)) + style.dim("  (\(safe(outcome.id)))"))
        case .question, .checklist:
            break
        }
        if let advice = outcome.advice {
            lines += wrapped(safe(advice), indent: "         ", first: style.bold("Advice:  "))
        }
        lines.append(style.bold("Path:"))
        let tree = walk.tree
        for (position, step) in walk.path.steps.enumerated() {
            let node = tree.nodes[step.node]
            var line = "  \(position + 1). \(safe(node.id)) → \(safe(step.readableText(in: tree)))"
            if !step.isAnswered, width != nil, let referral = node.referral {
                let urgency = tree.urgencyText(of: referral).map { ", \(safe($0))" } ?? ""
                line += style.dim("  (refer to \(safe(tree.displayName(ofSpecialist: referral.specialist)))\(urgency))")
            }
            lines.append(line)
        }
        lines.append("  \(walk.path.steps.count + 1). \(safe(outcome.id))")
        if let disclaimer = tree.disclaimer {
            lines += wrapped(safe(disclaimer), indent: "      ", first: style.dim("Note: "))
        }
        return lines.joined(separator: "\n") + "\n"
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
