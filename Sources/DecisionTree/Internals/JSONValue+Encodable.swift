// Internals/: an Encodable value as a JSONValue, so report types that are Encodable (a public
// promise) are written by the one JSON writer. Keys keep the order `encode(to:)` writes them.

extension JSONValue {
    /// `value` as a JSON value, as its `encode(to:)` describes it; `nil` optionals written with
    /// `encodeIfPresent` (as synthesized conformances do) are left out.
    ///
    /// - Throws: `EncodingError` for a number that is not finite, as Foundation's encoder does.
    package init(encoding value: some Encodable) throws {
        let encoder = ValueEncoder(codingPath: [])
        try value.encode(to: encoder)
        self = encoder.slot.value ?? .object([])
    }
}

/// A slot a value is encoded into; containers share slots so later writes reach the parent.
private final class Box {
    enum Content { case empty, value(JSONValue), array([Box]), object([(String, Box)]) }
    var content: Content = .empty

    var value: JSONValue? {
        switch content {
        case .empty: nil
        case .value(let value): value
        case .array(let items): .array(items.map { $0.value ?? .object([]) })
        case .object(let fields): .object(fields.map { ($0.0, $0.1.value ?? .object([])) })
        }
    }
}

private struct ValueEncoder: Encoder {
    /// Where the encoded value goes.
    let slot: Box
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(codingPath: [any CodingKey], box: Box = Box()) {
        self.codingPath = codingPath
        self.slot = box
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = slot.content {} else { slot.content = .object([]) }
        return KeyedEncodingContainer(KeyedContainer<Key>(box: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = slot.content {} else { slot.content = .array([]) }
        return UnkeyedContainer(box: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(box: slot, codingPath: codingPath) }
}

/// Encodes one value into `box`: a scalar directly, anything else through its `encode(to:)`.
private func encode(_ value: some Encodable, into box: Box, codingPath: [any CodingKey]) throws {
    switch value {
    case let text as String: box.content = .value(.string(text))
    case let flag as Bool: box.content = .value(.bool(flag))
    case let number as Int: box.content = .value(.integer(number))
    case let number as any BinaryInteger:
        guard let exact = Int(exactly: number) else {
            throw EncodingError.invalidValue(number, .init(codingPath: codingPath, debugDescription: "\(number) does not fit an Int"))
        }
        box.content = .value(.integer(exact))
    case let number as Float: try encode(Double(number), into: box, codingPath: codingPath)
    case let number as Double:
        guard number.isFinite else {
            throw EncodingError.invalidValue(number, .init(codingPath: codingPath, debugDescription: "\(number) is not a JSON number"))
        }
        box.content = .value(.number(number))
    default:
        try value.encode(to: ValueEncoder(codingPath: codingPath, box: box))
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: Box
    var codingPath: [any CodingKey]

    private func slot(for key: Key) -> Box {
        let child = Box()
        if case .object(var fields) = box.content {
            fields.removeAll { $0.0 == key.stringValue }
            fields.append((key.stringValue, child))
            box.content = .object(fields)
        }
        return child
    }

    mutating func encodeNil(forKey key: Key) throws { slot(for: key).content = .value(.null) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try DecisionTree.encode(value, into: slot(for: key), codingPath: codingPath + [key])
    }
    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = slot(for: key)
        child.content = .object([])
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: child, codingPath: codingPath + [key]))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = slot(for: key)
        child.content = .array([])
        return UnkeyedContainer(box: child, codingPath: codingPath + [key])
    }
    mutating func superEncoder() -> any Encoder { ValueEncoder(codingPath: codingPath, box: slot(for: Key(stringValue: "super")!)) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { ValueEncoder(codingPath: codingPath + [key], box: slot(for: key)) }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let box: Box
    var codingPath: [any CodingKey]
    var count: Int {
        if case .array(let items) = box.content { return items.count }
        return 0
    }

    private func slot() -> Box {
        let child = Box()
        if case .array(var items) = box.content {
            items.append(child)
            box.content = .array(items)
        }
        return child
    }

    mutating func encodeNil() throws { slot().content = .value(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try DecisionTree.encode(value, into: slot(), codingPath: codingPath)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = slot()
        child.content = .object([])
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: child, codingPath: codingPath))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = slot()
        child.content = .array([])
        return UnkeyedContainer(box: child, codingPath: codingPath)
    }
    mutating func superEncoder() -> any Encoder { ValueEncoder(codingPath: codingPath, box: slot()) }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let box: Box
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { box.content = .value(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try DecisionTree.encode(value, into: box, codingPath: codingPath)
    }
}
