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
///
/// Graphviz is not linked: the gate opens libgvc (which loads libcgraph and the rest) with
/// `dlopen` on the first render, so commands that never draw start without it.
final class GraphvizGate: @unchecked Sendable {
    /// The process-wide gate.
    static let shared = GraphvizGate()

    /// Serialises every Graphviz call. `context` is only touched while it is held.
    private let lock = Mutex(())
    /// The process-wide `GVC_t`, created on first use, never freed (see the type's discussion).
    private var context: OpaquePointer?
    /// Graphviz's functions, looked up on first use, never unloaded.
    private var library: GraphvizLibrary?

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
        let (gv, gvc) = try openContext()
        _ = gv.agreseterrors()
        Self.messages = ""
        guard let graph = gv.agmemread(dot) else { throw failure("parse", gv) }
        defer { _ = gv.agclose(graph) }
        guard gv.gvLayout(gvc, graph, "dot") == 0, !errorRaised(gv) else {
            // gvLayout may have laid out part of the graph before failing; free what it made.
            _ = gv.gvFreeLayout(gvc, graph)
            throw failure("layout", gv)
        }
        defer { _ = gv.gvFreeLayout(gvc, graph) }
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let status = gv.gvRenderData(gvc, graph, format, &buffer, &length)
        defer { gv.gvFreeRenderData(buffer) }
        guard status == 0, !errorRaised(gv), let buffer else { throw failure("render", gv) }
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

    /// The library and the context, opened and created on first use with Graphviz's stderr
    /// messages turned off.
    private func openContext() throws(RenderError) -> (GraphvizLibrary, OpaquePointer) {
        let gv: GraphvizLibrary
        if let library {
            gv = library
        } else {
            gv = try GraphvizLibrary.open()
            library = gv
        }
        if let context { return (gv, context) }
        // From here on Graphviz hands every warning and error to the hook instead of printing it.
        _ = gv.agseterr(AGWARN)
        _ = gv.agseterrf { text in
            if let text { GraphvizGate.messages += String(cString: text) }
            return 0
        }
        guard let created = gv.gvContext() else {
            throw .graphviz(stage: "context", message: "gvContext() returned no context")
        }
        context = created
        return (gv, created)
    }

    /// Whether Graphviz reported an error (not a warning) since the last reset.
    private func errorRaised(_ gv: GraphvizLibrary) -> Bool { gv.agerrors() >= dtree_gv_error_level() }

    /// Reads and clears Graphviz's last message and turns it into an error for `stage`.
    private func failure(_ stage: String, _ gv: GraphvizLibrary) -> RenderError {
        let message = Self.collected(prefix: "Error: ").last ?? ""
        _ = gv.agreseterrors()
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

/// Graphviz's functions that the gate calls, looked up in libgvc (and the libcgraph it
/// loads) when the first render opens it; each has the type the installed header declares.
private struct GraphvizLibrary {
    let gvContext: dtree_gv_context_fn
    let gvLayout: dtree_gv_layout_fn
    let gvFreeLayout: dtree_gv_free_layout_fn
    let gvRenderData: dtree_gv_render_data_fn
    let gvFreeRenderData: dtree_gv_free_render_data_fn
    let agmemread: dtree_ag_memread_fn
    let agclose: dtree_ag_close_fn
    let agseterr: dtree_ag_seterr_fn
    let agseterrf: dtree_ag_seterrf_fn
    let agerrors: dtree_ag_errors_fn
    let agreseterrors: dtree_ag_reseterrors_fn

    /// The names tried, in order: the runtime library's (Debian's libgvc6), then the
    /// development link.
    #if canImport(Darwin)
        static let names = ["libgvc.6.dylib", "libgvc.dylib"]
    #else
        static let names = ["libgvc.so.6", "libgvc.so"]
    #endif

    /// Opens libgvc and looks up every function; an error names what is missing.
    static func open() throws(RenderError) -> GraphvizLibrary {
        var opened: UnsafeMutableRawPointer?
        var reason = ""
        for name in names where opened == nil {
            opened = dlopen(name, RTLD_NOW | RTLD_GLOBAL)
            if opened == nil, reason.isEmpty { reason = dlerror().map { String(cString: $0) } ?? name }
        }
        guard let handle = opened else {
            throw .graphviz(
                stage: "load", message: "cannot open Graphviz's library (Debian package libgvc6): \(GraphvizGate.clean(reason))")
        }
        func function<T>(_ name: String, as type: T.Type) throws(RenderError) -> T {
            guard let address = dlsym(handle, name) else {
                throw .graphviz(stage: "load", message: "Graphviz's library has no function \(name)")
            }
            return unsafeBitCast(address, to: type)
        }
        return try GraphvizLibrary(
            gvContext: function("gvContext", as: dtree_gv_context_fn.self),
            gvLayout: function("gvLayout", as: dtree_gv_layout_fn.self),
            gvFreeLayout: function("gvFreeLayout", as: dtree_gv_free_layout_fn.self),
            gvRenderData: function("gvRenderData", as: dtree_gv_render_data_fn.self),
            gvFreeRenderData: function("gvFreeRenderData", as: dtree_gv_free_render_data_fn.self),
            agmemread: function("agmemread", as: dtree_ag_memread_fn.self),
            agclose: function("agclose", as: dtree_ag_close_fn.self),
            agseterr: function("agseterr", as: dtree_ag_seterr_fn.self),
            agseterrf: function("agseterrf", as: dtree_ag_seterrf_fn.self),
            agerrors: function("agerrors", as: dtree_ag_errors_fn.self),
            agreseterrors: function("agreseterrors", as: dtree_ag_reseterrors_fn.self))
    }
}
