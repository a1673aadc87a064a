// Transport/: messages handed between a server and a client in the same process, for tests.

import DecisionTree
import Dispatch
import FoundationEssentials
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A transport in memory: the client posts message bodies and reads what the server sent.
/// Thread-safe, so that the server can run on its own thread while a test plays the client:
/// the state is behind a `Mutex`, and each side waits on a semaphore the other side signals.
package final class InMemoryTransport: MessageTransport, Sendable {
    private struct State {
        var inbox: [Data] = []
        var outbox: [Data] = []
        var inputEnded = false
        /// When set, every send fails with it, as a client that went away.
        var failure: OutputFailure?
    }

    private let state = Mutex(State())
    /// Signalled when the client posts or ends its input.
    private let serverWake = DispatchSemaphore(value: 0)
    /// Signalled when the server sends.
    private let clientWake = DispatchSemaphore(value: 0)

    /// An open transport with nothing posted.
    package init() {}

    // MARK: The server's side

    package func receive(timeout: Int32) -> [Data] {
        let deadline: DispatchTime? = timeout < 0 ? nil : .now() + .milliseconds(Int(timeout))
        while true {
            let ready = state.withLock { state -> [Data]? in
                guard !state.inbox.isEmpty || state.inputEnded || timeout == 0 else { return nil }
                defer { state.inbox.removeAll() }
                return state.inbox
            }
            if let ready { return ready }
            if let deadline {
                if serverWake.wait(timeout: deadline) == .timedOut {
                    return state.withLock { state in
                        defer { state.inbox.removeAll() }
                        return state.inbox
                    }
                }
            } else {
                serverWake.wait()
            }
        }
    }

    package func send(_ body: Data) throws(OutputFailure) {
        try state.withLock { state throws(OutputFailure) in
            if let failure = state.failure { throw failure }
            state.outbox.append(body)
        }
        clientWake.signal()
    }

    package var closed: Bool {
        state.withLock { $0.inputEnded && $0.inbox.isEmpty }
    }

    // MARK: The client's side

    /// Posts one message body to the server.
    package func post(_ body: Data) {
        state.withLock { $0.inbox.append(body) }
        serverWake.signal()
    }

    /// Ends the input, as a client closing its end of the pipe.
    package func endInput() {
        state.withLock { $0.inputEnded = true }
        serverWake.signal()
    }

    /// Makes every later send fail with `failure`, as a client that went away.
    package func failSends(with failure: OutputFailure) {
        state.withLock { $0.failure = failure }
    }

    /// Takes the first message the server sent that `matches`, waiting up to `timeout`
    /// seconds for it; messages before it stay for later calls. `nil` when none came in time.
    package func take(timeout: Double = 5, where matches: (Data) -> Bool) -> Data? {
        let deadline = DispatchTime.now() + .milliseconds(Int(timeout * 1000))
        while true {
            let found = state.withLock { state in state.outbox.firstIndex(where: matches).map { state.outbox.remove(at: $0) } }
            if let found { return found }
            if clientWake.wait(timeout: deadline) == .timedOut {
                return state.withLock { state in state.outbox.firstIndex(where: matches).map { state.outbox.remove(at: $0) } }
            }
        }
    }

    /// Everything the server sent that no ``take(timeout:where:)`` took yet, in order.
    package func sent() -> [Data] {
        state.withLock { $0.outbox }
    }
}
