@testable import DecisionTree
import Foundation
import TestSupport
import Testing

@Suite struct TraceTests {
    @Test func aFinishedWalkWithAReferStepPassedThrough() throws {
        let tree = try Fixtures.engineTree()
        var walk = try Walk(tree: tree)
        for answer in ["none", "yes", "no", "1"] { try walk.answer(answer) }
        let json = Trace.json(walk.path, in: walk.tree)
        #expect(
            json
                == #"{"tree":"back-numbness","steps":[{"node":"red_flags","kind":"checklist","answer":[]},{"node":"recurring","kind":"question","answer":"yes"},{"node":"injury","kind":"question","answer":"no"},{"node":"therapist","kind":"refer"},{"node":"therapist_finding","kind":"question","answer":"kidney or prostate"}],"referrals":[{"node":"therapist","refer":"therapist","advice":"See a therapist first. The therapist studies the symptoms and refers you on to a narrower specialist by the cause."},{"node":"urologist","refer":"urologist","advice":"The therapist refers you to a urologist for a kidney or prostate cause."}],"outcome":{"node":"urologist","kind":"refer","refer":"urologist","advice":"The therapist refers you to a urologist for a kidney or prostate cause."}}"#
        )
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["tree", "steps", "referrals", "outcome"])
        // An unstated urgency is absent, never "routine", in the outcome and in the referrals.
        #expect(!json.contains("urgency") && !json.contains("routine"))
    }

    /// The JSON object of a trace, parsed.
    func object(_ walk: Walk) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(Trace.json(walk.path, in: walk.tree).utf8)) as? [String: Any])
    }

    @Test func checklistItemsAndAnOutcomeNode() throws {
        let tree = try Fixtures.engineTree()
        var walk = try Walk(tree: tree)
        try walk.answer("5, 3")
        let trace = try object(walk)
        let steps = try #require(trace["steps"] as? [[String: Any]])
        #expect(steps.count == 1)
        #expect(steps.first?["node"] as? String == "red_flags")
        #expect(steps.first?["kind"] as? String == "checklist")
        #expect(steps.first?["answer"] as? [String] == ["Tingling", "Active urination"])
        let referral = try #require(trace["outcome"] as? [String: Any])
        #expect(referral["urgency"] as? String == "urgent")
        #expect(referral["refer"] as? String == "neurologist")
        #expect(referral["text"] == nil)
        walk.restart()
        try walk.answer("none")
        try walk.answer("no")
        let outcome = try #require(try object(walk)["outcome"] as? [String: Any])
        #expect(outcome["kind"] as? String == "outcome" && outcome["refer"] == nil && outcome["urgency"] == nil)
        #expect(outcome["text"] as? String == "A single episode - no cause for worry now")
        #expect(
            Trace.json(walk.path, in: tree).contains(
                #""outcome":{"node":"self_care","kind":"outcome","text":"A single episode - no cause for worry now","advice":"Numbness"#))
    }

    @Test func anUnfinishedWalkSaysWhereItStopped() throws {
        let tree = try Fixtures.engineTree()
        var walk = try Walk(tree: tree)
        try walk.answer("none")
        let trace = try object(walk)
        #expect(trace["outcome"] == nil)
        #expect(trace["stopped"] as? String == "recurring")
        #expect(
            Trace.json(walk.path, in: tree)
                == #"{"tree":"back-numbness","steps":[{"node":"red_flags","kind":"checklist","answer":[]}],"referrals":[],"stopped":"recurring"}"#
        )
    }

    @Test func stringsAreEscaped() throws {
        let tree = try Fixtures.tree(
            """
            tree: esc
            title: T
            start: q
            nodes:
              q:
                question: Q
                answers:
                  'say "hi" \\ now': end
                  'другой': end
              end:
                outcome: "Line\\none\\ttab"
            """)
        var walk = try Walk(tree: tree)
        try walk.answer("1")
        let json = Trace.json(walk.path, in: walk.tree)
        #expect(json.contains(#""answer":"say \"hi\" \\ now""#))
        #expect(json.contains(#""text":"Line\none\ttab""#))
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let outcome = try #require(object["outcome"] as? [String: Any])
        #expect(outcome["text"] as? String == "Line\none\ttab")
        #expect(JSONText.quoted("\u{01}é") == "\"\\u0001é\"")
    }
}
