// Model/: ExactDecimal, the exact decimal number a number node's bounds, ranges and answers are
// written in: parsed from text digit by digit and compared exactly, so no boundary such as
// 37.5 or 0.1 meets a binary floating point rounding.

/// An exact decimal number: an integer significand and a scale (the value is
/// `significand × 10^-scale`), kept with no trailing zero in the significand's fraction, so
/// equal values are equal structurally (`37.50` is `37.5`).
///
/// Text is parsed digit by digit, never through `Double`; comparison aligns the fractions as
/// integers. At most ``maximumDigits`` digits before the point and after it, so every aligned
/// value fits the 128-bit significand.
public struct ExactDecimal: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The most digits accepted before the decimal point, and after it.
    public static let maximumDigits = 18

    /// The value times `10^scale`.
    public let significand: Int128
    /// How many digits of ``significand`` are after the decimal point.
    public let scale: Int

    /// The value `significand × 10^-scale`, normalized.
    public init(significand: Int128, scale: Int) {
        var significand = significand
        var scale = max(scale, 0)
        while scale > 0, significand % 10 == 0 {
            significand /= 10
            scale -= 1
        }
        self.significand = significand
        self.scale = scale
    }

    /// A whole number.
    public init(_ integer: Int) { self.init(significand: Int128(integer), scale: 0) }

    /// Parses `-?DIGITS(.DIGITS)?` with an optional exponent `e±N` (as JSON writes numbers);
    /// `nil` for anything else, including more than ``maximumDigits`` digits on either side.
    public init?(_ text: some StringProtocol) {
        // Walks the UTF-8 view in place: a batch parses one of these per answer.
        let bytes = text.utf8
        var index = bytes.startIndex
        var negative = false
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index = bytes.index(after: index)
        }
        var significand: Int128 = 0
        var scale = 0
        var integerDigits = 0
        var sawPoint = false
        var exponent: Int?
        while index < bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if sawPoint {
                    scale += 1
                } else if significand != 0 || byte != UInt8(ascii: "0") {
                    integerDigits += 1
                } else {
                    integerDigits = max(integerDigits, 1)
                }
                guard integerDigits <= Self.maximumDigits, scale <= Self.maximumDigits else { return nil }
                significand = significand * 10 + Int128(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "."):
                guard !sawPoint, integerDigits > 0 else { return nil }
                sawPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                guard integerDigits > 0, !sawPoint || scale > 0 else { return nil }
                let rest = String(decoding: bytes[bytes.index(after: index)...], as: UTF8.self)
                guard let value = Int(rest), abs(value) <= Self.maximumDigits else { return nil }
                exponent = value
                index = bytes.endIndex
                continue
            default:
                return nil
            }
            index = bytes.index(after: index)
        }
        guard integerDigits > 0, !sawPoint || scale > 0 else { return nil }
        if let exponent {
            if exponent >= 0 {
                let shift = min(exponent, scale)
                scale -= shift
                for _ in 0..<(exponent - shift) { significand *= 10 }
            } else {
                scale -= exponent
            }
            let value = ExactDecimal(significand: significand, scale: scale)
            guard value.scale <= Self.maximumDigits, value.integerPart.magnitude < Self.power(Self.maximumDigits) else { return nil }
            self = negative ? value.negated : value
            return
        }
        self.init(significand: negative ? -significand : significand, scale: scale)
    }

    /// The number as text, shortest form: `37.5`, `-2`, `0.001`.
    public var description: String {
        let digits = String(significand.magnitude)
        let sign = significand < 0 ? "-" : ""
        guard scale > 0 else { return sign + digits }
        let padded = String(repeating: "0", count: max(0, scale + 1 - digits.count)) + digits
        let point = padded.index(padded.endIndex, offsetBy: -scale)
        return sign + padded[..<point] + "." + padded[point...]
    }

    /// Whether the number is whole.
    public var isInteger: Bool { scale == 0 }

    /// The number with its sign flipped.
    public var negated: ExactDecimal { ExactDecimal(significand: -significand, scale: scale) }

    /// The integer part, rounded toward zero.
    var integerPart: Int128 { significand / Self.power(scale) }

    /// The largest whole number not above this one.
    public var floor: ExactDecimal {
        guard scale > 0 else { return self }
        let whole = integerPart
        return ExactDecimal(significand: significand < 0 ? whole - 1 : whole, scale: 0)
    }

    /// The smallest whole number not below this one.
    public var ceiling: ExactDecimal {
        guard scale > 0 else { return self }
        let whole = integerPart
        return ExactDecimal(significand: significand > 0 ? whole + 1 : whole, scale: 0)
    }

    /// The exact sum.
    public static func + (left: ExactDecimal, right: ExactDecimal) -> ExactDecimal {
        let scale = max(left.scale, right.scale)
        return ExactDecimal(
            significand: left.significand * power(scale - left.scale) + right.significand * power(scale - right.scale), scale: scale)
    }

    /// The exact difference.
    public static func - (left: ExactDecimal, right: ExactDecimal) -> ExactDecimal { left + right.negated }

    /// The number exactly halfway between this one and `other`.
    public func midpoint(to other: ExactDecimal) -> ExactDecimal {
        let sum = self + other
        return ExactDecimal(significand: sum.significand * 5, scale: sum.scale + 1)
    }

    /// One unit of the last digit either number shows, or of the digit after: the smallest step
    /// that tells values written with that many decimals apart (`1` for whole numbers).
    public static func step(between left: ExactDecimal, and right: ExactDecimal) -> ExactDecimal {
        ExactDecimal(significand: 1, scale: max(left.scale, right.scale))
    }

    public static func < (left: ExactDecimal, right: ExactDecimal) -> Bool {
        if left.scale == right.scale { return left.significand < right.significand }
        let leftWhole = left.integerPart, rightWhole = right.integerPart
        if leftWhole != rightWhole { return leftWhole < rightWhole }
        // Same integer part: compare the fractions (which share that part's sign) aligned.
        let scale = max(left.scale, right.scale)
        let leftFraction = (left.significand - leftWhole * power(left.scale)) * power(scale - left.scale)
        let rightFraction = (right.significand - rightWhole * power(right.scale)) * power(scale - right.scale)
        return leftFraction < rightFraction
    }

    /// `10^exponent`, for exponents up to 38.
    static func power(_ exponent: Int) -> Int128 {
        var result: Int128 = 1
        for _ in 0..<max(exponent, 0) { result *= 10 }
        return result
    }
}
