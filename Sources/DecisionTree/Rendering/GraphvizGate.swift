import CGraphviz
import Foundation

/// The one door to Graphviz in this process.
///
/// Graphviz is not thread-safe, and a second `GVC_t` reads freed memory in the pango plugin,
/// so one context is created on first use and kept for the life of the process, and every
/// call into Graphviz happens while holding one lock. No C pointer leaves this file.
final class GraphvizGate: @unchecked Sendable {
    /// The process-wide gate.
    static let shared = GraphvizGate()

    /// Serialises every Graphviz call. `context` is only touched while it is held.
    private let lock = NSLock()
    /// The process-wide `GVC_t`, created on first use, never freed (see the type's discussion).
    private var context: OpaquePointer?

    private init() {}

    /// Lays out a DOT text with the `dot` engine and renders it in `format`.
    ///
    /// - Parameter format: a Graphviz output format name (`svg`, `png`, `pdf`).
    /// - Throws: ``RenderError/graphviz(stage:message:)`` when Graphviz reports an error at
    ///   any stage; the error count is reset either way, so one failure never poisons the next.
    func render(dot: String, format: String) throws(RenderError) -> Data {
        lock.lock()
        defer { lock.unlock() }
        let gvc = try openContext()
        _ = agreseterrors()
        guard let graph = agmemread(dot) else { throw failure("parse") }
        defer { agclose(graph) }
        guard gvLayout(gvc, graph, "dot") == 0, !errorRaised() else {
            // gvLayout may have laid out part of the graph before failing; free what it made.
            _ = gvFreeLayout(gvc, graph)
            throw failure("layout")
        }
        defer { _ = gvFreeLayout(gvc, graph) }
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let status = gvRenderData(gvc, graph, format, &buffer, &length)
        defer { gvFreeRenderData(buffer) }
        guard status == 0, !errorRaised(), let buffer else { throw failure("render") }
        return Data(bytes: buffer, count: Int(length))
    }

    /// The context, created on first use with Graphviz's stderr messages turned off.
    private func openContext() throws(RenderError) -> OpaquePointer {
        if let context { return context }
        // From here on Graphviz keeps its messages for aglasterr instead of printing them.
        _ = agseterr(AGMAX)
        guard let created = gvContext() else {
            throw .graphviz(stage: "context", message: "gvContext() returned no context")
        }
        context = created
        return created
    }

    /// Whether Graphviz reported an error (not a warning) since the last reset.
    private func errorRaised() -> Bool { agerrors() >= dtree_gv_error_level() }

    /// Reads and clears Graphviz's last message and turns it into an error for `stage`.
    private func failure(_ stage: String) -> RenderError {
        var message = ""
        if errorRaised(), let last = aglasterr() {
            message = String(cString: last)
            dtree_gv_free(last)
        }
        _ = agreseterrors()
        return .graphviz(stage: stage, message: Self.clean(message))
    }

    /// Graphviz's message on one line, without control characters a terminal would obey.
    static func clean(_ message: String) -> String {
        let scalars = message.unicodeScalars.map { scalar -> Character in
            scalar.properties.generalCategory == .control ? " " : Character(scalar)
        }
        return String(scalars).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
