// Presentation/: a tree as a text outline (a referral "(urgency as stated)"), the text
// alternative of every chart: the SVG's <desc> and the review page's outline. Its words come
// from the phrasebook.

/// A tree written out as nested lines of plain text, from the start node down.
///
/// Each node is written once, where a depth-first walk in answer order first meets it; an
/// answer leading to a node written earlier says "go to NODE (above)". The walk is iterative,
/// and linear in nodes and edges: it never enumerates paths. Text is the tree's own, unescaped:
/// escape it for where it goes.
public struct TreeOutline: Sendable, Equatable {
    /// One line of the outline.
    public struct Line: Sendable, Equatable {
        /// Nesting depth, 0 for the start node.
        public var depth: Int
        /// The line's text.
        public var text: String
        /// The node the line describes or leads to, by index.
        public var node: Int
    }

    /// The lines, in reading order.
    public let lines: [Line]

    /// The outline of `tree`, in `words`.
    public init(_ tree: Tree, words: Phrasebook = .english) {
        var lines: [Line] = []
        var written = Set<Int>()
        // Each frame: the line that leads to a node (an answer, or none for the start).
        var stack: [(node: Int, depth: Int, lead: String?)] = [(tree.start, 0, nil)]
        while let frame = stack.popLast() {
            let node = tree.nodes[frame.node]
            let lead = frame.lead.map { $0 + ": " } ?? ""
            if !written.insert(frame.node).inserted {
                lines.append(Line(depth: frame.depth, text: lead + words.node.outlineAbove(node.id), node: frame.node))
                continue
            }
            lines.append(Line(depth: frame.depth, text: lead + Self.describe(node, in: tree, words: words), node: frame.node))
            // Pushed in reverse so the first answer is written first.
            for position in node.edges.indices.reversed() {
                stack.append((node.edges[position].target, frame.depth + 1, Self.lead(node, position, words: words)))
            }
        }
        self.lines = lines
    }

    /// The outline as text: one line each, indented two spaces a level.
    public var text: String {
        lines.map { String(repeating: "  ", count: $0.depth) + $0.text }.joined(separator: "\n")
    }

    /// What leads from `node` along its edge `position`: "If yes", "If one or more apply".
    static func lead(_ node: Node, _ position: Int, words: Phrasebook) -> String {
        switch node.kind {
        case .refer: words.node.outlineThen
        case .question, .number, .checklist, .outcome: words.node.outlineIf(node.readableLabel(ofEdge: position, words: words.node))
        }
    }

    /// One node in words: the question, the checklist and its items, the referral with its
    /// urgency as the tree states it, or the outcome; with advice and, labelled, inference.
    static func describe(_ node: Node, in tree: Tree, words: Phrasebook) -> String {
        var text: String
        switch node.content {
        case .question(let question): text = words.node.outlineQuestion(question.text)
        case .number(let number): text = words.node.outlineNumber(number.text)
        case .checklist(let checklist): text = words.node.outlineChecklist(checklist.text, checklist.items)
        case .refer(let referral): text = words.referral.inSentence(of: referral, in: tree)
        case .outcome(let outcome): text = words.node.outlineOutcome(outcome.text)
        }
        if let advice = node.advice, !advice.isEmpty { text += words.node.outlineAdvice(advice) }
        if let inference = node.labelledInference(words) { text += ". " + inference }
        return text
    }
}
