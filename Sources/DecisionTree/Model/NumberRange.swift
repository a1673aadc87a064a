// Model/: a number node's ranges: the interval a range's text means (`< X`, `<= X`, `> X`,
// `>= X`, `= X`, `A ..< B`, `A ... B`), the one parser of that syntax with its did-you-mean,
// and which range a value falls in.

/// A set of numbers between two bounds, each bound included or not; a `nil` bound is unbounded.
public struct NumberInterval: Hashable, Sendable {
    /// The lower bound, or `nil` for no lower bound.
    public var lower: ExactDecimal?
    /// Whether ``lower`` itself is in the interval.
    public var lowerIncluded: Bool
    /// The upper bound, or `nil` for no upper bound.
    public var upper: ExactDecimal?
    /// Whether ``upper`` itself is in the interval.
    public var upperIncluded: Bool

    /// Creates an interval.
    public init(lower: ExactDecimal?, lowerIncluded: Bool, upper: ExactDecimal?, upperIncluded: Bool) {
        self.lower = lower
        self.lowerIncluded = lowerIncluded && lower != nil
        self.upper = upper
        self.upperIncluded = upperIncluded && upper != nil
    }

    /// Every number.
    public static let all = NumberInterval(lower: nil, lowerIncluded: false, upper: nil, upperIncluded: false)

    /// Whether `value` is in the interval.
    @inline(__always)
    public func contains(_ value: ExactDecimal) -> Bool {
        if let lower {
            if value < lower || (!lowerIncluded && value == lower) { return false }
        }
        if let upper {
            if upper < value || (!upperIncluded && value == upper) { return false }
        }
        return true
    }

    /// Whether the interval holds no number at all (`5 ..< 5`, `6 ... 5`).
    public var isEmpty: Bool {
        guard let lower, let upper else { return false }
        return upper < lower || (lower == upper && !(lowerIncluded && upperIncluded))
    }

    /// The whole numbers in the interval, as a closed interval of whole numbers (bounds that
    /// are `nil` stay unbounded); `nil` when it holds none.
    public var wholeNumbers: NumberInterval? {
        let one = ExactDecimal(1)
        let low = lower.map { lower in
            let ceiling = lower.ceiling
            return !lowerIncluded && ceiling == lower ? ceiling + one : ceiling
        }
        let high = upper.map { upper in
            let floor = upper.floor
            return !upperIncluded && floor == upper ? floor - one : floor
        }
        let whole = NumberInterval(lower: low, lowerIncluded: true, upper: high, upperIncluded: true)
        return whole.isEmpty ? nil : whole
    }

    /// The part of the interval inside `other`, or `nil` when they share no number.
    public func intersection(_ other: NumberInterval) -> NumberInterval? {
        var result = self
        if let otherLower = other.lower {
            if result.lower.map({ $0 < otherLower }) ?? true {
                result.lower = otherLower
                result.lowerIncluded = other.lowerIncluded
            } else if result.lower == otherLower {
                result.lowerIncluded = result.lowerIncluded && other.lowerIncluded
            }
        }
        if let otherUpper = other.upper {
            if result.upper.map({ otherUpper < $0 }) ?? true {
                result.upper = otherUpper
                result.upperIncluded = other.upperIncluded
            } else if result.upper == otherUpper {
                result.upperIncluded = result.upperIncluded && other.upperIncluded
            }
        }
        return result.isEmpty ? nil : result
    }

    /// A number in the interval near its lower end: the bound itself when included, else just
    /// above it (for whole numbers, the next whole number); `nil` when unbounded below or empty.
    public func lowWitness(integer: Bool) -> ExactDecimal? {
        guard !isEmpty else { return nil }
        if integer { return wholeNumbers?.lower }
        guard let lower else { return nil }
        if lowerIncluded { return lower }
        guard let upper else { return lower + ExactDecimal(1) }
        return justInside(from: lower, toward: upper)
    }

    /// A number in the interval near its upper end, as ``lowWitness(integer:)`` for the top.
    public func highWitness(integer: Bool) -> ExactDecimal? {
        guard !isEmpty else { return nil }
        if integer { return wholeNumbers?.upper }
        guard let upper else { return nil }
        if upperIncluded { return upper }
        guard let lower else { return upper - ExactDecimal(1) }
        return justInside(from: upper, toward: lower)
    }

