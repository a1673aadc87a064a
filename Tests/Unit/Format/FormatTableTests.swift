@testable import DecisionTree
import Foundation
import TestSupport
import Testing

/// The format table (Format/NodeFormat.swift) is the one owner of the tree format's keys: the
/// JSON Schema, the decoders and the editor read the same keys from it.
@Suite struct FormatTableTests {
    /// schema/dtree-tree.schema.json, parsed.
    static func schema() throws -> [String: Any] {
        let url = CLI.packageRoot.appendingPathComponent("schema/dtree-tree.schema.json")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    /// A property's description, or the description of the definition it refers to.
    static func description(of property: Any?, in defs: [String: Any]) -> String? {
        guard let property = property as? [String: Any] else { return nil }
        if let text = property["description"] as? String { return text }
        guard let ref = property["$ref"] as? String, ref.hasPrefix("#/$defs/") else { return nil }
        return description(of: defs[String(ref.dropFirst("#/$defs/".count))], in: defs)
    }

    @Test func schemaTopLevelKeysAreTheTables() throws {
        let schema = try Self.schema()
        let defs = try #require(schema["$defs"] as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(TreeFormat.topLevelKeyNames))
        #expect(Set(schema["required"] as? [String] ?? []) == Set(TreeFormat.requiredTopLevelKeys))
        for key in TreeFormat.topLevelKeys {
            #expect(Self.description(of: properties[key.name], in: defs) == key.doc, "top-level \(key.name)")
        }
    }

    @Test func schemaKeysOfEachKindAreTheTables() throws {
        let defs = try #require(try Self.schema()["$defs"] as? [String: Any])
        let oneOf = try #require((defs["node"] as? [String: Any])?["oneOf"] as? [[String: String]])
        #expect(oneOf.compactMap { $0["$ref"] } == NodeKind.allCases.map { "#/$defs/\(NodeFormat.of($0).kindKeyName)" })
        for format in NodeFormat.all {
            let definition = try #require(defs[format.kindKeyName] as? [String: Any], "no $defs/\(format.kindKeyName)")
            let properties = try #require(definition["properties"] as? [String: Any])
            #expect(Set(properties.keys) == Set(format.keyNames), "\(format.kind)")
            #expect(Set(definition["required"] as? [String] ?? []) == Set(format.requiredKeys), "\(format.kind)")
            #expect(definition["additionalProperties"] as? Bool == false, "\(format.kind)")
            for key in format.keys {
                #expect(Self.description(of: properties[key.name], in: defs) == key.doc, "\(format.kind).\(key.name)")
            }
        }
    }

    @Test func schemaAnswerMappingKeysAreTheTables() throws {
        let defs = try #require(try Self.schema()["$defs"] as? [String: Any])
        let answer = try #require(defs["answer"] as? [String: Any])
        let mapping = try #require((answer["oneOf"] as? [[String: Any]])?.first { $0["type"] as? String == "object" })
        let properties = try #require(mapping["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(AnswerFormat.keys.map(\.name)))
        #expect(mapping["required"] as? [String] == AnswerFormat.keys.filter(\.required).map(\.name))
        for key in AnswerFormat.keys {
            #expect(Self.description(of: properties[key.name], in: defs) == key.doc, "\(key.name)")
        }
    }

    @Test func decodersAndEditorReadTheTable() {
        #expect(TreeDecoder.topLevelKeys == TreeFormat.topLevelKeyNames)
        #expect(Set(TreeDecoder.nodeKeys) == Set(NodeFormat.all.flatMap(\.keyNames)))
        for kind in NodeKind.allCases {
            #expect(Set(TreeDecoder.allowedKeys(for: kind)) == Set(NodeFormat.of(kind).keyNames))
        }
        // The model's value keys are the tree format's, besides its own id, kind, text and edges.
        let valueKeys = Set(NodeFormat.all.flatMap { $0.ownKeys + NodeFormat.commonKeys }.filter { $0.role == .value }.map(\.name))
        #expect(Set(ModelDecoder.nodeKeys) == valueKeys.union(["id", "kind", "text", "refer", "edges"]))
    }

    @Test func edgesOfEachKindAreTheNodeDocumentation() {
        #expect(NodeFormat.of(.question).edgesAreAnswers && NodeFormat.of(.question).namedEdges.isEmpty)
        #expect(NodeFormat.of(.checklist).namedEdges.map(\.name) == [Node.anyLabel, Node.noneLabel])
        #expect(NodeFormat.of(.refer).namedEdges.map(\.name) == [Node.nextLabel])
        #expect(NodeFormat.of(.refer).namedEdges.allSatisfy { !$0.required })
        #expect(NodeFormat.of(.outcome).edgeKeys.isEmpty)
        #expect(NodeFormat.targetKeyNames == ["any", "none", "next"])
    }
}
