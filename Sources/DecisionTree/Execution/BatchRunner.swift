// Execution/: streaming JSON Lines batches through the evaluator.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a batch run found: how many cases reached each outcome, and which lines failed.
public struct BatchSummary: Sendable {
    /// A failed line and why.
    public struct Failure: Hashable, Sendable {
        /// The 1-based line number in the input.
        public let line: Int
        /// Why the line failed.
        public let error: BatchError
    }

    /// How many failures ``failures`` keeps; later ones are only counted.
    public static let keptFailures = 20

    /// The number of cases run (non-blank lines).
    public internal(set) var cases = 0
    /// For each node index, how many cases ended there.
    public internal(set) var outcomes: [Int]
    /// The number of cases that failed.
    public internal(set) var errors = 0
    /// The first ``keptFailures`` failures, in input order.
    public internal(set) var failures: [Failure] = []

    init(nodeCount: Int) { outcomes = Array(repeating: 0, count: nodeCount) }

    mutating func fail(line: Int, _ error: BatchError) {
        errors += 1
        if failures.count < Self.keptFailures { failures.append(Failure(line: line, error: error)) }
    }
}

/// Runs a stream of cases, one JSON object per line, writing one JSON line per case.
///
/// For each non-blank line N it writes `{"case":N,"outcome":ID,"refer"?,"urgency"?}` or
/// `{"case":N,"error":"…"}`; case numbers are line numbers. `urgency` is there only when the
/// tree states it (never "routine" for an unstated one). A case whose path passes refer steps
/// on the way (`next`) also gets `"referrals":[{"node","refer","urgency"?,"advice"?}]`: every
/// referral on its path in order, the outcome's own last. Input is read in chunks and output
/// written in chunks, so memory stays bounded by the chunk size and ``maximumLineLength``
/// whatever the size of the input. A bad line fails alone; the others go on.
public struct BatchRunner: Sendable {
    /// The evaluator every case goes through.
    public let evaluator: Evaluator
    /// The longest line accepted, in bytes; longer lines fail with ``BatchError/lineTooLong(limit:)``.
    public var maximumLineLength = 1 << 20
    /// How many bytes to read at a time.
    public var chunkSize = 1 << 16
    /// How many output bytes to gather before writing them.
    public var outputChunkSize = 1 << 16

    private let reader: BatchLineReader
    private let outcomeSuffix: [[UInt8]]
    /// Each node's `{"node","refer",…}` entry of a `referrals` list (used for refer nodes only).
    private let referralJSON: [[UInt8]]
    /// Whether some refer step has `next`, so a path can pass referrals on the way.
    private let passesReferrals: Bool

    /// Prepares a run of `tree` from its start, or from the node with id `from`.
    public init(tree: Tree, from id: String? = nil) throws(AnswerError) {
        evaluator = try Evaluator(tree: tree, from: id)
        reader = BatchLineReader(tree: tree)
        outcomeSuffix = tree.nodes.map { node in
            var bytes = Array(",\"outcome\":".utf8)
            JSONText.appendQuoted(node.id, to: &bytes)
            if let referral = node.referral {
                bytes.append(contentsOf: Array(",\"refer\":".utf8))
                JSONText.appendQuoted(referral.specialist, to: &bytes)
                if referral.urgencyStated {
                    bytes.append(contentsOf: Array(",\"urgency\":".utf8))
                    JSONText.appendQuoted(referral.urgency.rawValue, to: &bytes)
                }
            }
            bytes.append(contentsOf: Array("}\n".utf8))
            return bytes
        }
        referralJSON = tree.nodes.indices.map { Array(Trace.referral(at: $0, in: tree).text(.compact).utf8) }
        passesReferrals = tree.nodes.contains { $0.transition == .pass }
    }

    /// Runs one case given as a line of JSON (no newline).
    public func run(line: UnsafeBufferPointer<UInt8>) -> Result<Int, BatchError> {
        var answers = Answers(nodeCount: evaluator.tree.nodes.count)
        return run(line: line, scratch: &answers)
    }

    /// Runs one case given as a line of JSON text.
    public func run(line: String) -> Result<Int, BatchError> {
        var text = line
        return text.withUTF8 { run(line: $0) }
    }

    private func run(line: UnsafeBufferPointer<UInt8>, scratch answers: inout Answers) -> Result<Int, BatchError> {
        var passed: [Int]? = nil
        var reader = reader
        return run(line: line, reader: &reader, scratch: &answers, passing: &passed)
    }

    /// Runs one case with `reader`, which remembers the answers it has parsed across cases.
    private func run(
        line: UnsafeBufferPointer<UInt8>, reader: inout BatchLineReader, scratch answers: inout Answers,
        passing passed: inout [Int]?
    ) -> Result<Int, BatchError> {
        do throws(BatchError) {
            try reader.read(line, into: &answers)
        } catch {
            return .failure(error)
        }
        let nodes = evaluator.tree.nodes
        switch evaluator.evaluate(answers, passing: &passed) {
        case .outcome(let node): return .success(node)
        case .stopped(let node): return .failure(.noAnswer(node: nodes[node].id))
        }
    }

