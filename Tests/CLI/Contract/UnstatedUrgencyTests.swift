import DecisionTree
import Foundation
import TestSupport
import Testing

/// Say only what the tree says: the shipped tree's `trauma` states no urgency, so no machine
/// output gives it one; and the end of a walk lists every referral on its path.
@Suite struct UnstatedUrgencyTests {
    private let tree = Fixtures.shippedTreePath
    private let traumaAnswers = ["--answer", "red_flags=none", "--answer", "injury=yes"]

    /// The JSON objects in `text` that have `key` equal to `value`, searched recursively.
    private func objects(in value: Any, where key: String, is wanted: String) -> [[String: Any]] {
        if let object = value as? [String: Any] {
            let here = (object[key] as? String) == wanted ? [object] : []
            return here + object.values.flatMap { objects(in: $0, where: key, is: wanted) }
        }
        if let array = value as? [Any] { return array.flatMap { objects(in: $0, where: key, is: wanted) } }
        return []
    }

    @Test func runJSONHasNoUrgencyForTrauma() throws {
        let result = try CLI.run(["run", tree, "--json"] + traumaAnswers)
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let trauma = objects(in: object, where: "node", is: "trauma")
        #expect(trauma.count == 2, "the outcome and its entry in referrals")
        #expect(trauma.allSatisfy { $0["urgency"] == nil })
        #expect(!result.stdout.contains("routine"))
    }

    @Test func batchHasNoUrgencyForTrauma() throws {
        let result = try CLI.run(["run", tree, "--cases", "-"], stdin: #"{"red_flags": "none", "injury": "yes"}"# + "\n")
        #expect(result.status == 0)
        #expect(result.stdout == #"{"case":1,"outcome":"trauma","refer":"traumatologist"}"# + "\n")
    }

    @Test func testReportJSONAndJUnitHaveNoRoutine() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let junit = scratch.url.appendingPathComponent("junit.xml").path
        let json = try CLI.run(["test", "--format", "json", "--junit", junit, "Trees/back-numbness.tests.yaml"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(!json.stdout.contains("routine"))
        #expect(!(try String(contentsOfFile: junit, encoding: .utf8)).contains("routine"))
    }

    @Test func exportsHaveNoUrgencyForTrauma() throws {
        let json = try CLI.run(["export", "--format", "json", tree])
        #expect(json.status == 0)
        let model = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8))
        let trauma = try #require(objects(in: model, where: "id", is: "trauma").first)
        #expect(trauma["urgency"] == nil)
        let fhir = try CLI.run(["export", "--format", "fhir", tree])
        #expect(fhir.status == 0)
        let bundle = try JSONSerialization.jsonObject(with: Data(fhir.stdout.utf8))
        let actions = objects(in: bundle, where: "id", is: "trauma")
        #expect(!actions.isEmpty)
        #expect(actions.allSatisfy { $0["priority"] == nil })
    }

    @Test func theEndOfAWalkListsEveryReferralOnThePath() throws {
        let answers = [
            "--answer", "red_flags=none", "--answer", "injury=no", "--answer", "doctor_signs=1", "--answer", "therapist_finding=1",
        ]
        let text = try CLI.run(["run", tree] + answers, stdin: "")
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("First: Refer to: Therapist: A visit to the doctor is essential.") == true, "\(text.stdout)")
        // Each step's inference follows it, labelled as the tree's own words; the end's is not indented.
        #expect(lines.dropFirst().first?.hasPrefix("  Inference (the tree's own words, not the source's): The text says") == true)
        #expect(lines.dropFirst(2).first == "Refer to: Urologist  (urologist)")
        #expect(lines.contains { $0.hasPrefix("Inference (the tree's own words, not the source's): The text names prostate") })
        #expect(lines.contains { $0.contains("Safety net: if the numbness or pain gets much worse") })
        let json = try CLI.run(["run", tree, "--json"] + answers)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let referrals = try #require(object["referrals"] as? [[String: Any]])
        #expect(referrals.map { $0["refer"] as? String } == ["therapist", "urologist"])
        #expect(referrals.allSatisfy { $0["advice"] is String })
    }

    @Test func coverageCountsOnlyCasesThatRan() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        try scratch.write(
            "clinic.yaml",
            """
            tree: clinic
            title: Clinic
            start: q
            nodes:
              q:
                question: Fever?
                answers: {yes: er, no: home}
              er:
                refer: ed
              home:
                outcome: Stay home

            """)
        let tests = try scratch.write(
            "clinic.tests.yaml",
            """
            tree: clinic.yaml
            cases:
              - {name: fever, answers: {q: yes}, expect: ed}
              - {name: none, answers: {q: no}, expect: home}

            """)
        let result = try CLI.run(["test", tests])
        #expect(result.status == 1)
        #expect(result.stdout.contains("the case has errors in the scenario file and was not run"))
        #expect(result.stdout.contains("outcomes 1/2 (50%)"), "\(result.stdout)")
    }
}
