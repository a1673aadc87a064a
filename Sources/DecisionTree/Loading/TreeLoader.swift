import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Loading/: reading a tree file from disk or text into a checked Tree with every diagnostic.

/// What loading a tree file produced: the tree when it has no errors, and every diagnostic.
public struct LoadResult: Sendable {
    /// The validated tree, or `nil` when any diagnostic is an error.
    public let tree: Tree?
    /// Every problem found, sorted by position.
    public let diagnostics: [Diagnostic]
    /// The file's text, for printing source lines under diagnostics; `nil` when it could not be decoded.
    public let source: SourceText?
    /// Whether the file was passed over because it is not a tree (no top-level `tree:` key),
    /// when loaded with `onlyTrees`.
    public var skipped = false
}

/// Loads tree files (YAML, or JSON, which is read as YAML) and validates them.
public enum TreeLoader {
    /// The largest tree file accepted: 32 MiB, room for well over 100,000 nodes.
    public static let maximumFileSize = 32 << 20

    /// A file that could not be read at all (missing, a folder, no permission).
    public struct ReadError: Error, CustomStringConvertible, Sendable {
        /// The path as given.
        public let path: String
        /// Why it could not be read.
        public let reason: String
        public var description: String { "\(path): error: cannot read file: \(reason)" }
    }

    /// Reads and loads the file at `path`.
    ///
    /// - Throws: ``ReadError`` only when the file cannot be read; every problem with its
    ///   contents is a diagnostic in the result.
    /// With `citations`, each `cite:` is checked against the tree's source document (see
    /// ``CitationCheck``); without, cites are not checked.
    /// With `onlyTrees`, a YAML or JSON file that is not a tree (no top-level `tree:` key, such
    /// as `mkdocs.yml` or `package.json`) is passed over: the result is ``LoadResult/skipped``.
    public static func load(
        contentsOf path: String, onlyTrees: Bool = false, citations: CitationCheck? = nil
    ) throws(ReadError) -> LoadResult {
        var data: Data
        do {
            data = try FileReading.read(path, limit: maximumFileSize)
        } catch {
            switch error {
            case .unreadable(let reason): throw ReadError(path: path, reason: reason)
            case .tooLarge(let size): return tooLarge(path: path, size: size)
            }
        }
        guard data.count <= maximumFileSize else { return tooLarge(path: path, size: data.count) }
        let decoded = decodeText(data, path: path)
        // The bytes are let go once they are text, before the text is parsed.
        data = Data()
        return load(decoded, path: path, onlyTrees: onlyTrees, citations: citations)
    }

    /// Loads a tree from the bytes of a file named `path` (used in messages only).
    public static func load(data: Data, path: String, onlyTrees: Bool = false, citations: CitationCheck? = nil) -> LoadResult {
        guard data.count <= maximumFileSize else { return tooLarge(path: path, size: data.count) }
        return load(decodeText(data, path: path), path: path, onlyTrees: onlyTrees, citations: citations)
    }

    /// Loads the text a file's bytes decoded to, or gives the reason they are not text.
    private static func load(
        _ decoded: Result<String, Diagnostic>, path: String, onlyTrees: Bool, citations: CitationCheck?
    ) -> LoadResult {
        switch decoded {
        case .success(let text): load(text: text, path: path, onlyTrees: onlyTrees, citations: citations)
        case .failure(let diagnostic): LoadResult(tree: nil, diagnostics: [diagnostic], source: nil)
        }
    }

    /// Whether `text` may be a tree: it names a top-level `tree` key (YAML `tree:` at the start
    /// of a line, or JSON's `"tree"`). With `onlyTrees`, text that does not is another tool's
    /// file (mkdocs.yml, package.json) and is passed over even when it is not valid YAML: the
    /// one rule for files found in a folder and files open in an editor.
    public static func mayBeTree(_ text: String) -> Bool {
        text.hasPrefix("tree:") || text.contains("\ntree:") || text.contains("\"tree\"")
    }

    /// Loads a tree from text, as if read from a file named `path`.
    public static func load(text: String, path: String, onlyTrees: Bool = false, citations: CitationCheck? = nil) -> LoadResult {
        LargeAllocations.prepare(forTextOf: text.utf8.count)
        let source = SourceText(path: path, text: text)
        guard text.utf8.count <= maximumFileSize else { return tooLarge(path: path, size: text.utf8.count) }
        if onlyTrees, !mayBeTree(text) { return LoadResult(tree: nil, diagnostics: [], source: source, skipped: true) }
        let draft: TreeDraft
        let decoded: DiagnosticList
        switch decode(text: text, path: path, onlyTrees: onlyTrees) {
        case .decoded(let decodedDraft, let diagnostics):
            draft = decodedDraft
            decoded = diagnostics
        case .stopped(let diagnostics):
            return LoadResult(tree: nil, diagnostics: diagnostics, source: source)
        case .notATree:
            return LoadResult(tree: nil, diagnostics: [], source: source, skipped: true)
        }
        // The cites are checked first, so that the validator is the draft's last holder and
        // can let it go as it builds the tree (each finding keeps its place in the report).
        var cited = DiagnosticList()
        if let citations {
            var checker = CitationChecker(draft: draft, file: path, check: citations)
            checker.run()
            for diagnostic in checker.diagnostics { cited.append(diagnostic) }
        }
        var validator = Validator(draft: consume draft, file: path)
        let tree = validator.validate()
        let diagnostics = DiagnosticList.report([decoded, validator.found, cited], file: path)
        return LoadResult(tree: diagnostics.hasErrors ? nil : tree, diagnostics: diagnostics, source: source)
    }

