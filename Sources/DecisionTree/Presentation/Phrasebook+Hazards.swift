// Presentation/: the words `dtree test` uses for a hazard of a tree's hazard log.

extension Phrasebook.ReportWords {
    /// A hazard's name in the test report: `hazard: HAZ-001 Title`.
    public func hazard(_ name: String) -> String { hazardName(name) }
}

extension Phrasebook {
    /// A hazard that names a node, as the review page and the editor's hover show it:
    /// `Hazard HAZ-001: Title (closed, residual risk 2)`.
    public func hazardLine(id: String, title: String, status: String, residualRisk: Int?) -> String {
        "Hazard \(id): \(title) (\(status)\(residualRisk.map { ", residual risk \($0)" } ?? ""))"
    }
}
