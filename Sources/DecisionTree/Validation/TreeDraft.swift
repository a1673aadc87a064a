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
        /// A display label and a number range, which most answers lack, in one shared box (an
        /// interval alone is some 110 bytes; a large tree has two answers a node).
        private let extras: Extras?

        /// The label given to show for the answer, if any.
        var label: String? { extras?.label }
        var labelLocation: SourceLocation? { extras?.labelLocation }
        /// For a number node's range, the values it takes.
        var interval: NumberInterval? { extras?.interval }
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
            extras =
                label == nil && labelLocation == nil && interval == nil
                ? nil : Extras(label: label, labelLocation: labelLocation, interval: interval)
        }

        /// The box of a target's occasional fields; never changed once made.
        private final class Extras {
            let label: String?
            let labelLocation: SourceLocation?
            let interval: NumberInterval?

            init(label: String?, labelLocation: SourceLocation?, interval: NumberInterval?) {
                self.label = label
                self.labelLocation = labelLocation
                self.interval = interval
            }
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
        /// The fields a node has only sometimes, in one box shared until written (so a large
        /// tree of plain questions holds a pointer per node for them, not some 200 bytes).
        private var rare: Rare?
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
            get { rare?.advice }
            set { updateRare { $0.advice = newValue } }
        }
        var help: String? {
            get { rare?.help }
            set { updateRare { $0.help = newValue } }
        }
        var cite: String? {
            get { rare?.cite }
            set { updateRare { $0.cite = newValue } }
        }
        var citeLocation: SourceLocation? {
            get { rare?.citeLocation }
            set { updateRare { $0.citeLocation = newValue } }
        }
        var inference: String? {
            get { rare?.inference }
            set { updateRare { $0.inference = newValue } }
        }
        var evidence: Evidence? {
            get { rare?.evidence }
            set { updateRare { $0.evidence = newValue } }
        }
        /// A number node's unit, bounds (each with where it is written) and whether it takes
        /// whole numbers only.
        var unit: String? {
            get { rare?.unit }
            set { updateRare { $0.unit = newValue } }
        }
        var minimum: (value: ExactDecimal, span: SourceRange)? {
            get { rare?.minimum }
            set { updateRare { $0.minimum = newValue } }
        }
        var maximum: (value: ExactDecimal, span: SourceRange)? {
            get { rare?.maximum }
            set { updateRare { $0.maximum = newValue } }
        }
        var integer: Bool {
            get { rare?.integer ?? false }
            set { updateRare { $0.integer = newValue } }
        }

        /// Writes to the box, copying it first when another draft node shares it.
        private mutating func updateRare(_ change: (Rare) -> Void) {
            // No box yet, or one another node shares: a box of this node's own.
            if !isKnownUniquelyReferenced(&rare) { rare = rare?.copy() ?? Rare() }
            if let rare { change(rare) }
        }

        /// The box of ``TreeDraft/Node``'s occasional fields.
        private final class Rare {
            var advice: String?
            var help: String?
            var cite: String?
            var citeLocation: SourceLocation?
            var inference: String?
            var evidence: Evidence?
            var unit: String?
            var minimum: (value: ExactDecimal, span: SourceRange)?
            var maximum: (value: ExactDecimal, span: SourceRange)?
            var integer = false

            func copy() -> Rare {
                let copy = Rare()
                copy.advice = advice
                copy.help = help
                copy.cite = cite
                copy.citeLocation = citeLocation
                copy.inference = inference
                copy.evidence = evidence
                copy.unit = unit
                copy.minimum = minimum
                copy.maximum = maximum
                copy.integer = integer
                return copy
            }
        }
    }

    var id: String?
    /// How many node ids were written a second time (reported, and the later node dropped).
    var duplicateNodeIDs = 0
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
