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
            let failing = verification.failing
            let passed = failing.isEmpty && (hazard.status != .closed || verification.isVerified)
            var details: [String] = []
            if verification.isVerified {
                details.append("verified by " + verification.controls.flatMap { $0 }.map { "'\($0.name)'" }.joined(separator: ", "))
            } else {
                if !failing.isEmpty { details.append("failing: " + failing.map { "'\($0)'" }.joined(separator: ", ")) }
                for control in verification.unverifiedControls { details.append("the control '\(control)' names no invariant or case") }
                if hazard.controls.isEmpty { details.append("it has no control") }
                details.append("not verified (status \(hazard.status.rawValue))")
            }
            return TestCaseReport(
                name: hazard.title.isEmpty ? hazard.id : "\(hazard.id) \(hazard.title)", kind: .hazard, file: file.path,
                line: hazard.idLocation.line, column: hazard.idLocation.column, passed: passed, details: details, path: nil, time: 0)
        }
    }
}
