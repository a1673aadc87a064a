@testable import DecisionTree
@testable import DecisionTreeRendering
import Foundation
import TestSupport
import Testing

/// What a recommendation rests on beyond its cite: `inference:` on any node, `reassures:` on
/// outcomes, `evidence: {certainty, strength}` on recommendations; decoded, in the model, and
/// shown wherever the node is shown.
@Suite struct BasisTests {
    static let text = """
        tree: basis
        title: Basis
        start: q
        nodes:
          q:
            question: Numb?
            answers: {yes: ref, no: calm}
            inference: Asking this is the tree's choice.
          ref:
            refer: neurologist
            advice: See a neurologist.
            inference: The text pairs no cause with this specialist.
            evidence: {certainty: very low, strength: weak}
          calm:
            outcome: Do not worry
            reassures: true
        """

    /// The same tree without any of the three keys.
    static let plain = text.replacingOccurrences(of: "    inference: Asking this is the tree's choice.\n", with: "")
        .replacingOccurrences(of: "    inference: The text pairs no cause with this specialist.\n", with: "")
        .replacingOccurrences(of: "    evidence: {certainty: very low, strength: weak}\n", with: "")
        .replacingOccurrences(of: "    reassures: true", with: "")

    @Test func theKeysAreDecoded() throws {
        let tree = try Fixtures.tree(Self.text)
        #expect(tree.nodes.map(\.inference) == ["Asking this is the tree's choice.", "The text pairs no cause with this specialist.", nil])
        #expect(tree.nodes.map(\.reassures) == [false, false, true])
        #expect(tree.nodes[1].evidence == Evidence(certainty: .veryLow, strength: .weak))
        let plain = try Fixtures.tree(Self.plain)
        #expect(plain.nodes.allSatisfy { $0.inference == nil && !$0.reassures && $0.evidence == nil })
    }

    @Test func theModelRoundTripsThemAndATreeWithoutThemHashesAsBefore() throws {
        let tree = try Fixtures.tree(Self.text)
        let json = JSONExport.text(tree)
        #expect(json.contains(#""inference": "The text pairs no cause with this specialist.""#))
        #expect(json.contains(#""reassures": true"#) && json.contains(#""certainty": "very low""#))
        let again = try Fixtures.tree(json)
        #expect(JSONExport.text(again) == json)
        #expect(again.nodes.map(\.inference) == tree.nodes.map(\.inference))
        #expect(again.nodes.map(\.reassures) == [false, false, true])
        #expect(again.nodes[1].evidence == tree.nodes[1].evidence)
        let plain = JSONExport.text(try Fixtures.tree(Self.plain))
        #expect(!plain.contains("inference") && !plain.contains("reassures") && !plain.contains("evidence"))
        #expect(ContentHash.of(tree) != ContentHash.of(try Fixtures.tree(Self.plain)))
    }

    @Test func badValuesAreLocatedErrors() {
        let result = TreeLoader.load(
            text: Self.text.replacingOccurrences(of: "reassures: true", with: "reassures: maybe")
                .replacingOccurrences(of: "certainty: very low", with: "certainty: medium"),
            path: "fixture.yaml")
        let messages = result.diagnostics.map(\.message)
        #expect(messages.contains("'reassures' must be true or false, not 'maybe'"))
        #expect(messages.contains { $0.hasPrefix("unknown certainty 'medium'") && $0.contains("high, moderate, low, very low") })
        // reassures on a referral is a key that does not belong there.
        let misplaced = TreeLoader.load(
            text: Self.text.replacingOccurrences(
                of: "    advice: See a neurologist.\n", with: "    advice: See a neurologist.\n    reassures: true\n"),
            path: "fixture.yaml")
        #expect(misplaced.diagnostics.map(\.message).contains("'reassures' does not belong on a refer node"))
    }

    @Test func theOutlineAndFHIRShowTheInferenceLabelled() throws {
        let tree = try Fixtures.tree(Self.text)
        let label = Phrasebook.english.basis.inferenceLabel
        #expect(TreeOutline(tree).text.contains(label + "The text pairs no cause with this specialist."))
        let fhir = FHIRExport.text(tree)
        #expect(
            fhir.contains(#""display" : "\#(label)The text pairs no cause with this specialist.""#)
                || fhir.contains(#""display": "\#(label)The text pairs no cause with this specialist.""#))
        #expect(fhir.contains("q/inference"))
        #expect(fhir.contains("cqf-qualityOfEvidence") && fhir.contains("very-low"))
        #expect(fhir.contains("cqf-strengthOfRecommendation") && fhir.contains("recommendation-strength"))
        #expect(!FHIRExport.text(try Fixtures.tree(Self.plain)).contains("cqf-qualityOfEvidence"))
    }

    @Test func onlyAReassuringOutcomeIsDrawnGreenAndTheLegendSaysWhichIsWhich() throws {
        let words = Phrasebook.english.basis
        let dot = Renderer.dot(try Fixtures.tree(Self.text))
        #expect(dot.contains(words.inferenceBanner) && dot.contains(words.legendInference))
        #expect(dot.contains(words.legendReassuring) && !dot.contains(words.legendNotReassuring))
        #expect(dot.contains(ClinicianStyle.look(.outcome).fill))
        let plain = Renderer.dot(try Fixtures.tree(Self.plain))
        #expect(!plain.contains(words.inferenceBanner) && !plain.contains(words.legendReassuring))
        #expect(plain.contains(words.legendNotReassuring) && !plain.contains(ClinicianStyle.look(.outcome).fill))
    }
}
