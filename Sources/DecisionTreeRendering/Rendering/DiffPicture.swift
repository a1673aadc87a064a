// Review/: a diff drawn as a picture of NEW through Rendering/: added green, changed amber,
// removed (from OLD) ghosted red, with a legend and the changed outcomes under the title.

import DecisionTree

/// The marks a ``TreeDiff`` puts on NEW's chart, and the chart itself.
public enum DiffPicture {
    /// How many changed outcomes are listed under the title; the rest are counted.
    public static let notesShown = 6

    /// The marks for `diff`.
    public static func marks(_ diff: TreeDiff) -> ChangeMarks {
        var marks = ChangeMarks()
        let old = diff.old
        for change in diff.structure.nodes {
            switch change.change {
            case .added: marks.addedNodes.insert(change.id)
            case .changed: marks.changedNodes[change.id] = change.fields
            case .removed:
                if let node = old[id: change.id] {
                    marks.ghosts.append(node)
                    for edge in node.edges {
                        marks.ghostEdges.append(.init(from: node.id, label: edge.answer, to: old.nodes[edge.target].id))
                    }
                }
            }
        }
        for edge in diff.structure.edges {
            switch edge.change {
            case .added:
                if let to = edge.newTarget { marks.addedEdges.insert(.init(from: edge.node, label: edge.label, to: to)) }
            case .retargeted:
                if let to = edge.newTarget { marks.changedEdges.insert(.init(from: edge.node, label: edge.label, to: to)) }
                if let to = edge.oldTarget { marks.ghostEdges.append(.init(from: edge.node, label: edge.label, to: to)) }
            case .removed:
                if let to = edge.oldTarget { marks.ghostEdges.append(.init(from: edge.node, label: edge.label, to: to)) }
            }
        }
        // Values a moved boundary re-routes, in the phrasebook's words (as `dtree diff` says them).
        let words = Phrasebook.english.report
        for change in diff.behaviour.rangeChanges.prefix(notesShown) {
            let values = change.values + (change.unit.map { " " + $0 } ?? "")
            marks.notes.append(
                "Re-routed: "
                    + words.diffReroutedLine(
                        change.node, values, change.oldTarget, change.newTarget, change.oldRange, change.newRange, change.lowWitness,
                        change.highWitness))
        }
        let outcomes = diff.behaviour.outcomes
        for change in outcomes.prefix(notesShown) {
            let witness = change.witness.isEmpty ? "no answers" : change.witness.map(\.description).joined(separator: ", ")
            marks.notes.append("Now ends elsewhere: \(change.old) -> \(change.new), with \(witness)")
        }
        if outcomes.count > notesShown {
            marks.notes.append("and \(outcomes.count - notesShown) more changed outcomes (dtree diff lists them)")
        }
        if outcomes.isEmpty, !diff.isSameModel { marks.notes.append("No patient ends somewhere else.") }
        return marks
    }

    /// NEW drawn with `diff`'s marks in `format`.
    /// - Throws: ``RenderError`` when Graphviz fails.
    public static func render(_ diff: TreeDiff, format: RenderFormat, rankdir: RankDirection = .TB) throws(RenderError) -> RenderOutput {
        try Renderer.render(diff.new, format: format, options: RenderOptions(rankdir: rankdir, changes: marks(diff)))
    }
}
