import DecisionTree
import TestSupport
import Testing

@Suite struct BatchRunnerTests {
    /// Runs `input` through a runner reading `chunk` bytes at a time; returns output and summary.
    func run(_ input: String, chunk: Int = 1 << 16, maximumLine: Int = 1 << 20, from: String? = nil) throws -> (String, BatchSummary) {
        var runner = try BatchRunner(tree: try Fixtures.engineTree(), from: from)
        runner.chunkSize = chunk
        runner.maximumLineLength = maximumLine
        runner.outputChunkSize = 64
        let bytes = Array(input.utf8)
        var offset = 0
        var output: [UInt8] = []
        var writes = 0
        let summary = try runner.run(
            read: { buffer in
                let count = min(buffer.count, bytes.count - offset)
                for index in 0..<count { buffer[index] = bytes[offset + index] }
                offset += count
                return count
            },
            write: {
                output.append(contentsOf: $0); writes += 1
            }
        )
        #expect(writes >= 1)
        return (String(decoding: output, as: UTF8.self), summary)
    }

    static let input = """
        {"red_flags": "none", "recurring": "no"}
        {"red_flags": [3, "Active urination"]}

        {"red_flags": [], "recurring": 1, "injury": "NO", "therapist_finding": "ovaries"}
        {"red_flags": 0, "recurring": "yes"}
        not json
        {"red_flags": "0", "recurring": "sometimes"}\r
        {"red_flags": "none", "recurring": "yes", "injury": "yes"}
        """

    static let expected = """
        {"case":1,"outcome":"self_care"}
        {"case":2,"outcome":"neurologist_now","refer":"neurologist","urgency":"urgent"}
        {"case":4,"referrals":[{"node":"therapist","refer":"therapist","advice":"See a therapist first. The therapist studies the symptoms and refers you on to a narrower specialist by the cause."},{"node":"gynecologist","refer":"gynecologist","advice":"The therapist refers you to a gynecologist for an ovarian cause."}],"outcome":"gynecologist","refer":"gynecologist"}
        {"case":5,"error":"stopped at injury: no answer"}
        {"case":6,"error":"invalid JSON at column 1: expected '{' to open the case"}
        {"case":7,"error":"'sometimes' is not an answer to 'recurring'; valid: yes, no"}
        {"case":8,"outcome":"trauma","refer":"traumatologist"}

        """

    /// The reader remembers the text answers it has parsed (issue 24 item 5): a batch whose
    /// cases repeat answers, once with different case, once twice in a case, once unknown, gives
    /// for every line what the line gives run on its own.
    @Test func rememberedAnswersGiveWhatEachLineGivesAlone() throws {
        let lines = Self.input.replacingOccurrences(of: "\r", with: "").components(separatedBy: "\n").filter { !$0.isEmpty }
        let twice = #"{"red_flags": "none", "recurring": "no", "recurring": "no"}"#
        let repeated = lines + lines.reversed() + [twice] + lines.map { $0.uppercased() } + lines + [twice]
        let (output, summary) = try run(repeated.joined(separator: "\n") + "\n")
        let runner = try BatchRunner(tree: try Fixtures.engineTree())
        let alone = repeated.map { line -> String in
            switch runner.run(line: line) {
            case .success(let node): "ok \(node)"
            case .failure(let error): "error \(error)"
            }
        }
        #expect(summary.cases == repeated.count)
        #expect(summary.errors == alone.filter { $0.hasPrefix("error") }.count)
        let outputLines = output.split(separator: "\n")
        #expect(outputLines.count == repeated.count)
        // An answer given twice is refused however it was parsed, the second time from memory.
        for (number, line) in outputLines.enumerated() where repeated[number] == twice {
            #expect(line.contains("\"error\"") && line.contains("recurring"), "line \(number + 1): \(line)")
        }
        for (number, (line, single)) in zip(outputLines, alone).enumerated() {
            #expect(line.contains("\"error\"") == single.hasPrefix("error"), "line \(number + 1): \(line) / \(single)")
        }
    }

    @Test func writesOneLinePerCaseAndCountsOutcomes() throws {
        let (output, summary) = try run(Self.input)
        #expect(output == Self.expected)
        #expect(summary.cases == 7)
        #expect(summary.errors == 3)
        #expect(summary.failures.map(\.line) == [5, 6, 7])
        let tree = try Fixtures.engineTree()
        let counts = Dictionary(
            uniqueKeysWithValues: summary.outcomes.enumerated().filter { $0.element > 0 }.map { (tree.nodes[$0.offset].id, $0.element) })
        #expect(counts == ["self_care": 1, "neurologist_now": 1, "gynecologist": 1, "trauma": 1])
    }

    @Test(arguments: [1, 2, 3, 7, 13, 64])
    func linesSplitAcrossReadsGiveTheSameOutput(chunk: Int) throws {
        let (output, _) = try run(Self.input, chunk: chunk)
        #expect(output == Self.expected)
    }

    @Test(arguments: [1, 5, 4096])
    func aLineTooLongFailsAloneAndTheRestGoOn(chunk: Int) throws {
        let long = "{\"red_flags\": \"" + String(repeating: "x", count: 300) + "\"}"
        let (output, summary) = try run("\(long)\n{\"red_flags\": 3}\n\(long)", chunk: chunk, maximumLine: 100)
        #expect(
            output == """
                {"case":1,"error":"line longer than 100 bytes"}
                {"case":2,"outcome":"neurologist_now","refer":"neurologist","urgency":"urgent"}
                {"case":3,"error":"line longer than 100 bytes"}

                """)
        #expect(summary.errors == 2)
    }

    @Test func startsFromAnotherNode() throws {
        let (output, _) = try run(#"{"therapist_finding": "nerves or spine"}"#, from: "therapist")
        #expect(
            output
                == #"{"case":1,"referrals":[{"node":"therapist","refer":"therapist","advice":"See a therapist first. The therapist studies the symptoms and refers you on to a narrower specialist by the cause."},{"node":"neurologist","refer":"neurologist","advice":"The therapist refers you to a neurologist for a nerve or spine cause."}],"outcome":"neurologist","refer":"neurologist"}"#
                + "\n")
    }

    @Test func emptyInputRunsNoCases() throws {
        let (output, summary) = try run("")
        #expect(output.isEmpty && summary.cases == 0 && summary.errors == 0)
    }

    @Test func keepsOnlyTheFirstFailuresButCountsAll() throws {
        let input = String(repeating: "[]\n", count: BatchSummary.keptFailures + 5)
        let (_, summary) = try run(input)
        #expect(summary.errors == BatchSummary.keptFailures + 5)
        #expect(summary.failures.count == BatchSummary.keptFailures)
    }
}
