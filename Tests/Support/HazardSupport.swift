import DecisionTree
import Foundation

/// Paths shared by the hazard-log tests: the ward tree, its scenario file and its hazard log.
package enum HazardFixtures {
    /// `Tests/Fixtures/hazards`, found from this file's path.
    package static var folder: URL { CLI.packageRoot.appendingPathComponent("Tests/Fixtures/hazards") }

    /// A fixture's path under `Tests/Fixtures/hazards`.
    package static func path(_ relative: String) -> String { folder.appendingPathComponent(relative).path }

    /// Loads hazard-file text as if from `t.hazards.yaml` in the fixtures folder, so `tree:
    /// ward.yaml` names the ward tree and its scenario file is found beside it.
    package static func hazards(_ text: String) -> HazardFile {
        HazardLoader.load(text: text, path: path("t.hazards.yaml"))
    }
}
