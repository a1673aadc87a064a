@testable import DecisionTree
import Testing

/// `ByteTable` (Execution/ByteTable): what is stored is found under its own tag and bytes only;
/// a key that could not be stored (insert said `false`) is a miss, never a wrong value.
@Suite struct ByteTableTests {
    @Test func storedKeysAreFoundAndOthersMiss() {
        var table = ByteTable<Int>(capacity: 4)
        var stored: [[UInt8]: Int] = [:]
        var generator = SystemRandomNumberGenerator()
        for value in 0..<20_000 {
            let length = Int.random(in: 0...40, using: &generator)
            let key = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            guard stored[key] == nil else { continue }
            if key.withUnsafeBufferPointer({ table.insert(tag: 7, $0, value) }) { stored[key] = value }
        }
        #expect(stored.count > 19_000, "nearly every random key fits within the probe bound")
        for (key, value) in stored {
            #expect(key.withUnsafeBufferPointer { table.value(tag: 7, $0) } == value)
            #expect(key.withUnsafeBufferPointer { table.value(tag: 8, $0) } == nil)
        }
        let absent: [UInt8] = Array("not stored at all, longer than any key stored here".utf8)
        #expect(absent.withUnsafeBufferPointer { table.value(tag: 7, $0) } == nil)
    }

    @Test func theEmptyKeyIsAKey() {
        var table = ByteTable<String>(capacity: 1)
        #expect([UInt8]().withUnsafeBufferPointer { table.insert(tag: 0, $0, "empty") })
        #expect([UInt8]().withUnsafeBufferPointer { table.value(tag: 0, $0) } == "empty")
        #expect([UInt8(0)].withUnsafeBufferPointer { table.value(tag: 0, $0) } == nil)
    }
}