    /// Reads every line through `read`, which fills the buffer it is given and returns the
    /// number of bytes put there (0 at the end), and hands output bytes to `write` in chunks.
    public func run(
        read: (UnsafeMutableBufferPointer<UInt8>) throws -> Int,
        write: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws -> BatchSummary {
        // The state lives in one struct changed through its mutating methods, not in variables
        // captured by nested functions: those were checked for exclusive access at run time on
        // every use (a sixth of a batch's instructions).
        var state = BatchRun(runner: self)
        let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(chunkSize, 1))
        defer { chunk.deallocate() }
        let buffer = UnsafeBufferPointer(chunk)
        while true {
            let count = try read(chunk)
            if count <= 0 { break }
            var start = 0
            while start < count {
                guard let newline = Self.newline(in: buffer, from: start, to: count) else {
                    state.keep(UnsafeBufferPointer(rebasing: buffer[start..<count]))
                    break
                }
                try state.end(UnsafeBufferPointer(rebasing: buffer[start..<newline]), write: write)
                start = newline + 1
            }
        }
        try state.finish(write: write)
        return state.summary
    }

    /// One run's state: what it has counted and written so far, and the part of a line read
    /// before the end of a chunk.
    private struct BatchRun {
        let runner: BatchRunner
        var summary: BatchSummary
        var output: [UInt8] = []
        var answers: Answers
        var lineNumber = 0
        /// `{"case":` and `lineNumber` in decimal ASCII digits, counted up with it (no division
        /// per case), which every output line starts with.
        var caseHead: [UInt8] = Array(#"{"case":0"#.utf8)
        /// Where the digits start in `caseHead`.
        static let digitsStart = 8
        var passed: [Int]?
        var reader: BatchLineReader
        var carry: [UInt8] = []
        var skipping = false

        init(runner: BatchRunner) {
            self.runner = runner
            let count = runner.evaluator.tree.nodes.count
            summary = BatchSummary(nodeCount: count)
            output.reserveCapacity(runner.outputChunkSize + 4096)
            answers = Answers(nodeCount: count)
            passed = runner.passesReferrals ? [] : nil
            reader = runner.reader
        }

        /// Counts one more line.
        mutating func nextLine() {
            lineNumber += 1
            var index = caseHead.count - 1
            while index >= Self.digitsStart {
                if caseHead[index] < UInt8(ascii: "9") {
                    caseHead[index] += 1
                    return
                }
                caseHead[index] = UInt8(ascii: "0")
                index -= 1
            }
            caseHead.insert(UInt8(ascii: "1"), at: Self.digitsStart)
        }

        /// Keeps the start of a line that goes on in the next chunk.
        mutating func keep(_ piece: UnsafeBufferPointer<UInt8>) {
            if skipping { return }
            if carry.count + piece.count > runner.maximumLineLength {
                skipping = true
                carry.removeAll(keepingCapacity: true)
            } else {
                carry.append(contentsOf: piece)
            }
        }

        /// Ends a line whose last part (up to its newline) is `piece`.
        mutating func end(_ piece: UnsafeBufferPointer<UInt8>, write: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
            if skipping || carry.count + piece.count > runner.maximumLineLength {
                nextLine()
                summary.cases += 1
                record(.failure(.lineTooLong(limit: runner.maximumLineLength)))
                skipping = false
                carry.removeAll(keepingCapacity: true)
            } else if carry.isEmpty {
                try handle(piece, write: write)
            } else {
                carry.append(contentsOf: piece)
                let line = carry
                try line.withUnsafeBufferPointer { try handle($0, write: write) }
                carry.removeAll(keepingCapacity: true)
            }
        }

        /// Ends the input: a last line without a newline, then the output left.
        mutating func finish(write: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
            if skipping {
                nextLine()
                summary.cases += 1
                record(.failure(.lineTooLong(limit: runner.maximumLineLength)))
            } else if !carry.isEmpty {
                let line = carry
                try line.withUnsafeBufferPointer { try handle($0, write: write) }
            }
            try flush(write: write)
        }

        mutating func handle(_ line: UnsafeBufferPointer<UInt8>, write: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
            nextLine()
            var end = line.count
            while end > 0, line[end - 1] == 0x0D || line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
            if end == 0 { return }
            summary.cases += 1
            if !answers.isEmpty { answers.removeAll() }
            if passed != nil { passed?.removeAll(keepingCapacity: true) }
            let result = runner.run(
                line: UnsafeBufferPointer(rebasing: line[0..<end]), reader: &reader, scratch: &answers, passing: &passed)
            record(result)
            if output.count >= runner.outputChunkSize { try flush(write: write) }
        }

        mutating func record(_ result: Result<Int, BatchError>) {
            output.append(contentsOf: caseHead)
            switch result {
            case .success(let node):
                summary.outcomes[node] += 1
                if let passed, !passed.isEmpty {
                    output.append(contentsOf: Array(",\"referrals\":[".utf8))
                    for index in passed {
                        output.append(contentsOf: runner.referralJSON[index])
                        output.append(0x2C)
                    }
                    if runner.evaluator.tree.nodes[node].referral != nil {
                        output.append(contentsOf: runner.referralJSON[node])
                    } else {
                        output.removeLast()
                    }
                    output.append(0x5D)
                }
                output.append(contentsOf: runner.outcomeSuffix[node])
            case .failure(let error):
                summary.fail(line: lineNumber, error)
                output.append(contentsOf: Array(",\"error\":".utf8))
                JSONText.appendQuoted(error.description, to: &output)
                output.append(contentsOf: [0x7D, 0x0A])
            }
        }

        mutating func flush(write: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
            try output.withUnsafeBufferPointer { try write($0) }
            output.removeAll(keepingCapacity: true)
        }
    }

    /// The index of the first newline in `buffer[start..<end]`, found with `memchr`.
    private static func newline(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard start < end, let base = buffer.baseAddress, let found = memchr(base + start, 0x0A, end - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
}
