// Transport/: how the server's JSON-RPC messages come and go. Imports DecisionTree (Output/)
// and Foundation only; knows nothing of the protocol's methods.

import DecisionTree
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Moves whole message bodies (one JSON-RPC message each) between the server and its client.
///
/// ``FramedTransport`` speaks `Content-Length` framing over file descriptors (what editors
/// use); ``InMemoryTransport`` hands messages across in memory (what tests use).
package protocol MessageTransport: AnyObject {
    /// Waits up to `timeout` milliseconds (-1: until something comes) for input, then returns
    /// every complete message body received so far (none when the wait ran out).
    func receive(timeout: Int32) -> [Data]
    /// Sends one message body. A failure ends the server with the failure's exit status.
    func send(_ body: Data) throws(OutputFailure)
    /// Whether input has ended: nothing more will be received.
    var closed: Bool { get }
}
