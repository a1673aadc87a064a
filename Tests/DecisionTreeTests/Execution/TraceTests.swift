import DecisionTree
import Foundation
import Testing

@Suite struct TraceTests {
    @Test func aFinishedWalkWithAReferStepPassedThrough() throws {
        let tree = try Fixtures.shippedTree()
        var walk = try Walk(tree: tree)
        for answer in ["none", "yes", "no", "1"] { try walk.answer(answer) }
        let json = Trace(walk: walk).json
        #expect(json == #"{"tree":"back-numbness","steps":[{"node":"red_flags","kind":"checklist","answer":[]},{"node":"recurring","kind":"question","answer":"yes"},{"node":"injury","kind":"question","answer":"no"},{"node":"therapist","kind":"refer"},{"node":"therapist_finding","kind":"question","answer":"kidney or prostate"}],"outcome":{"node":"urologist","kind":"refer","refer":"urologist","urgency":"routine","advice":"The therapist refers you to a urologist for a kidney or prostate cause."}}"#)
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["tree", "steps", "outcome"])
    }

    @Test func checklistItemsAndAnOutcomeNode() throws {
        let tree = try Fixtures.shippedTree()
        var walk = try Walk(tree: tree)
        try walk.answer("5, 3")
        let trace = Trace(walk: walk)
        #expect(trace.steps == [Trace.Step(node: "red_flags", kind: .checklist, answer: .items(["Tingling", "Active urination"]))])
        #expect(trace.outcome?.urgency == .urgent)
        #expect(trace.outcome?.refer == "neurologist")
        #expect(trace.outcome?.text == nil)
        walk.restart()
        try walk.answer("none")
        try walk.answer("no")
        let outcome = try #require(Trace(walk: walk).outcome)
        #expect(outcome.kind == .outcome && outcome.refer == nil && outcome.urgency == nil)
        #expect(outcome.text == "A single episode - no cause for worry now")
        #expect(Trace(walk: walk).json.contains(#""outcome":{"node":"self_care","kind":"outcome","text":"A single episode - no cause for worry now","advice":"Numbness"#))
    }

    @Test func anUnfinishedWalkSaysWhereItStopped() throws {
        let tree = try Fixtures.shippedTree()
        var walk = try Walk(tree: tree)
        try walk.answer("none")
        let trace = Trace(walk: walk)
        #expect(trace.outcome == nil)
        #expect(trace.stopped == "recurring")
        #expect(trace.json == #"{"tree":"back-numbness","steps":[{"node":"red_flags","kind":"checklist","answer":[]}],"stopped":"recurring"}"#)
    }

    @Test func stringsAreEscaped() throws {
        let tree = try Fixtures.tree("""
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
        let json = Trace(walk: walk).json
        #expect(json.contains(#""answer":"say \"hi\" \\ now""#))
        #expect(json.contains(#""text":"Line\none\ttab""#))
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let outcome = try #require(object["outcome"] as? [String: Any])
        #expect(outcome["text"] as? String == "Line\none\ttab")
        #expect(JSONText.quoted("\u{01}é") == "\"\\u0001é\"")
    }
}
