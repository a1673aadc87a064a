// Benchmarks/APIThroughput: throughput of the library API behind `dtree run` on the engine's
// frozen test tree (Tests/Fixtures/engine/back-numbness.yaml). Not a test: it prints figures
// and asserts no timing. Run it in release through Benchmarks/run/api-bench.sh.
import DecisionTree
import Foundation
import TestSupport

/// Every combination of answers the engine tree's evaluator tests walk.
let combinations = Fixtures.engineAnswerCombinations

/// The engine tree (Tests/Fixtures/engine/back-numbness.yaml).
func engineTree() throws -> Tree { try Fixtures.engineTree() }

enum BenchError: Error { case empty }

struct ThroughputBench {
    /// Distinct pre-parsed cases covering every outcome, cycled through.
    static func sheets(_ tree: Tree) throws -> [Answers] {
        var sheets: [Answers] = []
        for answers in combinations {
            let sheet = try Answers(assignments: answers.map { "\($0.key)=\($0.value)" }, in: tree)
            if case .outcome = try Evaluator(tree: tree).evaluate(sheet) { sheets.append(sheet) }
        }
        return sheets
    }

    static func measure(_ label: String, cases: Int, _ body: () throws -> Int) rethrows {
        let clock = ContinuousClock()
        var best = Duration.seconds(1_000)
        var check = 0
        for _ in 0..<5 {
            let start = clock.now
            check &+= try body()
            best = min(best, clock.now - start)
        }
        let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
        let rate = Double(cases) / seconds
        print(
            "BENCH \(label): \(cases) cases in \(String(format: "%.4f", seconds)) s (best of 5) = \(String(format: "%.0f", rate)) cases/s [check \(check)]"
        )
    }

    func evaluatorWithPreParsedAnswers() throws {
        let tree = try engineTree()
        let evaluator = try Evaluator(tree: tree)
        let distinct = try Self.sheets(tree)
        let count = 1_000_000
        let cases = (0..<count).map { distinct[($0 &* 7919) % distinct.count] }
        guard !cases.isEmpty else { throw BenchError.empty }
        Self.measure("Evaluator.evaluate, pre-parsed Answers", cases: count) {
            var total = 0
            for sheet in cases {
                if case .outcome(let node) = evaluator.evaluate(sheet) { total &+= node }
            }
            return total
        }
    }

    func walkWithPreParsedAnswers() throws {
        let tree = try engineTree()
        let distinct = try Self.sheets(tree)
        let count = 1_000_000
        let start = try Walk(tree: tree)
        try Self.measure("Walk.take (keeps the path), pre-parsed answers", cases: count) {
            var total = 0
            for index in 0..<count {
                let sheet = distinct[(index &* 7919) % distinct.count]
                var walk = start
                while !walk.isFinished, let answer = sheet[walk.current] { try walk.take(answer) }
                total &+= walk.current
            }
            return total
        }
    }

    func batchRunnerFromJSONLines() throws {
        let tree = try engineTree()
        let runner = try BatchRunner(tree: tree)
        let lines = [
            #"{"red_flags":[],"recurring":"no"}"#, #"{"red_flags":"none","recurring":"YES","injury":"yes"}"#,
            #"{"red_flags":[3,5]}"#, #"{"red_flags":0,"recurring":1,"injury":2,"therapist_finding":"ovaries"}"#,
            #"{"red_flags":"0","recurring":"yes","injury":"NO","therapist_finding":4}"#,
        ]
        let count = 1_000_000
        var input: [UInt8] = []
        for index in 0..<count { input += Array((lines[index % lines.count] + "\n").utf8) }
        try Self.measure("BatchRunner.run, JSON Lines in memory (parse + evaluate + write)", cases: count) {
            var offset = 0
            var written = 0
            let summary = try runner.run(
                read: { buffer in
                    let n = min(buffer.count, input.count - offset)
                    input.withUnsafeBufferPointer { source in
                        for i in 0..<n { buffer[i] = source[offset + i] }
                    }
                    offset += n
                    return n
                },
                write: { written &+= $0.count }
            )
            return summary.cases - summary.errors + written
        }
    }
}

let bench = ThroughputBench()
try bench.evaluatorWithPreParsedAnswers()
try bench.walkWithPreParsedAnswers()
try bench.batchRunnerFromJSONLines()
