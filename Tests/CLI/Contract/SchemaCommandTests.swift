import Foundation
import TestSupport
import Testing

/// `dtree schema` prints the schema files byte for byte: the copy built into the binary
/// (Sources/dtree/SchemaDocuments.swift) is in sync with schema/*.schema.json.
@Suite struct SchemaCommandTests {
    @Test(arguments: ["tree", "tests"])
    func printsTheSchemaFile(kind: String) throws {
        let result = try CLI.run(["schema", kind])
        #expect(result.status == 0)
        let file = try String(contentsOf: CLI.packageRoot.appendingPathComponent("schema/dtree-\(kind).schema.json"), encoding: .utf8)
        #expect(result.stdout == file, "run scripts/gen-schema-swift.sh after editing schema/dtree-\(kind).schema.json")
    }

    @Test func unknownKindIsAUsageError() throws {
        let result = try CLI.run(["schema", "trees"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Usage: dtree schema"))
    }
}
