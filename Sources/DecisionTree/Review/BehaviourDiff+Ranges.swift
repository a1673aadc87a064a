// Review/: the behaviour diff at a number node both trees have: the number line split at every
// boundary of both sides, each piece taking one range in OLD and one in NEW, so a moved
// boundary re-routes exactly the values between the old and the new boundary.

extension BehaviourDiff {
    /// Values of a number node that OLD and NEW send along different edges: the interval, the
    /// range each side takes it by, where each leads, and a value at each end of it.
    public struct RangeChange: Sendable, Hashable {
        /// The number node's id.
        public let node: String
        /// The values re-routed, as a range (`50 ..< 55`) or in words when no range form says it.
        public let values: String
        /// The node's unit, if it has one.
        public let unit: String?
        /// The range OLD takes them by, as written.
        public let oldRange: String
        /// The range NEW takes them by, as written.
        public let newRange: String
        /// The node OLD sends them to.
        public let oldTarget: String
        /// The node NEW sends them to.
        public let newTarget: String
        /// The lowest value re-routed, or one near the lower end when unbounded (as `--answer` takes it).
        public let lowWitness: String
        /// The highest value re-routed, or one near the upper end.
        public let highWitness: String
    }

    /// One piece of the number line at a number node: the values, and the edge each side takes.
    struct RangePiece {
        let interval: NumberInterval
        let oldEdge: Int
        let newEdge: Int
        let witness: ExactDecimal
    }

    /// The pieces of the values both sides allow, split at every boundary of both sides and
    /// merged where the two sides' edges stay the same. Sorting the boundaries is the only
    /// super-linear step (in the number of ranges).
    static func pieces(_ old: Node.NumberQuestion, _ new: Node.NumberQuestion) -> [RangePiece] {
        let integer = old.integer || new.integer
        guard let allowed = old.allowed.intersection(new.allowed) else { return [] }
        var points: [ExactDecimal] = []
        for interval in old.ranges + new.ranges + [allowed] {
            if let lower = interval.lower { points.append(lower) }
            if let upper = interval.upper { points.append(upper) }
        }
        points.sort()
        var distinct: [ExactDecimal] = []
        for point in points where distinct.last != point { distinct.append(point) }
        // (-inf, p0), [p0], (p0, p1), [p1], ..., (pk, +inf)
        var elementary: [NumberInterval] = []
        var previous: ExactDecimal?
        for point in distinct {
            elementary.append(NumberInterval(lower: previous, lowerIncluded: false, upper: point, upperIncluded: false))
            elementary.append(NumberInterval(lower: point, lowerIncluded: true, upper: point, upperIncluded: true))
            previous = point
        }
        elementary.append(NumberInterval(lower: previous, lowerIncluded: false, upper: nil, upperIncluded: false))
        var result: [RangePiece] = []
        for piece in elementary {
            guard let values = piece.intersection(allowed), !(integer && values.wholeNumbers == nil) else { continue }
            guard let witness = values.lowWitness(integer: integer) ?? values.highWitness(integer: integer) ?? Self.anyValue(values)
            else { continue }
            guard let oldEdge = old.ranges.firstIndex(where: { $0.contains(witness) }),
                let newEdge = new.ranges.firstIndex(where: { $0.contains(witness) })
            else { continue }
            if let last = result.last, last.oldEdge == oldEdge, last.newEdge == newEdge {
                let merged = NumberInterval(
                    lower: last.interval.lower, lowerIncluded: last.interval.lowerIncluded, upper: values.upper,
                    upperIncluded: values.upperIncluded)
                result[result.count - 1] = RangePiece(interval: merged, oldEdge: oldEdge, newEdge: newEdge, witness: last.witness)
            } else {
                result.append(RangePiece(interval: values, oldEdge: oldEdge, newEdge: newEdge, witness: witness))
            }
        }
        return result
    }

    /// A value of an interval unbounded on both sides, or below an upper bound: 0, or just inside.
    private static func anyValue(_ interval: NumberInterval) -> ExactDecimal? {
        if interval.contains(ExactDecimal(0)) { return ExactDecimal(0) }
        if let upper = interval.upper { return upper - ExactDecimal(1) }
        if let lower = interval.lower { return lower + ExactDecimal(1) }
        return nil
    }

    /// The pieces of a number node both trees have that the two sides send to different nodes.
    static func rangeChanges(_ oldNode: Node, _ newNode: Node, _ pieces: [RangePiece], old: Tree, new: Tree) -> [RangeChange] {
        guard let oldNumber = oldNode.number, let newNumber = newNode.number else { return [] }
        let integer = oldNumber.integer || newNumber.integer
        return pieces.compactMap { piece in
            let oldTarget = old.nodes[oldNode.edges[piece.oldEdge].target].id
            let newTarget = new.nodes[newNode.edges[piece.newEdge].target].id
            guard oldTarget != newTarget else { return nil }
            return RangeChange(
                node: newNode.id, values: Self.rangeText(piece.interval, integer: integer), unit: newNumber.unit,
                oldRange: oldNode.edges[piece.oldEdge].answer, newRange: newNode.edges[piece.newEdge].answer,
                oldTarget: oldTarget, newTarget: newTarget,
                lowWitness: (piece.interval.lowWitness(integer: integer) ?? piece.witness).description,
                highWitness: (piece.interval.highWitness(integer: integer) ?? piece.witness).description)
        }
    }

    /// An interval in the range syntax when one form says it (`50 ..< 55`, `= 7`, `>= 50`),
    /// else in words; whole numbers as the half-open range they fill.
    static func rangeText(_ interval: NumberInterval, integer: Bool) -> String {
        var interval = interval
        if integer, let whole = interval.wholeNumbers {
            interval = NumberInterval(
                lower: whole.lower, lowerIncluded: true, upper: whole.upper.map { $0 + ExactDecimal(1) }, upperIncluded: false)
            if let lower = whole.lower, whole.lower == whole.upper { return "= \(lower)" }
        }
        switch (interval.lower, interval.upper) {
        case let (low?, high?) where low == high: return "= \(low)"
        case let (low?, high?) where interval.lowerIncluded: return interval.upperIncluded ? "\(low) ... \(high)" : "\(low) ..< \(high)"
        case let (nil, high?): return interval.upperIncluded ? "<= \(high)" : "< \(high)"
        case let (low?, nil): return interval.lowerIncluded ? ">= \(low)" : "> \(low)"
        default: return interval.describe(integer: integer)
        }
    }
}
