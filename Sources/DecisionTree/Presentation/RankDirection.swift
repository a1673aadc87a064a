// Presentation/: which way a drawn tree flows, for every picture of it (Graphviz, Mermaid).

/// The direction ranks run in: top to bottom or left to right.
public enum RankDirection: String, CaseIterable, Sendable {
    /// Top to bottom (the default).
    case TB
    /// Left to right.
    case LR
}
