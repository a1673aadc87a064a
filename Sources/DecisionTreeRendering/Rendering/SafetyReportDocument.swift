// Rendering/: the clinical safety case report laid out as a PDF: each block of the report a
// node whose HTML-like label is a table of left-aligned, wrapped lines, the nodes stacked top to
// bottom, rendered in process through the Graphviz gate.

import DecisionTree
import FoundationEssentials

/// Lays out a ``SafetyReport`` (the content `dtree safety` writes) as one PDF page, A4 wide and
/// as long as the report, through Graphviz's cairo renderer in process; never starts a process.
/// (Graphviz's PDF device gives a margin of half an inch and does not break a layout into
/// pages.)
///
/// Every text of the report reaches the DOT text through ``HTMLLabel``, which escapes it.
public enum SafetyReportDocument {
    /// The text's width in points: A4 (595 pt) less two margins of half an inch.
    static let width = 523
    /// The longest page in inches: Graphviz's size bound, far beyond any report.
    static let maximumHeight = 10_000
    /// Characters per line of body text (10 pt Helvetica, about 5 pt a character on average).
    static let wrapWidth = 92
    /// The indent of a nested list item, in points.
    static let indent = 16
    /// Body text size in points.
    static let textSize = 10.0
    /// The monospaced face of names, paths and digests.
    static let codeFace = "Courier"
    /// The colour of a verdict that holds and of one that does not (with the text of an item that fails).
    static let okColor = "#1E6B1E", badColor = "#A00000"

    /// The DOT text of `report`: what ``pdf(_:)`` hands to Graphviz.
    public static func dot(_ report: SafetyReport) -> String {
        var writer = DOTWriter(name: "safety case report")
        writer.graph([
            (.rankdir, .string("TB")), (.nodesep, .number(0)), (.ranksep, .number(0.12)), (.pad, .number(0)),
            (.bgcolor, .string("white")), (.charset, .string("UTF-8")),
            // A block wider than the text's width (a word longer than a line, a wide table in
            // another language) scales the page down to A4's width; narrower, nothing changes.
            (.size, .string("\(Double(width) / 72),\(maximumHeight)")),
        ])
        writer.nodeDefaults([
            (.shape, .string("plain")), (.fontname, .string(ClinicianStyle.font)), (.fontsize, .number(textSize)),
            (.fontcolor, .string("#1B1B1B")),
        ])
        writer.edgeDefaults([(.style, .string("invis"))])
        for (index, block) in report.blocks.enumerated() {
            writer.node("b\(index)", [(.label, .html(label(block)))])
            if index > 0 { writer.edge("b\(index - 1)", "b\(index)", []) }
        }
        return writer.finish()
    }

    /// The report as PDF bytes, laid out and rendered by Graphviz in process.
    /// - Throws: ``RenderError/graphviz(stage:message:)`` when Graphviz fails.
    public static func pdf(_ report: SafetyReport) throws(RenderError) -> Data {
        try GraphvizGate.shared.render(dot: dot(report), format: "pdf").data
    }

    // MARK: Blocks

    /// One block as a label: a table `width` wide whose rows, aligned left, hold the block (a
    /// hazard's heading and list in one label, so they stay together).
    static func label(_ block: SafetyReport.Block) -> HTMLLabel {
        var label = HTMLLabel()
        label.table(width: width)
        rows(&label, block)
        label.tag("</TABLE>")
        return label
    }

    /// The rows of one block.
    private static func rows(_ label: inout HTMLLabel, _ block: SafetyReport.Block) {
        switch block {
        case .heading(let level, let spans, _):
            let size = level == 1 ? 18.0 : level == 2 ? 14.0 : 12.0
            label.tag("<TR>")
            label.cell(align: "LEFT", balign: "LEFT", padding: level == 3 ? 2 : 4)
            label.font(size: size)
            label.tag("<B>")
            lines(&label, spans, width: wrapWidth * 10 / Int(size + 2))
            label.tag("</B></FONT></TD></TR>")
        case .paragraph(let spans):
            label.tag("<TR>")
            label.cell(align: "LEFT", balign: "LEFT", padding: 2)
            lines(&label, spans, width: wrapWidth)
            label.tag("</TD></TR>")
        case .list(let items):
            for item in items { self.item(&label, item) }
        case .table(let table):
            label.tag("<TR>")
            label.cell(align: "LEFT", padding: 2)
            self.table(&label, table)
            label.tag("</TD></TR>")
        case .hazard(_, let blocks):
            for inner in blocks { rows(&label, inner) }
        }
    }

    /// A list item: a row holding a table of its indent and bullet and its wrapped lines.
    private static func item(_ label: inout HTMLLabel, _ item: SafetyReport.Item) {
        let depth = min(max(item.depth, 0), 6)
        label.tag("<TR>")
        label.cell(align: "LEFT")
        label.table(padding: 1, align: "LEFT")
        label.tag("<TR>")
        label.cell(align: "RIGHT", width: indent * (depth + 1), valign: "TOP")
        label.text(depth == 0 ? "•" : "–")
        label.tag("</TD>")
        // As wide as the rest of the row, so no spare width widens the indent.
        label.cell(align: "LEFT", balign: "LEFT", width: width - indent * (depth + 1) - 4)
        if item.failing { label.font(color: badColor) }
        lines(&label, item.spans, width: wrapWidth - 3 * (depth + 1))
        if item.failing { label.tag("</FONT>") }
        label.tag("</TD></TR></TABLE></TD></TR>")
    }

