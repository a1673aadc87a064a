// Mutation/: a number question's boundary mutants: each boundary between two neighbouring
// ranges moved by the smallest step, down and up, both ranges' ends moving with it (so the
// ranges still partition the allowed values), the move itself, its words, and the value that
// tells the moved boundary apart (for `dtree test --suggest`).

extension Node.NumberQuestion {
    /// The smallest step between values this question tells apart: `1` for whole numbers, else
    /// one unit of the finest decimal place written in its ranges, minimum and maximum (`37.5`
    /// gives `0.1`, `0.25` gives `0.01`; whole numbers only give `1`).
    var boundaryStep: ExactDecimal {
        if integer { return ExactDecimal(1) }
        var finest = ExactDecimal(0)
        for bound in ranges.flatMap({ [$0.lower, $0.upper] }) + [minimum, maximum] {
            if let bound { finest = ExactDecimal.step(between: finest, and: bound) }
        }
        return finest
    }

    /// The boundaries between neighbouring ranges, in ascending order of value: each as the
    /// position of the range just below it and of the range just above it. Two ranges are
    /// neighbours when no value lies between them: `< 18` and `18 ..< 50`, and for whole
    /// numbers `<= 17` and `>= 18` too. Found by sorting the ranges by their lower ends.
    func boundaries() -> [(below: Int, above: Int)] {
        let order = ranges.indices.sorted { left, right in
            switch (ranges[left].lower, ranges[right].lower) {
            case (nil, nil): return left < right
            case (nil, _): return true
            case (_, nil): return false
            case let (a?, b?): return a < b || (a == b && ranges[left].lowerIncluded && !ranges[right].lowerIncluded)
            }
        }
        var result: [(below: Int, above: Int)] = []
        for (below, above) in zip(order, order.dropFirst()) where areNeighbours(ranges[below], ranges[above]) {
            result.append((below, above))
        }
        return result
    }

    /// Whether `above` starts right where `below` ends, no value between and none in both.
    private func areNeighbours(_ below: NumberInterval, _ above: NumberInterval) -> Bool {
        if integer {
            guard let top = below.wholeNumbers?.upper, let bottom = above.wholeNumbers?.lower else { return false }
            return top + ExactDecimal(1) == bottom
        }
        guard let top = below.upper, let bottom = above.lower else { return false }
        return top == bottom && below.upperIncluded != above.lowerIncluded
    }

    /// Each boundary moved down and up by ``boundaryStep``, in ascending order of the boundary:
    /// `(below, above, shift)`. A move is left out when it takes a moved end outside the
    /// minimum and maximum, or leaves either range without an allowed value (which a move
    /// across another boundary would).
    func boundaryMoves() -> [(below: Int, above: Int, shift: ExactDecimal)] {
        let step = boundaryStep
        var moves: [(below: Int, above: Int, shift: ExactDecimal)] = []
        for (below, above) in boundaries() {
            for shift in [step.negated, step] {
                let moved = movingBoundary(below: below, above: above, by: shift)
                let ends = [moved.ranges[below].upper, moved.ranges[above].lower].compactMap { $0 }
                if let minimum, ends.contains(where: { $0 < minimum }) { continue }
                if let maximum, ends.contains(where: { maximum < $0 }) { continue }
                let empty = [below, above].contains { position in
                    guard let values = moved.ranges[position].intersection(moved.allowed) else { return true }
                    return integer && values.wholeNumbers == nil
                }
                if !empty { moves.append((below, above, shift)) }
            }
        }
        return moves
    }

    /// The question with the upper end of range `below` and the lower end of range `above`
    /// moved by `shift` (each keeps whether it includes its end).
    func movingBoundary(below: Int, above: Int, by shift: ExactDecimal) -> Node.NumberQuestion {
        var moved = ranges
        if ranges.indices.contains(below), let upper = moved[below].upper { moved[below].upper = upper + shift }
        if ranges.indices.contains(above), let lower = moved[above].lower { moved[above].lower = lower + shift }
        return Node.NumberQuestion(text: text, unit: unit, minimum: minimum, maximum: maximum, integer: integer, ranges: moved)
    }

    /// A value that the question and `moved` send along different ranges: the lowest value
    /// the move re-routes (for `< 18` moved down to `< 17`, 17; moved up to `< 19`, 18 — the
    /// boundary itself or one step below it, whichever the move re-routes); `nil` when none.
    func valueTellingApart(_ moved: Node.NumberQuestion) -> ExactDecimal? {
        BehaviourDiff.pieces(self, moved).first { $0.oldEdge != $0.newEdge }?.witness
    }

    /// A range as the file writes it (`< 18`, `18 ..< 50`, `= 7`), for a moved range's words.
    static func writtenForm(of range: NumberInterval) -> String {
        switch (range.lower, range.upper) {
        case let (low?, high?) where low == high && range.lowerIncluded && range.upperIncluded: return "= \(low)"
        case let (low?, high?): return range.upperIncluded ? "\(low) ... \(high)" : "\(low) ..< \(high)"
        case let (nil, high?): return range.upperIncluded ? "<= \(high)" : "< \(high)"
        case let (low?, nil): return range.lowerIncluded ? ">= \(low)" : "> \(low)"
        case (nil, nil): return BehaviourDiff.rangeText(range, integer: false)
        }
    }
}
