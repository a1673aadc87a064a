// Hazards/: the DCB0129 clinical risk matrix: severity and likelihood words, and the risk
// rating (1..5) each pair gives.

/// How bad the harm of a hazard is, DCB0129's five consequence levels (1..5).
public enum HarmSeverity: Int, CaseIterable, Sendable, Comparable {
    /// Minor injury or inconvenience.
    case minor = 1
    /// Minor injury to several patients, or significant injury to one.
    case significant
    /// Severe injury or incapacity, recovery expected.
    case considerable
    /// Death or permanent incapacity of one patient, or severe injury to several.
    case major
    /// Death or permanent incapacity of several patients.
    case catastrophic

    /// The word a hazard file uses: `minor` … `catastrophic`.
    public var word: String {
        switch self {
        case .minor: "minor"
        case .significant: "significant"
        case .considerable: "considerable"
        case .major: "major"
        case .catastrophic: "catastrophic"
        }
    }

    /// The level a word names, or `nil`.
    public init?(word: String) {
        guard let level = Self.allCases.first(where: { $0.word == word }) else { return nil }
        self = level
    }

    /// Orders by level.
    public static func < (lhs: HarmSeverity, rhs: HarmSeverity) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How likely the harm is to happen, DCB0129's five likelihood levels (1..5).
public enum HarmLikelihood: Int, CaseIterable, Sendable, Comparable {
    /// Negligible, or nearly impossible.
    case veryLow = 1
    /// Could happen, but probably never will.
    case low
    /// Might happen or recur occasionally.
    case medium
    /// Will probably happen, but not persistently.
    case high
    /// Certain or almost certain; highly likely to occur often.
    case veryHigh

    /// The words a hazard file uses: `very low` … `very high`.
    public var word: String {
        switch self {
        case .veryLow: "very low"
        case .low: "low"
        case .medium: "medium"
        case .high: "high"
        case .veryHigh: "very high"
        }
    }

    /// The level a word names, or `nil`.
    public init?(word: String) {
        guard let level = Self.allCases.first(where: { $0.word == word }) else { return nil }
        self = level
    }

    /// Orders by level.
    public static func < (lhs: HarmLikelihood, rhs: HarmLikelihood) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The DCB0129 risk matrix (NHS Digital, DCB0129/DCB0160 clinical risk management guidance):
/// severity × likelihood → a risk rating from 1 (acceptable) to 5 (unacceptable).
public struct RiskMatrix: Sendable {
    /// The matrix's name as a hazard file writes it (`matrix: DCB0129`).
    public let name: String
    /// The rating, by likelihood (very low … very high) then severity (minor … catastrophic).
    public let ratings: [[Int]]

    /// The DCB0129 matrix, the only one supported.
    public static let dcb0129 = RiskMatrix(
        name: "DCB0129",
        ratings: [
            [1, 1, 2, 2, 3],  // very low
            [1, 2, 2, 3, 4],  // low
            [2, 2, 3, 3, 4],  // medium
            [2, 3, 3, 4, 5],  // high
            [3, 4, 4, 5, 5],  // very high
        ])

    /// The names of the supported matrices.
    public static let supported = [dcb0129.name]

    /// The risk rating (1..5) of a harm of `severity` with `likelihood`.
    public func risk(_ severity: HarmSeverity, _ likelihood: HarmLikelihood) -> Int {
        ratings[likelihood.rawValue - 1][severity.rawValue - 1]
    }

    /// What a rating means under DCB0129: 1 acceptable … 5 unacceptable.
    public static func meaning(of risk: Int) -> String {
        switch risk {
        case 1: "acceptable, no action required"
        case 2: "acceptable where further risk reduction is impractical"
        case 3: "undesirable; tolerable only when further reduction is impractical"
        case 4: "mandatory elimination or control to an acceptable level"
        default: "unacceptable"
        }
    }
}
