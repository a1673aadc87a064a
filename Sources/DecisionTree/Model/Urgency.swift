// Model/: how soon a referral must happen.

/// How soon a referral must happen, from least to most pressing.
public enum Urgency: String, CaseIterable, Comparable, Sendable, Codable {
    /// An ordinary appointment. The default for a referral.
    case routine
    /// Within days.
    case soon
    /// As soon as possible.
    case urgent
    /// Now: an emergency department or an ambulance.
    case emergency

    private var rank: Int {
        switch self {
        case .routine: 0
        case .soon: 1
        case .urgent: 2
        case .emergency: 3
        }
    }

    public static func < (lhs: Urgency, rhs: Urgency) -> Bool { lhs.rank < rhs.rank }
}
