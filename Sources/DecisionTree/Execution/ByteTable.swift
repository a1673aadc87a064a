// Execution/: ByteTable, a hash table keyed by runs of UTF-8 bytes, so the batch reader can look
// node ids and answers up straight from a line without making a `String`.

/// A table from byte strings, each tagged with a small number (a node index, or 0), to values,
/// looked up from a buffer's bytes without making a `String` or a key object.
///
/// Keys compare byte for byte (not by Unicode canonical equivalence as `String` does), so a
/// miss is only "not here as written": callers fall back to the `String` path, which gives the
/// same answer or the same error as before. Open addressing with linear probing; the keys live
/// in one byte array. It grows by doubling; callers bound what they insert.
///
/// The keys come from untrusted files (a case file's answers), so a file must not be able to
/// make them collide and turn each look-up into a walk of the table: the hash is seeded per
/// process, and no look-up or insertion probes more than ``maximumProbes`` slots (a key that
/// cannot be placed within them is not stored, and a look-up that has not found its key by then
/// is a miss: both only send the caller down its `String` path).
struct ByteTable<Value: Sendable>: Sendable {
    private var entries: [ByteTableEntry] = []
    /// Each entry's value, at the entry's index.
    private var values: [Value] = []
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

    /// The most slots a look-up or an insertion probes.
    static var maximumProbes: Int { 32 }

    /// This process's hash seed (the system's random source, drawn once).
    private static var seed: UInt64 { processSeed }

    /// A hash of the tag and the bytes, eight bytes at a time (multiply and fold), from this
    /// process's seed.
    private static func hash(tag: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = (seed ^ UInt64(UInt32(bitPattern: tag)) ^ UInt64(bytes.count) << 32) &* multiplier
        guard let base = bytes.baseAddress else { return UInt32(truncatingIfNeeded: hash >> 32) }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
            hash ^= hash >> 29
            offset += 8
        }
        if offset < bytes.count {
            var last: UInt64 = 0
            var shift: UInt64 = 0
            while offset < bytes.count {
                last |= UInt64(base[offset]) << shift
                shift += 8
                offset += 1
            }
            hash = (hash ^ last) &* multiplier
            hash ^= hash >> 29
        }
        return UInt32(truncatingIfNeeded: hash >> 16)
    }

    /// Whether `count` bytes at `left` and `right` are the same.
    private static func same(_ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, count: Int) -> Bool {
        var offset = 0
        let left = UnsafeRawPointer(left), right = UnsafeRawPointer(right)
        while offset + 8 <= count {
            if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            {
                return false
            }
            offset += 8
        }
        while offset < count {
            if left.load(fromByteOffset: offset, as: UInt8.self) != right.load(fromByteOffset: offset, as: UInt8.self) {
                return false
            }
            offset += 1
        }
        return true
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
                    for _ in 0..<Self.maximumProbes {
                        let index = Int(slots[slot])
                        if index < 0 { return nil }
                        if entries[index].hash == hash, entries[index].tag == tag, entries[index].count == bytes.count {
                            if bytes.isEmpty { return values[index] }
                            if let key = keys.baseAddress, let line = bytes.baseAddress,
                                Self.same(key + entries[index].start, line, count: bytes.count)
                            {
                                return values[index]
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                    return nil
                }
            }
        }
    }

    /// Stores `value` for `bytes` under `tag`, which must not be in the table yet; `false`, and
    /// nothing stored, when no free slot is within ``maximumProbes`` of the key's own.
    @discardableResult
    mutating func insert(tag: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ value: Value) -> Bool {
        if (entries.count + 1) * 2 > slots.count { grow() }
        let tag = Int32(truncatingIfNeeded: tag)
        let hash = Self.hash(tag: tag, bytes)
        guard let slot = freeSlot(hash: hash) else { return false }
        entries.append(ByteTableEntry(tag: tag, hash: hash, start: keys.count, count: bytes.count))
        values.append(value)
        keys.append(contentsOf: bytes)
        slots[slot] = Int32(entries.count - 1)
        return true
    }

    /// The first free slot within ``maximumProbes`` of `hash`'s own.
    private func freeSlot(hash: UInt32) -> Int? {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        for _ in 0..<Self.maximumProbes {
            if slots[slot] < 0 { return slot }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Twice the slots, every stored key placed again (one that no longer fits within
    /// ``maximumProbes`` is dropped from the slots: it is then a miss, as if never stored).
    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for index in entries.indices {
            if let slot = freeSlot(hash: entries[index].hash) { slots[slot] = Int32(index) }
        }
    }
}

/// Where a ``ByteTable`` key's bytes stand, with its tag and hash. Outside the generic table so
/// that its layout is fixed when compiled: as a member of `ByteTable<Value>` it was a generic
/// type whose metadata the runtime built on first use, and valgrind's memcheck reported a
/// conditional jump on uninitialised memory inside `swift_initStructMetadata` doing so.
private struct ByteTableEntry {
    var tag: Int32
    var hash: UInt32
    var start: Int
    var count: Int
}

/// The seed of every ``ByteTable`` hash in this process, drawn once from the system's random
/// source.
private let processSeed = UInt64.random(in: .min ... .max)
