// Presentation/: the words `dtree test` uses for a hazard of a tree's hazard log.

extension Phrasebook.ReportWords {
    /// A hazard's name in the test report: `hazard: HAZ-001 Title`.
    public func hazard(_ name: String) -> String { "hazard: " + name }
}
