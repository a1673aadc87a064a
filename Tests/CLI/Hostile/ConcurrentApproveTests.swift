import DecisionTree
import Foundation
import TestSupport
import Testing

/// In-place editors serialise: 8 approvals at once keep 8 sign-offs, and 8 recordings at once
/// keep 8 cases (issue 25, fault 8: 2 or 3 of 8 survived).
@Suite struct ConcurrentApproveTests {
    /// Runs `count` dtree invocations at once; their results in order.
    private func atOnce(_ count: Int, _ arguments: @escaping @Sendable (Int) -> [String], stdin: String? = nil) -> [CLI.Result?] {
        let results = ResultBox(count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.set(index, try? CLI.run(arguments(index), stdin: stdin, timeout: 60))
        }
        return results.values
    }

    @Test func eightApprovalsAtOnceKeepEightSignOffs() throws {
        for _ in 0..<2 {
            let scratch = try ScratchFolder()
            defer { scratch.cleanup() }
            let path = try scratch.write("referral.yaml", try ReviewFixtures.referralText())
            let results = atOnce(8) { ["approve", path, "--by", "Reviewer \($0)", "--role", "neurologist", "--date", "2026-12-01"] }
            for result in results { #expect(result?.status == 0, "\(result?.stderr ?? "no result")") }
            let tree = try #require(try TreeLoader.load(contentsOf: path).tree)
            #expect(Set(tree.review.map(\.by)) == Set((0..<8).map { "Reviewer \($0)" }))
        }
    }

    @Test func eightRecordingsAtOnceKeepEightCases() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let treePath = try scratch.write("back-numbness.yaml", try String(contentsOfFile: Fixtures.engineTreePath, encoding: .utf8))
        let tests = scratch.url.appendingPathComponent("back-numbness.tests.yaml").path
        let results = atOnce(8, { _ in ["run", treePath, "--record", tests] }, stdin: "none\nyes\nno\novaries\n")
        for result in results { #expect(result?.status == 0, "\(result?.stderr ?? "no result")") }
        let test = try CLI.run(["test", tests])
        #expect(test.stdout.hasSuffix("8 passed, 0 failed\n"), "\(test.stdout)")
    }
}

/// Results filled in by concurrent workers.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [CLI.Result?]
    init(_ count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: CLI.Result?) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }
    var values: [CLI.Result?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
