@testable import DecisionTree
import Testing

/// `OutOfLine` (Internals/OutOfLine): copies share a box until one writes, and empty fields
/// keep no box.
@Suite struct OutOfLineTests {
    struct Pair: OutOfLineFields, Equatable {
        var first: String?
        var second = 0
        var isEmpty: Bool { first == nil && second == 0 }
    }

    @Test func aCopyIsUnchangedByWritesToTheOriginal() {
        var original = OutOfLine<Pair>()
        #expect(original.fields == Pair())
        original.fields.first = "one"
        let copy = original
        original.fields.second = 2
        original.fields.first = "changed"
        #expect(copy.fields == Pair(first: "one", second: 0))
        #expect(original.fields == Pair(first: "changed", second: 2))
        var emptied = copy
        emptied.fields = Pair()
        #expect(emptied.fields.isEmpty)
        #expect(copy.fields.first == "one")
    }

    @Test func itHoldsOnePointer() {
        #expect(MemoryLayout<OutOfLine<Pair>>.size == MemoryLayout<Int>.size)
    }
}
