// Mutation/: a number question's boundary mutants: which shared boundaries move by the
// smallest step and still leave ranges that partition the allowed values, and the move itself.

extension Node.NumberQuestion {
    /// The smallest step between values this question tells apart: `1` for whole numbers,
    /// else one unit of the finest decimal written in its ranges, minimum and maximum.
    var boundaryStep: ExactDecimal {
        if integer { return ExactDecimal(1) }
        var finest = ExactDecimal(0)
        for bound in ranges.flatMap({ [$0.lower, $0.upper] }) + [minimum, maximum] {
            if let bound { finest = ExactDecimal.step(between: finest, and: bound) }
        }
        return finest
    }

    /// Each finite boundary shared by two or more range ends, moved down and up by
    /// ``boundaryStep``, in ascending order of the boundary; a move that leaves a range
    /// empty or takes the boundary outside the minimum and maximum is left out.
    func boundaryMoves() -> [(ExactDecimal, ExactDecimal)] {
        var uses: [ExactDecimal: Int] = [:]
        for range in ranges {
            for bound in [range.lower, range.upper] { if let bound { uses[bound, default: 0] += 1 } }
        }
        let step = boundaryStep
        var moves: [(ExactDecimal, ExactDecimal)] = []
        for bound in uses.keys.sorted() where uses[bound, default: 0] >= 2 {
            for moved in [bound - step, bound + step] {
                if let minimum, moved < minimum { continue }
                if let maximum, maximum < moved { continue }
                let mutant = movingBoundary(bound, to: moved)
                let empty = mutant.ranges.contains { integer ? $0.wholeNumbers == nil : $0.isEmpty }
                if !empty { moves.append((bound, moved)) }
            }
        }
        return moves
    }

    /// The question with every range bound equal to `from` moved to `to`.
    func movingBoundary(_ from: ExactDecimal, to: ExactDecimal) -> Node.NumberQuestion {
        let moved = ranges.map { range in
            NumberInterval(
                lower: range.lower == from ? to : range.lower, lowerIncluded: range.lowerIncluded,
                upper: range.upper == from ? to : range.upper, upperIncluded: range.upperIncluded)
        }
        return Node.NumberQuestion(
            text: text, unit: unit, minimum: minimum, maximum: maximum, integer: integer, ranges: moved)
    }
}
