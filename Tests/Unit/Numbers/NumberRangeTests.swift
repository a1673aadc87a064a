import DecisionTree
import TestSupport
import Testing

/// Number nodes: the exact decimal type, the range syntax and its diagnostics (each at a ‸
/// marker), and the proof that the ranges take every allowed value exactly once.
@Suite struct NumberRangeTests {
    func expectDiagnostics(
        _ marked: String, _ expected: [Rule], message: String? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let (text, at) = markers(marked)
        let diagnostics = load(text).diagnostics
        let got = diagnostics.map { "\($0.rule.rawValue)@\($0.location)" }
        let want = zip(expected, at).map { "\($0.rawValue)@\($1)" }
        #expect(at.count == expected.count, sourceLocation: sourceLocation)
        #expect(got == want, "\(diagnostics.map(\.summary))", sourceLocation: sourceLocation)
        if let message {
            #expect(
                diagnostics.contains { $0.message.contains(message) }, "no message contains '\(message)': \(diagnostics.map(\.message))",
                sourceLocation: sourceLocation)
        }
    }

    /// A tree whose start node `age` is a number node with `keys` and `ranges`, each leading to `x`.
    static func tree(_ keys: String, ranges: [String]) -> String {
        "tree: t\ntitle: T\nstart: age\nnodes:\n  age:\n    number: How old?\n" + keys + "    ranges:\n"
            + ranges.map { "      \($0): x\n" }.joined() + "  x: {outcome: X}\n"
    }

    static let bounds = "    min: 0\n    max: 120\n"

    // MARK: Exact decimals

    @Test func decimalsParseAndCompareExactly() throws {
        let tenth = try #require(ExactDecimal("0.1")), fifth = try #require(ExactDecimal("0.2"))
        let threeTenths = try #require(ExactDecimal("0.3"))
        // Binary floating point says 0.1 + 0.2 != 0.3; the decimal type does not.
        #expect(0.1 + 0.2 != 0.3)
        #expect(tenth + fifth == threeTenths)
        #expect(!(tenth + fifth < threeTenths) && !(threeTenths < tenth + fifth))
        let boundary = try #require(ExactDecimal("37.5"))
        #expect(ExactDecimal("37.50") == boundary)
        #expect(try #require(ExactDecimal("37.49999999999999999")) < boundary)
        #expect(boundary < (try #require(ExactDecimal("37.50000000000000001"))))
        #expect(boundary.description == "37.5")
        #expect(ExactDecimal("-2.50")?.description == "-2.5")
        #expect(ExactDecimal("0.001")?.description == "0.001")
        #expect(ExactDecimal("1e2") == ExactDecimal(100))
        #expect(ExactDecimal("1.5E-1")?.description == "0.15")
        #expect(ExactDecimal("-0.5")! < ExactDecimal("0.25")!)
        #expect(ExactDecimal("-1.5")!.floor == ExactDecimal(-2))
        #expect(ExactDecimal("-1.5")!.ceiling == ExactDecimal(-1))
        #expect(ExactDecimal("17.2")!.ceiling == ExactDecimal(18))
        for bad in ["", "-", ".5", "5.", "1..2", "abc", "1 2", "12345678901234567890", "0.1234567890123456789"] {
            #expect(ExactDecimal(bad) == nil, "\(bad)")
        }
    }

    @Test func rangeSyntax() throws {
        func interval(_ text: String) throws -> NumberInterval { try NumberInterval.parse(text).get() }
        let fifty = ExactDecimal(50)
        #expect(try interval("< 50") == NumberInterval(lower: nil, lowerIncluded: false, upper: fifty, upperIncluded: false))
        #expect(try interval("<=50") == NumberInterval(lower: nil, lowerIncluded: false, upper: fifty, upperIncluded: true))
        #expect(try interval("> 50") == NumberInterval(lower: fifty, lowerIncluded: false, upper: nil, upperIncluded: false))
        #expect(try interval(">= 50") == NumberInterval(lower: fifty, lowerIncluded: true, upper: nil, upperIncluded: false))
        #expect(try interval("= 50") == NumberInterval(lower: fifty, lowerIncluded: true, upper: fifty, upperIncluded: true))
        #expect(
            try interval("18 ..< 50") == NumberInterval(lower: ExactDecimal(18), lowerIncluded: true, upper: fifty, upperIncluded: false))
        #expect(try interval("36.5 ... 37.5").contains(ExactDecimal("37.5")!))
        #expect(try !interval("36.5 ..< 37.5").contains(ExactDecimal("37.5")!))
        #expect(try interval("-5 ..< 0").contains(ExactDecimal(-5)))
        let suggestions: [(String, String?)] = [
            ("=< 17", "<= 17"), ("=> 18", ">= 18"), ("18 .. 50", "18 ..< 50"), ("18 to 50", "18 ... 50"), ("17", "= 17"),
            ("≥ 50", ">= 50"), ("< fifty", nil), ("50 ..< 18", nil),
        ]
        for (text, meant) in suggestions {
            guard case .failure(let error) = NumberInterval.parse(text) else {
                Issue.record("'\(text)' parsed")
                continue
            }
            #expect(error.suggestion == meant, "\(text): \(error.message)")
        }
    }

    // MARK: Diagnostics, each at its marker

    @Test func malformedRangesAreLocatedWithDidYouMean() {
        expectDiagnostics(
            Self.tree(Self.bounds, ranges: ["‸\"=< 17\"", "\"> 17\""]), [.malformedRange], message: "did you mean '<= 17'?")
        expectDiagnostics(
            Self.tree(Self.bounds, ranges: ["\"<= 17\"", "‸\"=> 18\""]), [.malformedRange], message: "did you mean '>= 18'?")
        expectDiagnostics(
            Self.tree(Self.bounds, ranges: ["\"< 18\"", "‸\"18 .. 50\"", "\">= 50\""]), [.malformedRange],
            message: "did you mean '18 ..< 50'?")
        expectDiagnostics(
            Self.tree(Self.bounds, ranges: ["\"< 18\"", "‸18 to 50", "\"> 50\""]), [.malformedRange],
            message: "did you mean '18 ... 50'?")
        expectDiagnostics(Self.tree(Self.bounds, ranges: ["‸\"< young\"", "\">= 0\""]), [.malformedRange], message: "not a number")
    }

    @Test func malformedRangeFixItReplacesTheRangeText() throws {
        let result = load(Self.tree(Self.bounds, ranges: ["\"=< 17\"", "\"> 17\""]))
        let fix = try #require(result.diagnostics.first?.fixIts.first)
        #expect(fix.replacement == "<= 17")
    }

    @Test func minAboveMax() {
        expectDiagnostics(Self.tree("    min: ‸10\n    max: 5\n", ranges: ["\">= 0\""]), [.minAboveMax], message: "min 10 above its max 5")
    }

    @Test func rangeOutsideBounds() {
        expectDiagnostics(
            Self.tree(Self.bounds, ranges: ["\"< 18\"", "‸\"18 ... 130\"", "‸\"> 130\""]),
            [.rangeOutsideBounds, .rangeOutsideBounds], message: "130, above max 120")
        // The second marker: `> 130` takes no allowed value.
        let (text, at) = markers(Self.tree(Self.bounds, ranges: ["\"<= 120\"", "‸\"> 130\""]))
        let diagnostics = load(text).diagnostics
        #expect(diagnostics.map(\.rule) == [.rangeOutsideBounds])
        #expect(diagnostics.first?.location == at[0])
        #expect(diagnostics.first?.message.contains("takes no allowed value") == true)
        // One-sided ranges may reach past a bound: `< 18` with min 0 is the usual way to write it.
        #expect(load(Self.tree(Self.bounds, ranges: ["\"< 18\"", "\">= 18\""])).diagnostics.isEmpty)
    }

    @Test func rangeGapNamesTheExactValues() {
        expectDiagnostics(
            Self.tree(Self.bounds, ranges: ["\"< 50\"", "‸\">= 55\""]), [.rangeGap],
            message: "no range for the values from 50 up to but not including 55")
        expectDiagnostics(
            Self.tree(Self.bounds, ranges: ["\"< 50\"", "‸\"> 55\""]), [.rangeGap], message: "from 50 to 55, both included")
        // Above the last range, up to max: reported at the last range.
        expectDiagnostics(
            Self.tree(Self.bounds, ranges: ["\"< 50\"", "‸\"50 ..< 100\""]), [.rangeGap], message: "from 100 to 120, both included")
        // Below the first range, from min.
        expectDiagnostics(Self.tree(Self.bounds, ranges: ["‸\">= 10\""]), [.rangeGap], message: "from 0 up to but not including 10")
        // A single value left out.
        expectDiagnostics(Self.tree(Self.bounds, ranges: ["\"< 50\"", "‸\"> 50\""]), [.rangeGap], message: "exactly 50")
    }

    @Test func gapsCountWholeNumbersOnlyWhenInteger() {
        let whole = Self.bounds + "    integer: true\n"
        // `<= 17` and `>= 18` leave no whole number out...
        #expect(load(Self.tree(whole, ranges: ["\"<= 17\"", "\">= 18\""])).diagnostics.isEmpty)
        // ...but leave out every decimal between 17 and 18.
        expectDiagnostics(
            Self.tree(Self.bounds, ranges: ["\"<= 17\"", "‸\">= 18\""]), [.rangeGap], message: "above 17 and below 18")
        expectDiagnostics(
            Self.tree(whole, ranges: ["\"<= 17\"", "‸\">= 20\""]), [.rangeGap], message: "the whole numbers from 18 to 19")
        expectDiagnostics(Self.tree(whole, ranges: ["\"<= 17\"", "‸\">= 19\""]), [.rangeGap], message: "no range for exactly 18")
        // A range that holds no whole number is reported, and no gap is made of it.
        expectDiagnostics(
            Self.tree(whole, ranges: ["\"< 17\"", "‸\"= 17.5\"", "\">= 17\""]), [.rangeOutsideBounds], message: "takes no whole number")
    }

    @Test func exactBoundariesLeaveNoGapAndNoOverlap() {
        #expect(load(Self.tree("", ranges: ["\"< 37.5\"", "\">= 37.5\""])).diagnostics.isEmpty)
        #expect(load(Self.tree("", ranges: ["\"<= 0.3\"", "\"> 0.3\""])).diagnostics.isEmpty)
        #expect(load(Self.tree("", ranges: ["\"< 0.1\"", "\"0.1 ..< 0.3\"", "\"= 0.3\"", "\"> 0.30\""])).diagnostics.isEmpty)
        expectDiagnostics(Self.tree("", ranges: ["\"< 37.5\"", "‸\"> 37.50\""]), [.rangeGap], message: "exactly 37.5")
        expectDiagnostics(
            Self.tree("", ranges: ["\"<= 37.5\"", "‸\">= 37.5\""]), [.rangeOverlap], message: "both take exactly 37.5")
    }

    @Test func rangeOverlapNamesBothRangesAndTheSharedValues() {
        expectDiagnostics(
            Self.tree(Self.bounds + "    unit: years\n", ranges: ["\"< 18\"", "‸\"15 ..< 50\"", "\">= 50\""]), [.rangeOverlap],
            message: "ranges '< 18' and '15 ..< 50' of number 'age' both take the values from 15 up to but not including 18 years")
        expectDiagnostics(
            Self.tree(Self.bounds + "    integer: true\n", ranges: ["\"<= 18\"", "‸\"18 ..< 50\"", "\">= 50\""]), [.rangeOverlap],
            message: "both take exactly 18")
    }

    @Test func unboundedNodesMustCoverEveryNumber() {
        #expect(load(Self.tree("", ranges: ["\"< 0\"", "\">= 0\""])).diagnostics.isEmpty)
        expectDiagnostics(Self.tree("", ranges: ["‸\">= 0\""]), [.rangeGap], message: "below 0")
        expectDiagnostics(Self.tree("", ranges: ["‸\"< 0\""]), [.rangeGap], message: "from 0 up")
    }

    @Test func theTransitionPicksTheRangeAValueFallsIn() throws {
        let tree = try #require(
            load(
                "tree: t\ntitle: T\nstart: age\nnodes:\n  age:\n    number: How old?\n    unit: years\n    min: 0\n    max: 120\n    integer: true\n    ranges:\n      \"< 18\": a\n      \"18 ..< 50\": b\n      \">= 50\": c\n  a: {outcome: A}\n  b: {outcome: B}\n  c: {outcome: C}\n"
            ).tree)
        let node = tree.nodes[tree.start]
        let cases: [(String, Int?)] = [
            ("0", 0), ("17", 0), ("18", 1), ("49", 1), ("50", 2), ("120", 2), ("121", nil), ("-1", nil), ("17.5", nil),
        ]
        for (value, edge) in cases {
            #expect(node.edge(for: .number(ExactDecimal(value)!)) == edge, "\(value)")
        }
        #expect(node.edge(for: .choice(1)) == 1)
        #expect(node.readableLabel(ofEdge: 2) == "≥ 50 years")
        #expect(node.readableLabel(ofEdge: 1) == "18 to under 50 years")
        #expect(try Answer.parse("63 years", for: node) == .number(ExactDecimal(63)))
        #expect(try Answer.parse("63", for: node) == .number(ExactDecimal(63)))
        #expect(try Answer.parse(">= 50", for: node) == .choice(2))
        for refused in ["121", "17.5", "abc", "63 weeks"] {
            #expect(throws: AnswerError.self, "\(refused)") { try Answer.parse(refused, for: node) }
        }
        do {
            _ = try Answer.parse("130", for: node)
        } catch {
            #expect(error.description.contains("a whole number from 0 to 120 (years)"))
        }
    }
}
