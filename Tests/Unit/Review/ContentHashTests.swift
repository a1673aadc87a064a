import DecisionTree
import Foundation
import TestSupport
import Testing

@Suite struct ContentHashTests {
    private func hash(_ text: String) throws -> String { ContentHash.of(try Fixtures.tree(text)) }

    @Test func theSameTreeInYAMLAndJSONHashesTheSame() throws {
        let yaml = try #require(try TreeLoader.load(contentsOf: ReviewFixtures.path("referral.yaml")).tree)
        let json = try #require(try TreeLoader.load(contentsOf: ReviewFixtures.path("referral.json")).tree)
        let model = try #require(TreeLoader.load(text: JSONExport.text(yaml), path: "model.json").tree)
        #expect(ContentHash.of(yaml) == ContentHash.of(json))
        #expect(ContentHash.of(yaml) == ContentHash.of(model))
        #expect(ContentHash.of(yaml).count == 64)
    }

    @Test func commentsFormattingAndKeyOrderKeepTheHash() throws {
        let original = try hash(try ReviewFixtures.referralText())
        #expect(try hash(try ReviewFixtures.edited("# a warning sign goes to a neurologist at once", "# reworded comment")) == original)
        #expect(
            try hash(try ReviewFixtures.edited("items: [Weak legs, Numb groin]", "items:\n      - Weak legs\n      - \"Numb groin\""))
                == original)
        #expect(
            try hash(
                try ReviewFixtures.edited("    refer: neurologist\n    urgency: urgent\n", "    urgency: urgent\n    refer: neurologist\n"))
                == original)
    }

    @Test func oneWordOfAdviceChangesTheHash() throws {
        let original = try hash(try ReviewFixtures.referralText())
        #expect(try hash(try ReviewFixtures.edited("See a neurologist today.", "See a neurologist tomorrow.")) != original)
    }

    @Test func everyModelFieldChangesTheHash() throws {
        let original = try hash(try ReviewFixtures.referralText())
        let edits = [
            ("Was there an injury?", "Was there a fall?"),  // text
            ("      yes: trauma", "      yes: rest"),  // target
            ("    urgency: urgent", "    urgency: soon"),  // urgency
            ("Bring any scans.", "Bring all scans."),  // help
            ("Injuries go to a traumatologist.", "Falls go to a traumatologist."),  // cite
            ("[Weak legs, Numb groin]", "[Weak legs, Numb saddle]"),  // item
            ("      no: rest", "      No: rest"),  // answer label
            ("refer: traumatologist", "refer: surgeon"),  // specialist
        ]
        for (old, new) in edits {
            #expect(try hash(try ReviewFixtures.edited(old, new)) != original, "\(old) -> \(new)")
        }
    }

    @Test func signOffsAreNotPartOfTheModel() throws {
        let text = try ReviewFixtures.referralText()
        let signed =
            text + "review:\n  - by: Dr A\n    role: neurologist\n    date: 2026-11-20\n    sha256: \(String(repeating: "a", count: 64))\n"
        #expect(try hash(signed) == (try hash(text)))
    }

    @Test func theCanonicalTextHasSortedKeysAndNoWhitespace() throws {
        let tree = try Fixtures.tree(try ReviewFixtures.referralText())
        let text = JSONExport.canonicalText(tree)
        #expect(
            text.hasPrefix(
                #"{"format":"dtree-model/1","nodes":[{"edges":[{"label":"any","to":"neuro_now"},{"label":"none","to":"injury"}],"id":"signs","items":["Weak legs","Numb groin"],"kind":"checklist","text":"Do any of these warning signs apply?"}"#
            ))
        #expect(text.hasSuffix(#"],"start":"signs","title":"Back pain - where to go","tree":"referral"}"#))
        #expect(!text.contains("\n"))
    }
}
