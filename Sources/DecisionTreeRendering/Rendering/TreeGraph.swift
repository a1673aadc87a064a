// Rendering/: a tree as clinician-styled DOT; its words come from the phrasebook.

import DecisionTree

/// Turns a tree (and optionally the path some answers take) into clinician-styled DOT.
struct TreeGraph {
    let tree: Tree
    let rankdir: RankDirection
    let path: PathHighlight?
    var changes: ChangeMarks? = nil
    /// The words on the chart.
    var words = Phrasebook.english

    private typealias Style = ClinicianStyle

    /// The DOT text.
    func dot() -> String {
        var writer = DOTWriter(name: Self.isSafeName(tree.id) ? tree.id : "tree")
        writer.comment("Written by dtree from tree '\(tree.id)'. Labels are escaped; see docs/render.md.")
        writer.graph(
            [
                (.rankdir, .string(rankdir.rawValue)), (.ordering, .string("out")), (.newrank, .string("true")),
                (.nodesep, .number(0.35)), (.ranksep, .number(0.55)), (.pad, .number(0.3)),
                (.bgcolor, .string("white")), (.charset, .string("UTF-8")), (.fontname, .string(Style.font)),
                (.labelloc, .string("t")), (.labeljust, .string("c")), (.label, .html(graphLabel())),
            ] + LayoutLimit.bounds(for: LayoutSize(tree)))
        writer.nodeDefaults([
            (.fontname, .string(Style.font)), (.fontsize, .number(Style.textSize)),
            (.margin, .string("0.14,0.07")),
        ])
        writer.edgeDefaults([
            (.fontname, .string(Style.font)), (.fontsize, .number(Style.smallSize)),
            (.color, .string("#4A4A4A")), (.fontcolor, .string("#333333")),
            (.arrowsize, .number(0.8)), (.penwidth, .number(1.4)),
        ])
        let names = nodeNames()
        writer.blank()
        for (index, node) in tree.nodes.enumerated() {
            writer.node(names[index], nodeAttributes(index, node))
        }
        if let changes {
            for ghost in changes.ghosts { writer.node(Self.ghostName(ghost.id), ghostAttributes(ghost)) }
        }
        writer.blank()
        for (index, node) in tree.nodes.enumerated() {
            for position in Self.edgeOrder(node) {
                let edge = node.edges[position]
                writer.edge(names[index], names[edge.target], edgeAttributes(index, node, position, edge))
            }
        }
        if let changes {
            let ghostIDs = Set(changes.ghosts.map(\.id))
            func name(_ id: String) -> String? {
                if ghostIDs.contains(id) { return Self.ghostName(id) }
                return tree.index(of: id).map { names[$0] }
            }
            for edge in changes.ghostEdges {
                guard let from = name(edge.from), let to = name(edge.to) else { continue }
                var label = HTMLLabel()
                label.lines(DOTEscaping.wrap(edge.label, width: 18))
                writer.edge(
                    from, to,
                    [
                        (.label, .html(label)), (.color, .string(Style.removedColor)), (.fontcolor, .string(Style.removedColor)),
                        (.style, .string("dashed")), (.penwidth, .number(2)),
                    ])
            }
        }
        return writer.finish()
    }

    // MARK: Names

    /// A node's DOT name: its id when that is a plain identifier seen first, else `#index`
    /// (a `#` never occurs in an id, so the two can never collide).
    private func nodeNames() -> [String] {
        var seen = Set<String>()
        return tree.nodes.enumerated().map { index, node in
            if Self.isSafeName(node.id), seen.insert(node.id).inserted { return node.id }
            return "#\(index)"
        }
    }

    /// A removed node's DOT name: `#old:` and its id (a `#` never occurs in an id).
    static func ghostName(_ id: String) -> String { "#old:" + id }

    /// The SVG element id of node `index` (built from the index, never from tree text).
    static func nodeID(_ index: Int) -> String { "n\(index)" }

    /// The SVG element id of edge `position` out of node `index`.
    static func edgeID(_ index: Int, _ position: Int) -> String { "e\(index)-\(position)" }