    /// What composing and decoding a text gave.
    private enum Decoded {
        /// The draft and the decoder's diagnostics.
        case decoded(TreeDraft, DiagnosticList)
        /// A diagnostic that stops loading before there is a draft (not YAML, an empty file).
        case stopped([Diagnostic])
        /// With `onlyTrees`, a file that is no tree.
        case notATree
    }

    /// Composes and decodes `text` into a draft. The composed YAML lives only inside this
    /// function, so its memory is given back before the draft is validated.
    private static func decode(text: String, path: String, onlyTrees: Bool) -> Decoded {
        var root: YAMLNode?
        // Each node's YAML is decoded as soon as it is composed and let go (a large file is never
        // held whole as YAML); the draft and its diagnostics are as if decoded from the whole.
        var streamed = StreamedNodes(file: path, bytes: text.utf8.count)
        do {
            root = try YAMLReader.compose(text, streamingNodeBodiesInto: &streamed)
        } catch {
            return .stopped([Diagnostic(error.rule, error.message, at: error.location, in: path)])
        }
        guard let root else {
            if onlyTrees { return .notATree }
            return .stopped([
                Diagnostic(
                    .emptyFile, "the file is empty: a tree file is a mapping with tree, title, start and nodes", at: .start, in: path)
            ])
        }
        if onlyTrees, root.mapping?.contains(where: { $0.key.scalar == "tree" }) != true {
            return .notATree
        }
        if ModelDecoder.isModel(root) {
            // A JSON model names its format anywhere among its keys: composed again, whole.
            let whole = streamed.isEmpty ? root : ((try? YAMLReader.compose(text)).flatMap { $0 } ?? root)
            var decoder = ModelDecoder(file: path)
            let draft = decoder.decode(whole)
            return .decoded(draft, decoder.reader.found)
        }
        var decoder = TreeDecoder(file: path)
        let draft = decoder.decode(root, streamed: streamed)
        return .decoded(draft, decoder.reader.found)
    }

    private static func tooLarge(path: String, size: Int) -> LoadResult {
        let message = "the file is \(size) bytes; tree files are limited to \(maximumFileSize >> 20) MiB"
        return LoadResult(tree: nil, diagnostics: [Diagnostic(.fileTooLarge, message, at: .start, in: path)], source: nil)
    }

    /// The text of a file that sits beside a tree (a scenario file, a hazard log), read as a
    /// tree is: at most ``maximumFileSize`` bytes, UTF-8, no NUL; `what` names such files in the
    /// too-large message (`scenario files`). A file too large or not text is one diagnostic.
    ///
    /// - Throws: ``ReadError`` only when the file cannot be read.
    static func readCompanionText(_ path: String, what: String) throws(ReadError) -> Result<String, Diagnostic> {
        let data: Data
        do {
            data = try FileReading.read(path, limit: maximumFileSize)
        } catch {
            switch error {
            case .unreadable(let reason): throw ReadError(path: path, reason: reason)
            case .tooLarge(let size):
                let message = "the file is \(size) bytes; \(what) are limited to \(maximumFileSize >> 20) MiB"
                return .failure(Diagnostic(.fileTooLarge, message, at: .start, in: path))
            }
        }
        return decodeText(data, path: path)
    }

    /// Decodes UTF-8 text, rejecting binary files (a NUL byte) and invalid UTF-8 with their position.
    static func decodeText(_ data: Data, path: String) -> Result<String, Diagnostic> {
        // The common case, a valid UTF-8 text file, without copying the bytes first.
        let hasNUL = FileReading.containsNUL(data)
        if !hasNUL, let text = String(validating: data, as: UTF8.self) { return .success(text) }
        let bytes = [UInt8](data)
        if let nul = bytes.firstIndex(of: 0) {
            return .failure(
                Diagnostic(
                    .binaryFile, "the file holds a NUL byte: it looks binary, not a text tree file", at: position(ofByte: nul, in: bytes),
                    in: path))
        }
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return .success(String(decoding: bytes, as: UTF8.self))
            case .error:
                return .failure(
                    Diagnostic(
                        .notUTF8,
                        "the file is not valid UTF-8 (byte 0x\(String(bytes[min(offset, bytes.count - 1)], radix: 16, uppercase: true)) at offset \(offset)); save it as UTF-8",
                        at: position(ofByte: offset, in: bytes), in: path))
            }
        }
    }

    /// The line and column (in scalars) of a byte offset, counting only the valid text before it.
    private static func position(ofByte offset: Int, in bytes: [UInt8]) -> SourceLocation {
        let before = bytes[..<min(offset, bytes.count)]
        let lineStart = (before.lastIndex(of: 0x0A)).map { $0 + 1 } ?? 0
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let column = String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self).unicodeScalars.count + 1
        return SourceLocation(line: line, column: column)
    }
}
