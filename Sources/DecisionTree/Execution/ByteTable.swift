// Execution/: ByteTable, a hash table keyed by runs of UTF-8 bytes, so the batch reader can look
// node ids and answers up straight from a line without making a `String`.

/// A table from byte strings, each tagged with a small number (a node index, or 0), to values,
/// looked up from a buffer's bytes without making a `String` or a key object.
///
/// Keys compare byte for byte (not by Unicode canonical equivalence as `String` does), so a
/// miss is only "not here as written": callers fall back to the `String` path, which gives the
/// same answer or the same error as before. Open addressing with linear probing; the keys live
/// in one byte array. It grows by doubling; callers bound what they insert.
struct ByteTable<Value: Sendable>: Sendable {
    private struct Entry {
        var tag: Int32
        var hash: UInt32
        var start: Int
        var count: Int
        var value: Value
    }

    private var entries: [Entry] = []
    private var keys: [UInt8] = []
    /// An index into `entries` per slot, `-1` where empty; a power of two long.
    private var slots: [Int32]

    /// The number of keys in the table.
    var count: Int { entries.count }
    /// The bytes of all keys together.
    var keyBytes: Int { keys.count }

    /// An empty table with room for `capacity` keys before it grows.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: -1, count: size)
    }

    /// FNV-1a over the tag and the bytes.
    private static func hash(tag: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = (2_166_136_261 ^ UInt32(bitPattern: tag)) &* 16_777_619
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    /// The value stored for `bytes` under `tag`, if any.
    func value(tag: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        let tag = Int32(truncatingIfNeeded: tag)
        let hash = Self.hash(tag: tag, bytes)
        return slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                keys.withUnsafeBufferPointer { keys -> Value? in
                    let mask = slots.count - 1
                    var slot = Int(hash) & mask
                    while true {
                        let index = Int(slots[slot])
                        if index < 0 { return nil }
                        if entries[index].hash == hash, entries[index].tag == tag, entries[index].count == bytes.count {
                            let start = entries[index].start
                            var same = true
                            for offset in 0..<bytes.count where keys[start + offset] != bytes[offset] {
                                same = false
                                break
                            }
                            if same { return entries[index].value }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// Stores `value` for `bytes` under `tag`, which must not be in the table yet.
    mutating func insert(tag: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ value: Value) {
        if (entries.count + 1) * 2 > slots.count { grow() }
        let tag = Int32(truncatingIfNeeded: tag)
        let hash = Self.hash(tag: tag, bytes)
        entries.append(Entry(tag: tag, hash: hash, start: keys.count, count: bytes.count, value: value))
        keys.append(contentsOf: bytes)
        place(entries.count - 1, hash: hash)
    }

    private mutating func place(_ index: Int, hash: UInt32) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for index in entries.indices { place(index, hash: entries[index].hash) }
    }
}