    /// A value strictly between `bound` and `other`, one small step from `bound`: the step of
    /// the digits written, or else the midpoint.
    private func justInside(from bound: ExactDecimal, toward other: ExactDecimal) -> ExactDecimal {
        let step = ExactDecimal.step(between: bound, and: other)
        let candidate = bound < other ? bound + step : bound - step
        return contains(candidate) ? candidate : bound.midpoint(to: other)
    }
}

/// A number question's allowed values and ranges, held once: the transition rule carries this
/// one reference rather than copying the question's text and lists at every step.
public final class RangeTable: Hashable, Sendable {
    /// The smallest value allowed, inclusive; `nil` for none.
    public let minimum: ExactDecimal?
    /// The largest value allowed, inclusive; `nil` for none.
    public let maximum: ExactDecimal?
    /// Whether only whole numbers are allowed.
    public let integer: Bool
    /// The interval of each range, in edge order.
    public let ranges: [NumberInterval]
    /// The unit a typed value may be followed by.
    public let unit: String?

    /// Creates a table.
    public init(minimum: ExactDecimal?, maximum: ExactDecimal?, integer: Bool, ranges: [NumberInterval], unit: String? = nil) {
        self.unit = unit
        self.minimum = minimum
        self.maximum = maximum
        self.integer = integer
        self.ranges = ranges
    }

    /// Whether `value` is allowed: within the bounds, and whole when ``integer``.
    @inline(__always)
    public func allows(_ value: ExactDecimal) -> Bool {
        if integer, !value.isInteger { return false }
        if let minimum, value < minimum { return false }
        if let maximum, maximum < value { return false }
        return true
    }

    /// The index of the range an allowed `value` falls in; `nil` when it is not allowed or in none.
    @inline(__always)
    public func range(for value: ExactDecimal) -> Int? {
        guard allows(value) else { return nil }
        for index in ranges.indices where ranges[index].contains(value) { return index }
        return nil
    }

    public static func == (left: RangeTable, right: RangeTable) -> Bool {
        left === right
            || (left.minimum == right.minimum && left.maximum == right.maximum && left.integer == right.integer
                && left.ranges == right.ranges)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(minimum)
        hasher.combine(maximum)
        hasher.combine(integer)
        hasher.combine(ranges)
    }
}

/// Why a range's text is not a range, with the text likely meant.
public struct RangeSyntaxError: Error, Hashable, Sendable {
    /// What is wrong, in words.
    public var message: String
    /// The range as it was likely meant, when one is.
    public var suggestion: String?
}

extension NumberInterval {
    /// The forms a range is written in, for messages.
    public static let forms = "< X, <= X, > X, >= X, = X, A ..< B or A ... B"

    /// Parses a range: `< X`, `<= X`, `> X`, `>= X`, `= X`, `A ..< B` (A included, B not) or
    /// `A ... B` (both included), spaces optional. A mistake common elsewhere (`=<`, `=>`, `≤`,
    /// `≥`, `A .. B`, `A to B`, `A - B`) is refused with the form meant.
    public static func parse(_ text: String) -> Result<NumberInterval, RangeSyntaxError> {
        let trimmed = text.trimmingSpaces
        for (op, meant) in [("=<", "<="), ("=>", ">="), ("≤", "<="), ("≥", ">="), ("==", "=")] where trimmed.hasPrefix(op) {
            let rest = String(trimmed.dropFirst(op.count)).trimmingSpaces
            let suggestion = ExactDecimal(rest) == nil ? nil : "\(meant) \(rest)"
            return .failure(.init(message: "'\(op)' is not a comparison of a range; write \(meant)", suggestion: suggestion))
        }
        for (op, lower, upper) in [("<=", nil, true), (">=", true, nil), ("<", nil, false), (">", false, nil), ("=", true, true)]
            as [(String, Bool?, Bool?)] where trimmed.hasPrefix(op)
        {
            let rest = String(trimmed.dropFirst(op.count)).trimmingSpaces
            guard let value = ExactDecimal(rest) else { return .failure(notANumber(rest, in: text)) }
            return .success(
                NumberInterval(
                    lower: lower == nil ? nil : value, lowerIncluded: lower ?? false,
                    upper: upper == nil ? nil : value, upperIncluded: upper ?? false))
        }
        for (op, upperIncluded) in [("..<", false), ("...", true)] {
            guard let found = trimmed.firstRange(of: op) else { continue }
            let left = String(trimmed[..<found.lowerBound]).trimmingSpaces
            let right = String(trimmed[found.upperBound...]).trimmingSpaces
            guard let low = ExactDecimal(left) else { return .failure(notANumber(left, in: text)) }
            guard let high = ExactDecimal(right) else { return .failure(notANumber(right, in: text)) }
            let interval = NumberInterval(lower: low, lowerIncluded: true, upper: high, upperIncluded: upperIncluded)
            if interval.isEmpty {
                return .failure(.init(message: "range '\(trimmed)' holds no number: its start must be below its end", suggestion: nil))
            }
            return .success(interval)
        }
        for (op, meant) in [("..", "..<"), (" to ", "..."), ("-", "...")] {
            guard let found = trimmed.firstRange(of: op), found.lowerBound > trimmed.startIndex else { continue }
            let left = String(trimmed[..<found.lowerBound]).trimmingSpaces
            let right = String(trimmed[found.upperBound...]).trimmingSpaces
            guard ExactDecimal(left) != nil, ExactDecimal(right) != nil else { continue }
            let written = op.trimmingSpaces
            let inclusion = meant == "..<" ? "from \(left), below \(right)" : "from \(left) to \(right), both included"
            return .failure(
                .init(
                    message: "'\(written)' is not a range operator; write \(left) \(meant) \(right) (\(inclusion))",
                    suggestion: "\(left) \(meant) \(right)"))
        }
        if let value = ExactDecimal(trimmed) {
            return .failure(
                .init(message: "a range needs a comparison; to take exactly \(value), write = \(trimmed)", suggestion: "= \(trimmed)"))
        }
        return .failure(.init(message: "'\(trimmed)' is not a range; write one of \(forms)", suggestion: nil))
    }

