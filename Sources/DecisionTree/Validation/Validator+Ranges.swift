// Validation/: the proof that a number node's ranges take every allowed value exactly once:
// min not above max, each range within the bounds, and no gap or overlap between the ranges
// (sorted once, then swept in one pass), counting whole numbers only where `integer` says so.

extension Validator {
    /// One end of the part of the number line covered so far.
    private enum Frontier {
        /// Nothing covered yet, and nothing bounds the values from below.
        case below
        /// Covered up to `value`, including it or not.
        case at(ExactDecimal, included: Bool)
        /// Everything above is covered.
        case above
    }

    /// Checks a number node's bounds and ranges, reporting each problem where it is written.
    mutating func checkRanges(of node: TreeDraft.Node) {
        if let minimum = node.minimum, let maximum = node.maximum, maximum.value < minimum.value {
            report(
                .minAboveMax, "number '\(node.id)' has min \(minimum.value) above its max \(maximum.value), so no value is allowed",
                at: minimum.span)
            return
        }
        let integer = node.integer
        let allowed = NumberInterval(lower: node.minimum?.value, lowerIncluded: true, upper: node.maximum?.value, upperIncluded: true)
        // Each range as the values it takes: within the bounds and, for whole numbers, as a
        // half-open interval [a, b + 1) so that adjacent whole ranges meet exactly.
        var taken: [(interval: NumberInterval, target: TreeDraft.Target)] = []
        // A range already reported (malformed, or outside the bounds) may have been meant to
        // cover what now looks like a gap: gaps are then not reported, as one mistake.
        var gapsMeaningful = !node.edgesIncomplete
        for target in node.targets {
            guard let interval = target.interval else { continue }
            let span = SourceRange(start: target.answerLocation, length: target.answer.unicodeScalars.count)
            if let outside = writtenBoundOutside(interval, allowed) {
                report(
                    .rangeOutsideBounds,
                    "range '\(target.answer)' of number '\(node.id)' names \(outside), outside the allowed values (\(allowed.describe(integer: false)))",
                    at: span)
                gapsMeaningful = false
                continue
            }
            guard var clipped = interval.intersection(allowed) else {
                report(
                    .rangeOutsideBounds,
                    "range '\(target.answer)' of number '\(node.id)' takes no allowed value (the allowed values are \(allowed.describe(integer: false)))",
                    at: span)
                gapsMeaningful = false
                continue
            }
            if integer {
                guard let whole = clipped.wholeNumbers else {
                    report(
                        .rangeOutsideBounds,
                        "range '\(target.answer)' of number '\(node.id)' takes no whole number, and '\(node.id)' takes whole numbers only",
                        at: span)
                    gapsMeaningful = false
                    continue
                }
                clipped = Self.halfOpen(whole)
            }
            taken.append((clipped, target))
        }
        guard !taken.isEmpty else { return }
        let domain = integer ? allowed.wholeNumbers.map(Self.halfOpen) : allowed
        guard let domain else { return }
        taken.sort { Self.lowerEndPrecedes($0.interval, $1.interval) }

        let ranges = node.targets.filter { $0.interval != nil }
        let nodeSpan = ranges.first.map { SourceRange(start: $0.answerLocation, length: $0.answer.unicodeScalars.count) }
        var frontier: Frontier = domain.lower.map { .at($0, included: false) } ?? .below
        var owner: (interval: NumberInterval, target: TreeDraft.Target)?
        for range in taken {
            let interval = range.interval
            let span = SourceRange(start: range.target.answerLocation, length: range.target.answer.unicodeScalars.count)
            // Values between what is covered and this range's start.
            let gap: NumberInterval? =
                switch frontier {
                case .below:
                    interval.lower.map {
                        NumberInterval(lower: nil, lowerIncluded: false, upper: $0, upperIncluded: !interval.lowerIncluded)
                    }
                case .at(let end, let included):
                    interval.lower.flatMap { start in
                        NumberInterval(lower: end, lowerIncluded: !included, upper: start, upperIncluded: !interval.lowerIncluded)
                    }
                case .above: nil
                }
            if gapsMeaningful, let gap, !gap.isEmpty {
                report(.rangeGap, gapMessage(node, Self.closed(gap, integer: integer)), at: span)
            }
            if let owner, let shared = owner.interval.intersection(interval) {
                report(
                    .rangeOverlap,
                    "ranges '\(owner.target.answer)' and '\(range.target.answer)' of number '\(node.id)' both take \(Self.values(Self.closed(shared, integer: integer), node))",
                    at: span)
            }
            if Self.upperEndExtends(interval, beyond: frontier) {
                frontier = interval.upper.map { .at($0, included: interval.upperIncluded) } ?? .above
                owner = range
            }
        }
        // Values above every range, up to the largest allowed.
        let tail: NumberInterval? =
            switch frontier {
            case .below: nil
            case .at(let end, let included):
                NumberInterval(lower: end, lowerIncluded: !included, upper: domain.upper, upperIncluded: domain.upperIncluded)
            case .above: nil
            }
        if gapsMeaningful, let tail, !tail.isEmpty, let nodeSpan {
            let last = taken.last.map { SourceRange(start: $0.target.answerLocation, length: $0.target.answer.unicodeScalars.count) }
            report(.rangeGap, gapMessage(node, Self.closed(tail, integer: integer)), at: last ?? nodeSpan)
        }
    }

