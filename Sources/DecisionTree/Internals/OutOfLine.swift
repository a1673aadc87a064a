// Internals/: fields most values lack, kept out of line in one shared box (a tree node's notes,
// a draft node's occasional fields, a draft answer's label and range). No public API.

/// A group of fields that most values leave empty.
package protocol OutOfLineFields {
    /// The group with every field empty.
    init()
    /// Whether every field is empty (then no box is kept at all).
    var isEmpty: Bool { get }
}

/// Fields most values lack, held out of line: one pointer in the value, `nil` when every field
/// is empty, and one box shared between copies until one of them writes (copy on write), so a
/// large tree holds a pointer per node for them rather than their whole size.
package struct OutOfLine<Fields: OutOfLineFields> {
    /// The box; changed only while no other value shares it.
    private final class Box {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box?

    /// No fields set.
    package init() {}

    /// One field, read in the box (`nil` when there is none).
    package func get<Value>(_ field: KeyPath<Fields, Value?>) -> Value? { box?.fields[keyPath: field] ?? nil }

    /// Sets one field, in place when no other value shares the box; setting a field empty
    /// where there is no box does nothing.
    package mutating func set<Value>(_ field: WritableKeyPath<Fields, Value?>, to value: Value?) {
        if value == nil, box == nil { return }
        modify { $0[keyPath: field] = value }
    }

    /// Changes the fields in place when no other value shares the box, else in a new box;
    /// keeps no box when they end up empty.
    package mutating func modify(_ change: (inout Fields) -> Void) {
        if isKnownUniquelyReferenced(&box), let box {
            change(&box.fields)
            if box.fields.isEmpty { self.box = nil }
            return
        }
        var fields = box?.fields ?? Fields()
        change(&fields)
        box = fields.isEmpty ? nil : Box(fields)
    }

    /// The fields; empty ones read as `Fields()`.
    package var fields: Fields {
        get { box?.fields ?? Fields() }
        set {
            if newValue.isEmpty {
                box = nil
            } else if isKnownUniquelyReferenced(&box), let box {
                box.fields = newValue
            } else {
                box = Box(newValue)
            }
        }
    }
}

// The box is written only while this value holds the one reference to it (as Array's storage),
// so values may cross concurrency domains whenever the fields themselves may.
extension OutOfLine: @unchecked Sendable where Fields: Sendable {}
