import DecisionTree
@testable import DecisionTreeLSP
import Foundation
import Testing

/// The language server's reading is bounded (issue 25, fault 7): a header block that never ends
/// closes the connection instead of being buffered and rescanned without end, and many ranged
/// edits in one change cost a pass each over bytes, not a rebuilt string each.
@Suite struct LSPBoundsTests {
    typealias JSON = [String: Any]

    @Test func aHeaderBlockThatNeverEndsClosesTheConnection() throws {
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        defer { close(descriptors[0]) }
        let transport = FramedTransport(input: descriptors[0], output: -1)
        let writer = descriptors[1]
        // 4 MiB of header with no blank line, in 64 KiB pieces, read as it comes.
        let piece = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 16)
        let started = Date()
        var pieces = 0
        while !transport.closed, pieces < 64 {
            _ = piece.withUnsafeBytes { write(writer, $0.baseAddress, $0.count) }
            pieces += 1
            _ = transport.receive(timeout: 1_000)
        }
        close(writer)
        #expect(transport.closed)
        #expect(pieces <= 3, "\(pieces) pieces read before closing")
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func aMessageAfterAHeaderInPiecesIsRead() throws {
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        defer { close(descriptors[0]) }
        let transport = FramedTransport(input: descriptors[0], output: -1)
        let body = #"{"jsonrpc":"2.0","method":"exit"}"#
        var received: [Data] = []
        for piece in ["Content-Le", "ngth: \(body.utf8.count)\r", "\n\r", "\n", body] {
            _ = piece.withCString { write(descriptors[1], $0, strlen($0)) }
            received += transport.receive(timeout: 1_000)
        }
        close(descriptors[1])
        #expect(received.map { String(decoding: $0, as: UTF8.self) } == [body])
    }

    @Test func manyRangedEditsInOneChangeAreQuickAndExact() throws {
        let client = LSPTestClient()
        let uri = LSPTestClient.treeURI
        // About 2 MB of comment lines after the fixture, and 2,000 one-character edits in one
        // change, each on its own line: rebuilding a string per edit took minutes at 33 MB.
        let fixture = try LSPTestClient.fixtureText("triage.yaml")
        let filler = String(repeating: "# " + String(repeating: "a", count: 98) + "\n", count: 20_000)
        let text = fixture + filler
        client.open(uri, text)
        let firstLine = fixture.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        var changes: [JSON] = []
        for index in 0..<2_000 {
            let position: JSON = ["line": firstLine + index * 10, "character": 2]
            changes.append(["range": ["start": position, "end": ["line": firstLine + index * 10, "character": 3]] as JSON, "text": "é"])
        }
        let started = Date()
        client.change(uri, version: 2, changes)
        let symbols = client.request("textDocument/documentSymbol", ["textDocument": ["uri": uri]])
        #expect(symbols["result"] is [JSON])
        #expect(Date().timeIntervalSince(started) < 20)
        // The edits landed where they were asked: the hover at the fixture still works, and a
        // rename sees the edited text.
        let hover = client.request("textDocument/hover", LSPTestClient.at(uri, LSPTestClient.position(text, "any: skin", offset: 6)))
        #expect(hover["result"] is JSON)
        _ = client.finish()
    }

    @Test func byteOffsetsCountUTF16Units() {
        let bytes = Array("ab\né😀x\r\nz".utf8)
        #expect(LSPPositions.offset(of: LSPPosition(line: 0, character: 1), in: bytes).offset == 1)
        #expect(LSPPositions.offset(of: LSPPosition(line: 1, character: 1), in: bytes).offset == 5)
        #expect(LSPPositions.offset(of: LSPPosition(line: 1, character: 3), in: bytes).offset == 9)
        #expect(LSPPositions.offset(of: LSPPosition(line: 1, character: 99), in: bytes).offset == 10)
        #expect(LSPPositions.offset(of: LSPPosition(line: 9, character: 0), in: bytes).offset == bytes.count)
        // From a hint at line 1's start, and from a hint past the line asked for (ignored).
        #expect(LSPPositions.offset(of: LSPPosition(line: 2, character: 1), in: bytes, hint: (1, 3)).offset == 13)
        #expect(LSPPositions.offset(of: LSPPosition(line: 0, character: 1), in: bytes, hint: (1, 3)).offset == 1)
    }
}
