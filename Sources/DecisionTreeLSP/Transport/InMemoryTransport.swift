// Transport/: messages handed between a server and a client in the same process, for tests.

import DecisionTree
import Foundation

/// A transport in memory: the client posts message bodies and reads what the server sent.
/// Thread-safe, so that the server can run on its own thread while a test plays the client.
package final class InMemoryTransport: MessageTransport, @unchecked Sendable {
    private let condition = NSCondition()
    private var inbox: [Data] = []
    private var outbox: [Data] = []
    private var inputEnded = false
    /// When set, every send fails with it, as a client that went away.
    private var failure: OutputFailure?

    /// An open transport with nothing posted.
    package init() {}

    // MARK: The server's side

    package func receive(timeout: Int32) -> [Data] {
        condition.lock()
        defer { condition.unlock() }
        if inbox.isEmpty, !inputEnded, timeout != 0 {
            if timeout < 0 {
                while inbox.isEmpty, !inputEnded { condition.wait() }
            } else {
                let deadline = Date(timeIntervalSinceNow: Double(timeout) / 1000)
                while inbox.isEmpty, !inputEnded, condition.wait(until: deadline) {}
            }
        }
        defer { inbox.removeAll() }
        return inbox
    }

    package func send(_ body: Data) throws(OutputFailure) {
        condition.lock()
        defer { condition.unlock() }
        if let failure { throw failure }
        outbox.append(body)
        condition.broadcast()
    }

    package var closed: Bool {
        condition.lock()
        defer { condition.unlock() }
        return inputEnded && inbox.isEmpty
    }

    // MARK: The client's side

    /// Posts one message body to the server.
    package func post(_ body: Data) {
        condition.lock()
        inbox.append(body)
        condition.broadcast()
        condition.unlock()
    }

    /// Ends the input, as a client closing its end of the pipe.
    package func endInput() {
        condition.lock()
        inputEnded = true
        condition.broadcast()
        condition.unlock()
    }

    /// Makes every later send fail with `failure`, as a client that went away.
    package func failSends(with failure: OutputFailure) {
        condition.lock()
        self.failure = failure
        condition.unlock()
    }

    /// Takes the first message the server sent that `matches`, waiting up to `timeout`
    /// seconds for it; messages before it stay for later calls. `nil` when none came in time.
    package func take(timeout: TimeInterval = 5, where matches: (Data) -> Bool) -> Data? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let index = outbox.firstIndex(where: matches) { return outbox.remove(at: index) }
            guard condition.wait(until: deadline) else {
                return outbox.firstIndex(where: matches).map { outbox.remove(at: $0) }
            }
        }
    }

    /// Everything the server sent that no ``take(timeout:where:)`` took yet, in order.
    package func sent() -> [Data] {
        condition.lock()
        defer { condition.unlock() }
        return outbox
    }
}
