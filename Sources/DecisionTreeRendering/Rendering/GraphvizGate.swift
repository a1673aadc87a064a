// Rendering/: the one door to Graphviz's C library: one context, one lock, every object freed.

import CGraphviz
import DecisionTree
import FoundationEssentials
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one door to Graphviz in this process.
///
/// Graphviz is not thread-safe, and a second `GVC_t` reads freed memory in the pango plugin,
/// so one context is created on first use and kept for the life of the process, and every
/// call into Graphviz happens while holding one lock. No C pointer leaves this file.
///
/// Graphviz's messages reach the gate through `agseterrf` (with `agseterr(AGWARN)`, every
/// warning and error goes to the hook instead of standard error); the hook appends them to a
/// buffer only touched under the lock, and each render returns its warnings and names its
/// errors from it.
final class GraphvizGate: @unchecked Sendable {
    /// The process-wide gate.
    static let shared = GraphvizGate()

    /// Serialises every Graphviz call. `context` is only touched while it is held.
    private let lock = Mutex(())
    /// The process-wide `GVC_t`, created on first use, never freed (see the type's discussion).
    private var context: OpaquePointer?

    private init() {}

    /// Graphviz's messages since the last render began, as the hook received them.
    nonisolated(unsafe) private static var messages = ""

    /// Lays out a DOT text with the `dot` engine and renders it in `format`.
    ///
    /// - Parameter format: a Graphviz output format name (`svg`, `png`, `pdf`).
    /// - Returns: the bytes, and Graphviz's warnings (one line each, control characters removed).
    /// - Throws: ``RenderError/graphviz(stage:message:)`` when Graphviz reports an error at
    ///   any stage; the error count is reset either way, so one failure never poisons the next.
    func render(dot: String, format: String) throws(RenderError) -> (data: Data, warnings: [String]) {
        try lock.withLock { _ throws(RenderError) in try renderHoldingTheLock(dot: dot, format: format) }
    }

    /// ``render(dot:format:)``'s work, done only while holding ``lock``.
    private func renderHoldingTheLock(dot: String, format: String) throws(RenderError) -> (data: Data, warnings: [String]) {
        let gvc = try openContext()
        _ = agreseterrors()
        Self.messages = ""
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
        return (Data(bytes: buffer, count: Int(length)), Self.collected(prefix: "Warning: "))
    }

    /// The collected messages that begin with `prefix` (`Warning: ` or `Error: `), one a line,
    /// each once, without the prefix.
    private static func collected(prefix: String) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        var current: String?
        for line in messages.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("Warning: ") || line.hasPrefix("Error: ") {
                if let current, seen.insert(current).inserted { out.append(current) }
                current = line.hasPrefix(prefix) ? clean(String(line.dropFirst(prefix.count))) : nil
            } else if let text = current {
                current = text + " " + clean(String(line))
            }
        }
        if let current, seen.insert(current).inserted { out.append(current) }
        return out.filter { !$0.isEmpty }
    }

    /// The context, created on first use with Graphviz's stderr messages turned off.
    private func openContext() throws(RenderError) -> OpaquePointer {
        if let context { return context }
        // From here on Graphviz hands every warning and error to the hook instead of printing it.
        _ = agseterr(AGWARN)
        _ = agseterrf { text in
            if let text { GraphvizGate.messages += String(cString: text) }
            return 0
        }
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
        let message = Self.collected(prefix: "Error: ").last ?? ""
        _ = agreseterrors()
        Self.messages = ""
        return .graphviz(stage: stage, message: message)
    }

    /// Graphviz's message on one line, without control characters a terminal would obey.
    static func clean(_ message: String) -> String {
        let scalars = message.unicodeScalars.map { scalar -> Character in
            scalar.properties.generalCategory == .control ? " " : Character(scalar)
        }
        return String(scalars).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