    private func gapMessage(_ node: TreeDraft.Node, _ gap: NumberInterval) -> String {
        "number '\(node.id)' has no range for \(Self.values(gap, node)); add a range for them or change the bounds"
    }

    /// Values in words: `the whole numbers from 18 to 19`, `the values above 17 and below 18`.
    private static func values(_ interval: NumberInterval, _ node: TreeDraft.Node) -> String {
        let values = interval.describe(integer: node.integer, unit: node.unit)
        return node.integer || values.hasPrefix("exactly") ? values : "the values " + values
    }

    /// A written bound of a two-sided or exact range (`A ..< B`, `A ... B`, `= X`) that is
    /// outside the allowed values, in words; one-sided ranges (`< 18`) may reach past a bound.
    private func writtenBoundOutside(_ interval: NumberInterval, _ allowed: NumberInterval) -> String? {
        guard let lower = interval.lower, let upper = interval.upper else { return nil }
        for bound in [lower, upper] {
            if let minimum = allowed.lower, bound < minimum { return "\(bound), below min \(minimum)" }
            if let maximum = allowed.upper, maximum < bound { return "\(bound), above max \(maximum)" }
        }
        return nil
    }

    /// Whole numbers `[a, b]` as the half-open interval `[a, b + 1)`.
    private static func halfOpen(_ whole: NumberInterval) -> NumberInterval {
        NumberInterval(
            lower: whole.lower, lowerIncluded: true, upper: whole.upper.map { $0 + ExactDecimal(1) }, upperIncluded: false)
    }

    /// The interval as it is described: for whole numbers, back from ``halfOpen(_:)``.
    private static func closed(_ interval: NumberInterval, integer: Bool) -> NumberInterval {
        guard integer else { return interval }
        return interval.wholeNumbers ?? interval
    }

    /// Whether `a` starts before `b`: an unbounded start first, then the smaller bound, and at
    /// an equal bound the one that includes it.
    private static func lowerEndPrecedes(_ a: NumberInterval, _ b: NumberInterval) -> Bool {
        switch (a.lower, b.lower) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case let (x?, y?): return x < y || (x == y && a.lowerIncluded && !b.lowerIncluded)
        }
    }

    /// Whether `interval` reaches above what `frontier` covers.
    private static func upperEndExtends(_ interval: NumberInterval, beyond frontier: Frontier) -> Bool {
        switch frontier {
        case .above: return false
        case .below: return true
        case .at(let end, let included):
            guard let upper = interval.upper else { return true }
            return end < upper || (end == upper && interval.upperIncluded && !included)
        }
    }
}
