// Hazards/: each hazard's verification as an entry of `dtree test`'s report (text, JSON, JUnit,
// SARIF): verified, or not, with the names that failed.

/// Hazards as test report entries.
public enum HazardReport {
    /// One entry per hazard of `file`, of kind `hazard`, located at its id in the hazard file.
    ///
    /// An entry fails when a test its controls name fails or is unknown, or when the hazard is
    /// closed and a control names no test; an open hazard whose controls name no test passes with
    /// the note that it is not verified.
    public static func tests(_ file: HazardFile) -> [TestCaseReport] {
        file.verifications.map { verification in
            let hazard = verification.hazard
            let passed = verification.failing.isEmpty && (hazard.status != .closed || verification.isVerified)
            return TestCaseReport(
                name: hazard.title.isEmpty ? hazard.id : "\(hazard.id) \(hazard.title)", kind: .hazard, file: file.path,
                line: hazard.idLocation.line, column: hazard.idLocation.column, passed: passed, details: details(verification),
                path: nil, time: 0)
        }
    }

    /// A hazard's notes in the test report, in `words`: the names that verify it, or why it is
    /// not verified (the names that fail, the controls that name no test, its status).
    public static func details(_ verification: HazardVerification, words: Phrasebook.ReportWords = .english) -> [String] {
        let hazard = verification.hazard
        if verification.isVerified { return [words.hazardVerifiedBy(verification.controls.flatMap { $0 }.map(\.name))] }
        var details: [String] = []
        if !verification.failing.isEmpty { details.append(words.hazardFailing(verification.failing)) }
        details += verification.unverifiedControls.map(words.hazardControlNamesNoTest)
        if hazard.controls.isEmpty { details.append(words.hazardNoControl) }
        details.append(words.hazardNotVerified(hazard.status.rawValue))
        return details
    }

    /// The notes of the entry `test` of `file` in `words`; `nil` when `test` is no hazard of it.
    public static func details(of test: TestCaseReport, in file: HazardFile, words: Phrasebook.ReportWords) -> [String]? {
        guard test.kind == .hazard, test.file == file.path else { return nil }
        let verification = file.verifications.first {
            $0.hazard.idLocation.line == test.line && $0.hazard.idLocation.column == test.column
        }
        return verification.map { details($0, words: words) }
    }
}