    private static func notANumber(_ text: String, in range: String) -> RangeSyntaxError {
        let shown = text.isEmpty ? "nothing" : "'\(text)'"
        return .init(
            message: "range '\(range.trimmingSpaces)' compares with \(shown), which is not a number (digits, an optional '-' and '.')",
            suggestion: nil)
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}

extension NumberInterval {
    /// The values of the interval in words, for messages: `from 50 up to but not including 55`,
    /// `above 37.5`, `exactly 7`; with `integer`, the whole numbers it holds (`the whole numbers
    /// from 50 to 54`). A `unit` follows the last number.
    public func describe(integer: Bool, unit: String? = nil) -> String {
        let suffix = unit.map { " \($0)" } ?? ""
        if integer, let whole = wholeNumbers {
            switch (whole.lower, whole.upper) {
            case let (low?, high?) where low == high: return "exactly \(low)\(suffix)"
            case let (low?, high?): return "the whole numbers from \(low) to \(high)\(suffix)"
            case let (nil, high?): return "the whole numbers up to \(high)\(suffix)"
            case let (low?, nil): return "the whole numbers from \(low) up\(suffix)"
            case (nil, nil): return "every whole number"
            }
        }
        switch (lower, upper) {
        case let (low?, high?) where low == high: return "exactly \(low)\(suffix)"
        case let (low?, high?):
            switch (lowerIncluded, upperIncluded) {
            case (true, false): return "from \(low) up to but not including \(high)\(suffix)"
            case (true, true): return "from \(low) to \(high), both included\(suffix.isEmpty ? "" : ",\(suffix)")"
            case (false, false): return "above \(low) and below \(high)\(suffix)"
            case (false, true): return "above \(low) up to and including \(high)\(suffix)"
            }
        case let (nil, high?): return upperIncluded ? "up to and including \(high)\(suffix)" : "below \(high)\(suffix)"
        case let (low?, nil): return lowerIncluded ? "from \(low) up\(suffix)" : "above \(low)\(suffix)"
        case (nil, nil): return "every number"
        }
    }
}

extension Node.NumberQuestion {
    /// A value the range at `position` takes within the allowed values: its lowest, else its
    /// highest (whole where `integer`); `nil` when it takes none. For witnesses and suggested
    /// cases.
    public func sampleValue(ofRange position: Int) -> ExactDecimal? {
        guard ranges.indices.contains(position) else { return nil }
        let bounds = NumberInterval(lower: minimum, lowerIncluded: true, upper: maximum, upperIncluded: true)
        guard let allowed = ranges[position].intersection(bounds) else { return nil }
        return allowed.lowWitness(integer: integer) ?? allowed.highWitness(integer: integer)
            ?? (allowed.lower == nil && allowed.upper == nil ? ExactDecimal(0) : nil)
    }
}