    static func isSafeName(_ name: String) -> Bool {
        !name.isEmpty
            && name.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "_-.".unicodeScalars.contains($0))
            }
    }

    // MARK: Nodes

    private enum Emphasis { case normal, onPath, dimmed }

    private func emphasis(_ index: Int) -> Emphasis {
        guard let path else { return .normal }
        return path.nodes.contains(index) ? .onPath : .dimmed
    }

    private func nodeAttributes(_ index: Int, _ node: Node) -> DOTAttributes {
        let look = Style.look(node)
        let emphasis = emphasis(index)
        // Off the path a node's border is dashed, so the path reads without colour.
        let style = Style.style(node.kind) + (emphasis == .dimmed ? ",dashed" : "")
        var attributes: DOTAttributes = [
            (.id, .string(Self.nodeID(index))), (.shape, .string(Style.shape(node.kind))), (.style, .string(style)),
        ]
        switch emphasis {
        case .normal:
            attributes += [
                (.fillcolor, .string(look.fill)), (.color, .string(look.border)), (.fontcolor, .string(look.text)),
                (.penwidth, .number(look.penwidth)),
            ]
        case .onPath:
            attributes += [
                (.fillcolor, .string(look.fill)), (.color, .string(Style.pathColor)), (.fontcolor, .string(look.text)),
                (.penwidth, .number(max(look.penwidth, 3.5) + (index == path?.last ? 1.5 : 0))),
            ]
        case .dimmed:
            attributes += [
                (.fillcolor, .string(Style.dimFill)), (.color, .string(Style.dimBorder)), (.fontcolor, .string(Style.dimText)),
                (.penwidth, .number(1)),
            ]
        }
        if let changes {
            if changes.addedNodes.contains(node.id) {
                attributes += [(.color, .string(Style.addedColor)), (.penwidth, .number(5))]
            } else if changes.changedNodes[node.id] != nil {
                attributes += [(.color, .string(Style.changedColor)), (.penwidth, .number(5))]
            }
        }
        attributes.append((.label, .html(nodeLabel(index, node, emphasis: emphasis, look: look))))
        if let tip = tooltip(node) { attributes.append((.tooltip, .tooltip(tip))) }
        return attributes
    }

    /// A removed node of the older version: ghosted (pale, dashed red border, red text).
    private func ghostAttributes(_ node: Node) -> DOTAttributes {
        let look = ClinicianStyle.Look(fill: Style.removedFill, border: Style.removedColor, text: Style.removedColor, penwidth: 2)
        return [
            (.shape, .string(Style.shape(node.kind))), (.style, .string(node.kind == .outcome ? "rounded,dashed,filled" : "dashed,filled")),
            (.fillcolor, .string(look.fill)), (.color, .string(look.border)), (.fontcolor, .string(look.text)),
            (.penwidth, .number(look.penwidth)),
            (.label, .html(nodeLabel(-1, node, emphasis: .normal, look: look))),
        ]
    }

    private func tooltip(_ node: Node) -> String? {
        var parts: [String] = []
        if let help = node.help, !help.isEmpty { parts.append(words.node.helpLabel + help) }
        if let cite = node.cite, !cite.isEmpty { parts.append(words.node.sourceLabel + cite) }
        if let inference = node.labelledInference(words) { parts.append(inference) }
        return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
    }

    private func nodeLabel(_ index: Int, _ node: Node, emphasis: Emphasis, look: ClinicianStyle.Look) -> HTMLLabel {
        let dimmed = emphasis == .dimmed
        let muted = dimmed ? Style.dimText : (look.text == "#FFFFFF" ? "#FFE3E3" : Style.mutedText)
        var label = HTMLLabel()
        label.tag("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">")
        if emphasis == .onPath, index == path?.last {
            row(&label) {
                $0.font(size: 12, color: look.text == "#FFFFFF" ? "#FFFFFF" : Style.pathColor)
                $0.tag("<B>")
                // On two short lines, so the banner never outgrows the node's text (a cds or
                // diamond narrows at its ends and would clip one long line).
                $0.lines(node.isTerminal ? words.chart.reachedBanner : words.chart.nextBanner)
                $0.tag("</B></FONT>")
            }
        }
        if let changes {
            if changes.addedNodes.contains(node.id) {
                row(&label) {
                    $0.font(size: 11, color: Style.addedColor); $0.tag("<B>"); $0.text(words.chart.addedBanner); $0.tag("</B></FONT>")
                }
            } else if let fields = changes.changedNodes[node.id] {
                row(&label) {
                    $0.font(size: 11, color: Style.changedText); $0.tag("<B>");
                    $0.lines(DOTEscaping.wrap(words.chart.changedBanner(fields), width: Style.wrapWidth)); $0.tag("</B></FONT>")
                }
            } else if index < 0 {
                row(&label) {
                    $0.font(size: 11, color: Style.removedColor); $0.tag("<B>"); $0.text(words.chart.removedBanner); $0.tag("</B></FONT>")
                }
            }
        }
        if node.inference?.isEmpty == false {
            // The mark that the node says more than its source; the inference's words are in
            // its tooltip, on the page, in `dtree run` and in the exports.
            row(&label) {
                $0.font(size: 9, color: dimmed ? Style.dimText : Style.inferenceColor); $0.tag("<B>")
                $0.text(words.basis.inferenceBanner); $0.tag("</B></FONT>")
            }
        }
        switch node.content {
        case .question(let question):
            row(&label) { $0.lines(DOTEscaping.wrap(question.text, width: Style.wrapWidth - 6)) }
        case .number(let number):
            row(&label) { $0.lines(DOTEscaping.wrap(number.text, width: Style.wrapWidth - 6)) }
        case .checklist(let checklist):
            row(&label) {
                $0.tag("<B>"); $0.lines(DOTEscaping.wrap(checklist.text, width: Style.wrapWidth)); $0.tag("</B>")
            }
            checklistItems(&label, index, checklist, dimmed: dimmed)
        case .refer(let referral):
            let urgency = referral.urgency
            row(&label) {
                $0.font(size: 10, color: muted); $0.text(words.chart.referBanner); $0.tag("</FONT>")
            }
            row(&label) {
                $0.font(size: 17); $0.tag("<B>");
                $0.lines(DOTEscaping.wrap(tree.displayName(ofSpecialist: referral.specialist), width: Style.wrapWidth));
                $0.tag("</B></FONT>")
            }
            if let urgencyWords = tree.urgencyText(of: referral) {
                row(&label) {
                    $0.font(size: urgency >= .urgent ? 13 : 11)
                    if urgency >= .soon { $0.tag("<B>") }
                    $0.lines(DOTEscaping.wrap(self.words.referral.urgencyLabel + urgencyWords, width: Style.detailWrapWidth))
                    if urgency >= .soon { $0.tag("</B>") }
                    $0.tag("</FONT>")
                }
            }
            advice(&label, node)
        case .outcome(let outcome):
            row(&label) {
                $0.font(size: 10, color: muted); $0.text(words.chart.outcomeBanner); $0.tag("</FONT>")
            }
            row(&label) {
                $0.tag("<B>"); $0.lines(DOTEscaping.wrap(outcome.text, width: Style.wrapWidth)); $0.tag("</B>")
            }
            advice(&label, node)
        }
        row(&label) {
            $0.font(size: 9, color: muted); $0.text(node.id); $0.tag("</FONT>")
        }
        label.tag("</TABLE>")
        return label
    }

    private func row(_ label: inout HTMLLabel, align: String = "CENTER", balign: String? = nil, _ body: (inout HTMLLabel) -> Void) {
        label.tag("<TR>")
        label.cell(align: align, balign: balign)
        body(&label)
        label.tag("</TD></TR>")
    }

    private func checklistItems(_ label: inout HTMLLabel, _ index: Int, _ node: Node.Checklist, dimmed: Bool) {
        let ticked = path?.ticked[index] ?? []
        row(&label, align: "LEFT", balign: "LEFT") { label in
            label.font(size: 12.5)
            for (position, item) in node.items.enumerated() {
                let lines = DOTEscaping.wrap(item, width: Style.detailWrapWidth)
                let isTicked = ticked.contains(position)
                if isTicked { label.tag("<B>") }
                for (number, line) in lines.enumerated() {
                    label.text((number == 0 ? (isTicked ? "☑ " : "☐ ") : "    ") + line)
                    label.tag("<BR ALIGN=\"LEFT\"/>")
                }
                if isTicked { label.tag("</B>") }
            }
            label.tag("</FONT>")
        }
    }

    private func advice(_ label: inout HTMLLabel, _ node: Node) {
        guard let advice = node.advice, !advice.isEmpty else { return }
        row(&label) {
            $0.font(size: Style.smallSize); $0.lines(DOTEscaping.wrap(advice, width: Style.detailWrapWidth)); $0.tag("</FONT>")
        }
    }

    // MARK: Edges

    /// The order `node`'s edges are written in: as the tree gives them, except that answers
    /// leading to the same node are written together. With `ordering="out"`, two parallel edges
    /// with another between them were laid over each other, their labels on top of one another
    /// ("yes" and "Not sure" to the same referral); written together, dot draws them apart.
    static func edgeOrder(_ node: Node) -> [Int] {
        var groups: [[Int]] = []
        var groupOfTarget: [Int: Int] = [:]
        for (position, edge) in node.edges.enumerated() {
            if let group = groupOfTarget[edge.target] {
                groups[group].append(position)
            } else {
                groupOfTarget[edge.target] = groups.count
                groups.append([position])
            }
        }
        return groups.flatMap { $0 }
    }

    private func edgeAttributes(_ index: Int, _ node: Node, _ position: Int, _ edge: Edge) -> DOTAttributes {
        let text = node.readableLabel(ofEdge: position, words: words.node)
        var label = HTMLLabel()
        var attributes: DOTAttributes = []
        // With a path, the path is solid and heavy and every other edge dotted and thin, so
        // the path reads without colour; without one, a referral's "then" edge is dashed.
        if let path {
            if path.edges.contains(EdgeRef(node: index, edge: position)) {
                label.tag("<B>")
                label.lines(DOTEscaping.wrap(text, width: 18))
                label.tag("</B>")
                attributes = [
                    (.color, .string(Style.pathColor)), (.fontcolor, .string(Style.pathColor)), (.penwidth, .number(3.5)),
                    (.weight, .number(3)), (.style, .string("solid")),
                ]
            } else {
                label.lines(DOTEscaping.wrap(text, width: 18))
                attributes = [
                    (.color, .string(Style.dimBorder)), (.fontcolor, .string(Style.dimText)), (.penwidth, .number(1.2)),
                    (.style, .string("dotted")),
                ]
            }
        } else {
            label.lines(DOTEscaping.wrap(text, width: 18))
            if node.kind == .refer { attributes.append((.style, .string("dashed"))) }
        }
        if let changes {
            let key = ChangeMarks.EdgeByID(from: node.id, label: edge.answer, to: tree.nodes[edge.target].id)
            if changes.changedEdges.contains(key) {
                attributes += [(.color, .string(Style.changedColor)), (.fontcolor, .string(Style.changedText)), (.penwidth, .number(3.5))]
            } else if changes.addedEdges.contains(key) || changes.addedNodes.contains(node.id) {
                attributes += [(.color, .string(Style.addedColor)), (.fontcolor, .string(Style.addedColor)), (.penwidth, .number(3.5))]
            }
        }
        // The label is tied to its own edge by a line (decorate), so none reads as a neighbour's.
        return [(.id, .string(Self.edgeID(index, position))), (.label, .html(label)), (.decorate, .string("true"))] + attributes
    }

    // MARK: Graph label and legend

    private func graphLabel() -> HTMLLabel {
        var label = HTMLLabel()
        label.tag("<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\">")
        row(&label) {
            $0.font(size: 22); $0.tag("<B>"); $0.text(tree.title); $0.tag("</B></FONT>")
        }
        row(&label) {
            $0.font(size: 11, color: Style.mutedText); $0.text(words.chart.facts(tree.id, tree.version)); $0.tag("</FONT>")
        }
        for note in changes?.notes ?? [] {
            row(&label) {
                $0.font(size: 12, color: Style.changedText); $0.lines(DOTEscaping.wrap(note, width: 110)); $0.tag("</FONT>")
            }
        }
        if let disclaimer = tree.disclaimer, !disclaimer.isEmpty {
            row(&label) {
                $0.font(size: 12, color: "#8A1C1C"); $0.tag("<I>"); $0.lines(DOTEscaping.wrap(disclaimer, width: 90)); $0.tag("</I></FONT>")
            }
        }
        label.tag("<TR><TD>")
        legend(&label)
        label.tag("</TD></TR></TABLE>")
        return label
    }

    private func legend(_ label: inout HTMLLabel) {
        // Only the kinds and urgencies the tree uses, in a fixed order.
        let kinds = Set(tree.nodes.map(\.kind))
        let referrals = tree.nodes.compactMap(\.referral)
        var entries: [(String, ClinicianStyle.Look)] = []
        let chart = words.chart
        if kinds.contains(.question) { entries.append((chart.legendQuestion, Style.look(.question))) }
        if kinds.contains(.checklist) { entries.append((chart.legendChecklist, Style.look(.checklist))) }
        if referrals.contains(where: { !$0.urgencyStated }) {
            entries.append((chart.legendReferral(nil), Style.unstatedReferral))
        }
        for urgency in Urgency.allCases where referrals.contains(where: { $0.urgencyStated && $0.urgency == urgency }) {
            let urgencyWords = tree.urgencyWords[urgency] ?? urgency.rawValue
            entries.append((chart.legendReferral(urgencyWords), Style.look(referring: urgency)))
        }
        let outcomes = tree.nodes.filter { $0.kind == .outcome }
        if outcomes.contains(where: \.reassures) { entries.append((words.basis.legendReassuring, Style.look(.outcome))) }
        if outcomes.contains(where: { !$0.reassures }) { entries.append((words.basis.legendNotReassuring, Style.notReassuring)) }
        if tree.nodes.contains(where: { $0.inference?.isEmpty == false }) {
            entries.append(
                (
                    words.basis.legendInference,
                    ClinicianStyle.Look(fill: "#FFFFFF", border: Style.inferenceColor, text: Style.inferenceColor)
                ))
        }
        label.tag("<TABLE BORDER=\"0\" CELLSPACING=\"5\" CELLPADDING=\"4\"><TR>")
        label.cell()
        label.font(size: 11, color: Style.mutedText); label.tag("<B>"); label.text(chart.legend); label.tag("</B></FONT></TD>")
        for (name, look) in entries {
            label.cell(background: look.fill, border: look.penwidth > 2 ? 2 : 1, color: look.border)
            label.font(size: 11, color: look.text)
            label.text(name)
            label.tag("</FONT></TD>")
        }
        if changes != nil {
            for (name, color, text) in [
                (chart.legendAdded, Style.addedColor, Style.addedColor), (chart.legendChanged, Style.changedColor, Style.changedText),
                (chart.legendRemoved, Style.removedColor, Style.removedColor),
            ] {
                label.cell(background: "#FFFFFF", border: 2, color: color)
                label.font(size: 11, color: text); label.tag("<B>"); label.text(name); label.tag("</B></FONT></TD>")
            }
        }
        if path != nil {
            label.cell(background: "#FFFFFF", border: 2, color: Style.pathColor)
            label.font(size: 11, color: Style.pathColor); label.tag("<B>"); label.text(chart.legendPath); label.tag("</B></FONT></TD>")
        }
        label.tag("</TR></TABLE>")
    }
}
