// Validation/: a tree as decoded from a file, before its targets are resolved and its graph
// checked: what the decoders (Loading/) produce and the Validator turns into a Tree.

/// A tree as decoded from a file, before its targets are resolved and the graph is checked.
struct TreeDraft {
    struct Target {
        /// The answer's id (`yes`, `any`, `none`, `next`).
        var answer: String
        var answerLocation: SourceLocation
        var target: String
        /// The target as written, quotes included.
        var span: SourceRange
        /// The target's text, inside any quotes: what a fix-it replaces.
        var textSpan: SourceRange
        /// A display label and a number range, which most answers lack, out of line (an
        /// interval alone is some 110 bytes; a large tree has two answers a node).
        private var extras = OutOfLine<Extras>()

        /// The label given to show for the answer, if any.
        var label: String? { extras.get(\.label) }
        var labelLocation: SourceLocation? { extras.get(\.labelLocation) }
        /// For a number node's range, the values it takes.
        var interval: NumberInterval? { extras.get(\.interval) }
        /// Where the target begins.
        var location: SourceLocation { span.start }

        init(
            answer: String, answerLocation: SourceLocation, label: String? = nil, labelLocation: SourceLocation? = nil,
            target: String, span: SourceRange, textSpan: SourceRange, interval: NumberInterval? = nil
        ) {
            self.answer = answer
            self.answerLocation = answerLocation
            self.target = target
            self.span = span
            self.textSpan = textSpan
            extras.fields = Extras(label: label, labelLocation: labelLocation, interval: interval)
        }

        /// A target's occasional fields.
        private struct Extras: OutOfLineFields {
            var label: String?
            var labelLocation: SourceLocation?
            var interval: NumberInterval?

            var isEmpty: Bool { label == nil && labelLocation == nil && interval == nil }
        }
    }

    // The stored fields are ordered widest first, so that a node packs into 88 bytes (a large
    // tree holds one per node alongside the tree built from it).
    struct Node {
        var id: String
        /// The value of the kind key: the question, the checklist's prompt, the outcome's text
        /// or the referral's specialist.
        var text = ""
        var location: SourceLocation
        var items: [String] = []
        var targets: [Target] = []
        /// The fields a node has only sometimes, out of line (so a large tree of plain
        /// questions holds a pointer per node for them, not some 200 bytes).
        private var rare = OutOfLine<Rare>()
        /// Where the kind key's value is written, and whether in quotes: ``textSpan``, packed.
        private var textWritten: SourceRange?
        private var textQuoted = false
        var kind: NodeKind?
        var urgency = Urgency.routine
        var urgencyStated = false
        var reassures = false
        /// Whether an error already reported means some edge of this node is missing, so
        /// nodes it may have led to are not reported unreachable.
        var edgesIncomplete = false

        /// Where the kind key's value stands: as written, and its text inside any quotes (set
        /// from a scalar's `span` and `textSpan`, which differ only by the quotes).
        var textSpan: (written: SourceRange, text: SourceRange)? {
            get { textWritten.map { ($0, textQuoted ? $0.insideQuotes : $0) } }
            set {
                textWritten = newValue?.written
                textQuoted = newValue.map { $0.text != $0.written } ?? false
            }
        }

        init(id: String, location: SourceLocation) {
            self.id = id
            self.location = location
        }

        var advice: String? {
            get { rare.get(\.advice) }
            set { rare.set(\.advice, to: newValue) }
        }
        var help: String? {
            get { rare.get(\.help) }
            set { rare.set(\.help, to: newValue) }
        }
        var cite: String? {
            get { rare.get(\.cite) }
            set { rare.set(\.cite, to: newValue) }
        }
        var citeLocation: SourceLocation? {
            get { rare.get(\.citeLocation) }
            set { rare.set(\.citeLocation, to: newValue) }
        }
        var inference: String? {
            get { rare.get(\.inference) }
            set { rare.set(\.inference, to: newValue) }
        }
        var evidence: Evidence? {
            get { rare.get(\.evidence) }
            set { rare.set(\.evidence, to: newValue) }
        }
        /// A number node's unit, bounds (each with where it is written) and whether it takes
        /// whole numbers only.
        var unit: String? {
            get { rare.get(\.unit) }
            set { rare.set(\.unit, to: newValue) }
        }
        var minimum: (value: ExactDecimal, span: SourceRange)? {
            get { rare.get(\.minimum) }
            set { rare.set(\.minimum, to: newValue) }
        }
        var maximum: (value: ExactDecimal, span: SourceRange)? {
            get { rare.get(\.maximum) }
            set { rare.set(\.maximum, to: newValue) }
        }
        var integer: Bool {
            get { rare.get(\.integer) ?? false }
            set { rare.set(\.integer, to: newValue ? true : nil) }
        }

        /// A draft node's occasional fields.
        private struct Rare: OutOfLineFields {
            var advice: String?
            var help: String?
            var cite: String?
            var citeLocation: SourceLocation?
            var inference: String?
            var evidence: Evidence?
            var unit: String?
            var minimum: (value: ExactDecimal, span: SourceRange)?
            var maximum: (value: ExactDecimal, span: SourceRange)?
            /// `true` for whole numbers only; `nil` (not `false`) otherwise, so the field is empty.
            var integer: Bool?

            var isEmpty: Bool {
                advice == nil && help == nil && cite == nil && citeLocation == nil && inference == nil && evidence == nil
                    && unit == nil && minimum == nil && maximum == nil && integer == nil
            }
        }
    }

    var id: String?
    /// How many node ids were written a second time (reported, and the later node dropped).
    var duplicateNodeIDs = 0
    /// Each node's position in ``nodes`` by id, when the decoder built it while reading them
    /// (a streamed file's); else the validator builds it.
    var indexByID: [String: Int]?
    var title: String?
    var version: String?
    var source: SourceDocument?
    var sourceLocation: SourceLocation?
    var sha256Location: SourceLocation?
    var disclaimer: String?
    var specialists: [(name: String, location: SourceLocation)]?
    var specialistNames: [String: String] = [:]
    var urgencyWords: [Urgency: String] = [:]
    /// The start node's id, where it is written, and its text inside any quotes.
    var start: (id: String, span: SourceRange, textSpan: SourceRange)?
    var nodes: [Node] = []
    var review: [SignOff] = []
    var rootLocation = SourceLocation.start
}
