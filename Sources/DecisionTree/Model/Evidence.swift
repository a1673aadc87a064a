// Model/: the evidence a recommendation states, in GRADE's terms (certainty of the evidence,
// strength of the recommendation), and what a node says is the tree's own inference.

/// The evidence a recommendation states, in GRADE's words. Either part may be left out.
public struct Evidence: Hashable, Sendable {
    /// GRADE's certainty of the evidence.
    public enum Certainty: String, CaseIterable, Sendable {
        /// High certainty.
        case high
        /// Moderate certainty.
        case moderate
        /// Low certainty.
        case low
        /// Very low certainty.
        case veryLow = "very low"
    }

    /// GRADE's strength of a recommendation.
    public enum Strength: String, CaseIterable, Sendable {
        /// A strong recommendation.
        case strong
        /// A weak (conditional) recommendation.
        case weak
    }

    /// The certainty of the evidence, when stated.
    public var certainty: Certainty?
    /// The strength of the recommendation, when stated.
    public var strength: Strength?

    /// Creates a statement of evidence.
    public init(certainty: Certainty? = nil, strength: Strength? = nil) {
        self.certainty = certainty
        self.strength = strength
    }
}