    /// A table with borders: its header row, then each row (a row heading in bold), risk cells coloured.
    private static func table(_ label: inout HTMLLabel, _ table: SafetyReport.Table) {
        let columns = table.header.count
        let cellWrap = max(24, (wrapWidth - 2 * columns) / max(columns, 1))
        label.table(cellBorder: 1, padding: 2, align: "LEFT")
        label.tag("<TR>")
        for heading in table.header {
            label.cell(align: "LEFT", background: "#EEEEEE", border: 1, color: "#888888")
            label.tag("<B>")
            label.text(heading)
            label.tag("</B></TD>")
        }
        label.tag("</TR>")
        for row in table.rows {
            label.tag("<TR>")
            if let header = row.header {
                label.cell(align: "LEFT", background: "#EEEEEE", border: 1, color: "#888888")
                label.tag("<B>")
                label.text(header)
                label.tag("</B></TD>")
            }
            for cell in row.cells {
                let isBlank = cell.spans.allSatisfy { if case .blank = $0 { true } else { false } }
                if isBlank {
                    let characters = cell.spans.reduce(0) { $0 + $1.plainText.count }
                    label.cell(align: "LEFT", border: 1, color: "#888888", width: characters * 6, height: table.forSigning ? 36 : nil)
                    label.tag("</TD>")
                    continue
                }
                label.cell(
                    align: "LEFT", balign: "LEFT", background: cell.risk.map(riskColor), border: 1, color: "#888888",
                    height: table.forSigning ? 36 : nil, valign: "TOP")
                lines(&label, cell.spans, width: cellWrap)
                for line in cell.below {
                    label.tag("<BR ALIGN=\"LEFT\"/>")
                    label.text(line)
                }
                label.tag("</TD>")
            }
            label.tag("</TR>")
        }
        label.tag("</TABLE>")
    }

    /// The background of a risk-matrix cell of rating `risk`: green 1–2, yellow 3, orange 4, red 5.
    static func riskColor(_ risk: Int) -> String {
        switch risk {
        case ...2: "#DDF5DD"
        case 3: "#FFF6C8"
        case 4: "#FFDDB8"
        default: "#FFC4C4"
        }
    }

    // MARK: Lines

    /// A piece of a line: its text and the span it came from (for its style).
    private struct Piece {
        var text: String
        var span: SafetyReport.Span
    }

    /// Spans wrapped into lines of about `width` characters, separated by left-aligned breaks;
    /// a line breaks only at a space, and a word longer than a line is cut.
    private static func lines(_ label: inout HTMLLabel, _ spans: [SafetyReport.Span], width: Int) {
        for (index, line) in wrap(spans, width: max(width, 8)).enumerated() {
            if index > 0 { label.tag("<BR ALIGN=\"LEFT\"/>") }
            for piece in line { styled(&label, piece) }
        }
    }

    /// One piece in its span's style.
    private static func styled(_ label: inout HTMLLabel, _ piece: Piece) {
        switch piece.span {
        case .text, .blank: label.text(piece.text)
        case .code:
            label.font(face: codeFace)
            label.text(piece.text)
            label.tag("</FONT>")
        case .verdict(_, let ok):
            label.font(color: ok ? okColor : badColor)
            label.tag("<B>")
            label.text(piece.text)
            label.tag("</B></FONT>")
        }
    }

    /// A piece's width in characters of body text: code's monospaced characters count a quarter
    /// more, Cyrillic letters (wider than Latin ones in the sans face) about a sixth more.
    private static func length(_ text: String, _ span: SafetyReport.Span) -> Int {
        if case .code = span { return (text.count * 5 + 3) / 4 }
        let cyrillic = text.unicodeScalars.count { (0x0400...0x04FF).contains($0.value) }
        return text.count + (cyrillic + 5) / 6
    }

    /// Greedy word wrap over spans: words that touch (no space between spans) stay together.
    private static func wrap(_ spans: [SafetyReport.Span], width: Int) -> [[Piece]] {
        // Units: runs of pieces with no space between them.
        var units: [[Piece]] = []
        var joinsPrevious = false
        for span in spans {
            let raw = span.plainText
            let words = UntrustedText.collapsed(raw).split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            let startsWithSpace = raw.first?.isWhitespace ?? false
            for (index, word) in words.enumerated() {
                let piece = Piece(text: word, span: span)
                if index == 0 && joinsPrevious && !startsWithSpace && !units.isEmpty {
                    units[units.count - 1].append(piece)
                } else {
                    units.append([piece])
                }
            }
            joinsPrevious = !words.isEmpty && !(raw.last?.isWhitespace ?? true)
        }
        var lines: [[Piece]] = []
        var line: [Piece] = []
        var count = 0
        for var unit in units {
            var total = unit.reduce(0) { $0 + length($1.text, $1.span) }
            if !line.isEmpty && count + 1 + total > width {
                lines.append(line)
                line = []
                count = 0
            }
            // A unit longer than a line is cut into lines of at most `width`.
            while total > width, !unit.isEmpty {
                var head: [Piece] = []
                var room = width
                while room > 0, let first = unit.first {
                    let size = length(first.text, first.span)
                    if size <= room {
                        head.append(first)
                        room -= size
                        unit.removeFirst()
                    } else {
                        let fits = max(1, first.text.count * room / size)
                        head.append(Piece(text: String(first.text.prefix(fits)), span: first.span))
                        unit[0].text = String(first.text.dropFirst(fits))
                        room = 0
                    }
                }
                lines.append(head)
                total = unit.reduce(0) { $0 + length($1.text, $1.span) }
            }
            if unit.isEmpty { continue }
            if !line.isEmpty {
                line.append(Piece(text: " ", span: .text(" ")))
                count += 1
            }
            line += unit
            count += total
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
