// Server/: the diagnostics the server publishes: every one `dtree validate` gives for a file,
// each phrased for LSP from its structured data (span, severity, rule, fix-its).

import DecisionTree
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension LSPServer {
    func publish(_ uri: String) {
        guard var document = documents[uri] else { return }
        document.firstChange = nil
        document.lastChange = nil
        documents[uri] = document
        let source = document.source
        let own = check(document).filter { TreeCache.standard($0.file) == TreeCache.standard(document.path) }
        let converted = own.map { (diagnostic: Self.lspDiagnostic($0, in: source), fixIts: $0.fixIts) }
        publishedFixIts[uri] = converted.filter { !$0.fixIts.isEmpty }
        send(
            LSPNotification(
                method: "textDocument/publishDiagnostics",
                params: PublishDiagnosticsParams(uri: uri, version: document.version, diagnostics: converted.map(\.diagnostic))))
    }

    /// A diagnostic as LSP has it: its span as the range (the word at its location when it
    /// marks a point only), error 1, warning 2, note 3 (Information), the rule as the code with
    /// a link to its documentation, and its fix-its as `data`.
    static func lspDiagnostic(_ diagnostic: Diagnostic, in source: SourceText) -> LSPDiagnostic {
        let range =
            diagnostic.span.isEmpty
            ? LSPPositions.range(SourceRange.word(at: diagnostic.location, in: source), in: source)
            : LSPPositions.range(diagnostic.span, in: source)
        let fixIts = diagnostic.fixIts.map { LSPTextEdit(range: LSPPositions.range($0.range, in: source), newText: $0.replacement) }
        return LSPDiagnostic(
            range: range,
            severity: severity(diagnostic.severity),
            code: diagnostic.rule.rawValue,
            codeDescription: .init(href: documentationURI(diagnostic.rule)),
            source: "dtree",
            message: diagnostic.message,
            data: fixIts.isEmpty ? nil : LSPDiagnostic.FixItData(fixIts: fixIts))
    }

    /// LSP's DiagnosticSeverity: Error 1, Warning 2, Information 3.
    static func severity(_ severity: Diagnostic.Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .note: 3
        }
    }

    /// Every diagnostic `dtree validate` gives for a document: a tree's own (cites checked
    /// against its source, the review sign-off against its content), a scenario file's
    /// against the tree it names (the open, unsaved text of that tree when it is open), or a
    /// hazard file's against the tree it names and its scenario file, as saved.
    private func check(_ document: LSPDocument) -> [Diagnostic] {
        if document.isHazards { return document.parse.hazards.diagnostics }
        guard document.isScenario else {
            // A file that names no top-level tree is another tool's, even broken: the loader's
            // one rule (TreeLoader.mayBeTree), as for files `dtree validate` finds in a folder.
            let result = document.parse.tree(citations: citations)
            guard !result.skipped else { return [] }
            return WorkspaceCheck.diagnostics(of: result, path: document.path, requireReview: false)
        }
        let path = treePath(ofScenario: document)
        let open = path.flatMap { path in documents.values.first { !$0.isScenario && TreeCache.standard($0.path) == path } }
        return document.parse.scenario(against: open?.parse).diagnostics
    }

    /// The standardized path of the tree a scenario document names.
    func treePath(ofScenario document: LSPDocument) -> String? {
        guard let name = document.parse.scenarioIndex?.tree else { return nil }
        let folder = PathName.folder(of: document.path)
        return TreeCache.standard(name.hasPrefix("/") ? name : folder + "/" + name)
    }

    /// Where a rule is documented: `$DTREE_DOCS_URL` joined with its documentation path when
    /// set; else the docs folder of the package this binary was built in, as a `file:` URI;
    /// else the documentation path itself.
    static func documentationURI(_ rule: Rule) -> String {
        if let base = ProcessInfo.processInfo.environment["DTREE_DOCS_URL"], !base.isEmpty {
            return (base.hasSuffix("/") ? base : base + "/") + rule.documentationPath
        }
        if let root = packageRoot {
            return URL(fileURLWithPath: root).appendingPathComponent(rule.documentationPath.split(separator: "#")[0].description)
                .absoluteString
                + "#" + (rule.documentationPath.split(separator: "#").last.map(String.init) ?? "")
        }
        return rule.documentationPath
    }

    /// The running executable's path (Linux's /proc/self/exe), else the name it was started by.
    private static func executablePath() -> String {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { readlink("/proc/self/exe", $0.baseAddress!.assumingMemoryBound(to: CChar.self), 4095) }
        return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : (CommandLine.arguments.first ?? "")
    }

    /// The package root above the executable (`.build/debug/dtree`), found by its docs/format.md.
    private static let packageRoot: String? = {
        var folder = URL(fileURLWithPath: executablePath()).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<5 {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("docs/format.md").path) { return folder.path }
            folder.deleteLastPathComponent()
        }
        return nil
    }()
}
