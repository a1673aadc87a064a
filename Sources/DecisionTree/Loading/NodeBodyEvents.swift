// Loading/: one body of a tree file's `nodes:` kept as libyaml handed over its events (flat,
// reused from body to body), and the values a decoder reads in it.

/// The events of one node body, recorded flat while libyaml parses it: no ``YAMLNode`` is
/// made for any of them, and the storage is kept from one body to the next, so a large file's
/// bodies cost no allocation each.
///
/// The composer records a body with ``scalar(_:at:end:)``, ``open(mapping:at:)`` and
/// ``close(at:)``; once ``isComplete``, ``withRoot(_:)`` lends the body as a ``Value`` for the
/// decoder to read, and ``removeAll()`` makes room for the next.
struct NodeBodyEvents {
    /// One event: a scalar, or a collection with what it holds.
    struct Event {
        /// Where the value begins as written (at the opening quote of a quoted scalar).
        var start: SourceLocation
        /// Just past where it ends as written.
        var end: SourceLocation
        /// A scalar's text, as a range of ``NodeBodyEvents/bytes``; for a collection, unused.
        var textStart: Int
        /// A scalar's length in bytes; for a collection, how many events it directly holds.
        var count: Int
        /// The index of the event after this value and all it holds.
        var next: Int
        /// What the value is.
        var kind: Kind
        /// Whether a scalar is written in quotes.
        var quoted: Bool
    }

    /// What a recorded value is.
    enum Kind: UInt8 {
        case scalar, sequence, mapping
    }

    /// The values in file order, each collection before what it holds.
    private(set) var events: [Event] = []
    /// The scalars' UTF-8, one after another.
    private(set) var bytes: [UInt8] = []
    /// The collections begun and not yet ended, innermost last.
    private var open: [Int] = []

    /// How many collections are begun and not yet ended.
    var depth: Int { open.count }

    /// Whether a whole value has been recorded.
    var isComplete: Bool { !events.isEmpty && open.isEmpty }

    /// Records a scalar whose UTF-8 is `text`.
    mutating func scalar(_ text: UnsafeBufferPointer<UInt8>, at start: SourceLocation, end: SourceLocation, quoted: Bool) {
        countInParent()
        events.append(
            Event(start: start, end: end, textStart: bytes.count, count: text.count, next: events.count + 1, kind: .scalar, quoted: quoted))
        bytes.append(contentsOf: text)
    }

    /// Begins a mapping (or, when `mapping` is false, a list).
    mutating func open(mapping: Bool, at start: SourceLocation) {
        countInParent()
        open.append(events.count)
        events.append(Event(start: start, end: start, textStart: 0, count: 0, next: 0, kind: mapping ? .mapping : .sequence, quoted: false))
    }

    /// Ends the innermost collection begun.
    mutating func close(at end: SourceLocation) {
        guard let index = open.popLast() else { return }
        events[index].end = end
        events[index].next = events.count
    }

    private mutating func countInParent() {
        if let parent = open.last { events[parent].count += 1 }
    }

    /// Forgets the body, keeping the storage for the next.
    mutating func removeAll() {
        events.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        open.removeAll(keepingCapacity: true)
    }

    /// Lends the recorded body (which must be complete) to `body` as its first value. The
    /// value and everything read from it are valid only inside `body`.
    func withRoot<Result>(_ body: (Value) -> Result) -> Result {
        events.withUnsafeBufferPointer { events in
            bytes.withUnsafeBufferPointer { bytes in body(Value(events: events, bytes: bytes, index: 0)) }
        }
    }

    /// One recorded value, read in place: what ``TreeDecoder/decodeNode(id:at:_:)`` reads of a
    /// body, as it reads a ``YAMLNode``.
    struct Value: YAMLValue {
        fileprivate let events: UnsafeBufferPointer<Event>
        fileprivate let bytes: UnsafeBufferPointer<UInt8>
        fileprivate let index: Int

        private var event: Event { events[index] }

        var location: SourceLocation { event.start }

        var span: SourceRange { SourceRange(start: event.start, end: event.end) }

        var textSpan: SourceRange { event.quoted ? span.insideQuotes : span }

        var scalar: String? {
            let event = event
            guard event.kind == .scalar else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[event.textStart..<event.textStart + event.count]), as: UTF8.self)
        }

        var mapping: Pairs? { event.kind == .mapping ? Pairs(of: self) : nil }

        var sequence: Items? { event.kind == .sequence ? Items(of: self) : nil }

        var kindDescription: String {
            switch event.kind {
            case .scalar: "text"
            case .sequence: "a list"
            case .mapping: "a mapping"
            }
        }

        private func value(at index: Int) -> Value { Value(events: events, bytes: bytes, index: index) }

        /// A mapping's pairs: its items taken two at a time, key then value.
        struct Pairs: Collection {
            fileprivate let items: Items

            fileprivate init(of mapping: Value) { items = Items(of: mapping) }

            var startIndex: Int { items.startIndex }
            var endIndex: Int { items.endIndex }
            var count: Int { items.count / 2 }

            func index(after index: Int) -> Int { items.index(after: items.index(after: index)) }

            subscript(index: Int) -> (key: Value, value: Value) {
                (items[index], items[items.index(after: index)])
            }
        }

        /// A list's items (or a mapping's keys and values, one after another).
        struct Items: Collection {
            fileprivate let collection: Value
            let startIndex: Int
            let endIndex: Int
            let count: Int

            fileprivate init(of collection: Value) {
                self.collection = collection
                let event = collection.event
                startIndex = collection.index + 1
                endIndex = event.next
                count = event.count
            }

            func index(after index: Int) -> Int { collection.events[index].next }

            subscript(index: Int) -> Value { collection.value(at: index) }
        }
    }
}
