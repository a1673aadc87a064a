import DecisionTree
import DecisionTreeRendering
import Foundation
import TestSupport
import Testing

/// Presentation says only what the tree says: specialists by display name (or id as written),
/// urgency only when stated and in the tree's words, a legend of what the tree uses.
@Suite struct PresentationTests {
    static let tree = """
        tree: p
        title: P
        start: q
        specialists:
          gp: General practitioner
          ent: ent
        urgencies:
          urgent: within the hour
        nodes:
          q:
            question: Which?
            answers: {a: gp_visit, b: ent_visit, c: er}
          gp_visit:
            refer: gp
            advice: Book a visit.
          ent_visit:
            refer: ent
            urgency: soon
          er:
            refer: gp
            urgency: urgent

        """

    @Test func specialistsMapToDisplayNamesAndUrgenciesToTheTreesWords() throws {
        let tree = try Fixtures.tree(Self.tree)
        #expect(tree.specialists == ["gp", "ent"])
        #expect(tree.displayName(ofSpecialist: "gp") == "General practitioner")
        #expect(tree.displayName(ofSpecialist: "ent") == "ent")
        #expect(tree.displayName(ofSpecialist: "other") == "other")
        let referral = { (id: String) in try #require(tree[id: id]?.referral) }
        #expect(try tree.urgencyText(of: referral("gp_visit")) == nil)
        #expect(try referral("gp_visit").urgency == .routine)
        #expect(try tree.urgencyText(of: referral("ent_visit")) == "soon")
        #expect(try tree.urgencyText(of: referral("er")) == "within the hour")
    }

    @Test func aListOfSpecialistsStillWorksAndBadMappingsAreLocated() {
        let (text, at) = markers("tree: t\ntitle: T\nstart: r\nurgencies:\n  ‸urgnt: now\nnodes:\n  r: {refer: x}\n")
        let result = TreeLoader.load(text: text, path: "t.yaml")
        #expect(result.diagnostics.map(\.rule) == [.unknownUrgency])
        #expect(result.diagnostics.first?.location == at.first)
        #expect(result.diagnostics.first?.message.contains("did you mean 'urgent'?") == true)
        let unknown = TreeLoader.load(
            text: "tree: t\ntitle: T\nstart: r\nspecialists: {gp: GP}\nnodes:\n  r: {refer: gq}\n", path: "t.yaml")
        #expect(unknown.diagnostics.map(\.rule) == [.unknownSpecialist], "the specialist meant is not also called unused")
        let list = TreeLoader.load(text: "tree: t\ntitle: T\nstart: r\nspecialists: [gp]\nnodes:\n  r: {refer: gp}\n", path: "t.yaml")
        #expect(list.diagnostics.isEmpty && list.tree?.specialistNames.isEmpty == true)
    }

    @Test func dotShowsNamesAndOnlyStatedUrgencyAndALegendOfWhatIsUsed() throws {
        let dot = Renderer.dot(try Fixtures.tree(Self.tree))
        #expect(dot.contains("<B>General practitioner</B>"))
        #expect(dot.contains("<B>ent</B>"))
        #expect(!dot.contains("Urgency: routine"))
        #expect(dot.contains("Urgency: soon"))
        #expect(dot.contains("Urgency: within the hour"))
        #expect(!dot.contains("within days") && !dot.contains("as soon as possible"))
        #expect(dot.contains("➜ Refer (urgency not stated)"))
        #expect(dot.contains("➜ Refer: soon") && dot.contains("➜ Refer: within the hour"))
        #expect(!dot.contains("➜ Refer: routine") && !dot.contains("emergency"))
        #expect(dot.contains("◇ Question"))
        #expect(!dot.contains("☐ Checklist") && !dot.contains("▢ Outcome"))
    }

    @Test func mermaidShowsNamesAndOnlyStatedUrgency() throws {
        let text = MermaidExport.text(try Fixtures.tree(Self.tree))
        #expect(text.contains("Refer to <b>General practitioner</b><br/>Book a visit."))
        #expect(text.contains("Refer to <b>ent</b><br/>Urgency: soon"))
        #expect(text.contains("class gp_visit unstated"))
    }

    @Test func theJSONModelKeepsNamesWordsAndUnstatedUrgency() throws {
        let tree = try Fixtures.tree(Self.tree)
        let json = JSONExport.text(tree)
        #expect(json.contains(#""specialists": {"gp": "General practitioner", "ent": "ent"},"#))
        #expect(json.contains(#""urgencies": {"urgent": "within the hour"},"#))
        let back = try #require(TreeLoader.load(text: json, path: "p.json").tree)
        #expect(back.specialistNames == tree.specialistNames)
        #expect(back.urgencyWords == tree.urgencyWords)
        #expect(back[id: "gp_visit"]?.referral?.urgencyStated == false)
        #expect(back[id: "er"]?.referral?.urgencyStated == true)
    }

    @Test func theTerminalSaysReferToTheNameAndNoUnstatedUrgency() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = try scratch.write("p.yaml", Self.tree)
        let plain = try CLI.run(["run", path, "--answer", "q=a"], stdin: "")
        #expect(plain.stdout.hasPrefix("Refer to: General practitioner  (gp_visit)\nAdvice:  Book a visit.\n"), "\(plain.stdout)")
        let urgent = try CLI.run(["run", path, "--answer", "q=c"], stdin: "")
        #expect(urgent.stdout.hasPrefix("Refer to: General practitioner  (er)\nUrgency: within the hour\n"), "\(urgent.stdout)")
    }

    @Test func theShippedTreeNamesTheTraumatologistAsTheTextDoesAndStatesNoUrgencyForIt() throws {
        let tree = try Fixtures.shippedTree()
        let trauma = try #require(tree[id: "trauma"]?.referral)
        #expect(tree.displayName(ofSpecialist: trauma.specialist) == "Traumatologist or surgeon")
        #expect(tree.urgencyText(of: trauma) == nil)
        #expect(tree.urgencyText(of: try #require(tree[id: "neurologist_now"]?.referral)) == "as soon as possible")
    }
}
