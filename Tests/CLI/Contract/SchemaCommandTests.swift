import Foundation
import TestSupport
import Testing

/// `dtree schema` prints the schema files byte for byte (SwiftPM embeds schema/*.schema.json
/// in the binary, through the links in Sources/dtree/Schemas).
@Suite struct SchemaCommandTests {
    @Test(arguments: ["tree", "tests"])
    func printsTheSchemaFile(kind: String) throws {
        let result = try CLI.run(["schema", kind])
        #expect(result.status == 0)
        let file = try String(contentsOf: CLI.packageRoot.appendingPathComponent("schema/dtree-\(kind).schema.json"), encoding: .utf8)
        #expect(result.stdout == file)
    }

    @Test func unknownKindIsAUsageError() throws {
        let result = try CLI.run(["schema", "trees"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Usage: dtree schema"))
    }
}
