import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Validation/: citations checked against the tree's source document: each `cite:` must quote
// it, the recorded sha256 must match it, and (when asked) every refer and outcome must cite.

/// How to check a tree's citations: where to look for its source document, and whether every
/// refer and outcome node must carry a `cite:`.
///
/// The source file is looked up beside the tree first, then in ``sourceFolders`` in order.
public struct CitationCheck: Hashable, Sendable {
    /// Folders searched, in order, after the tree's own folder.
    public var sourceFolders: [String]
    /// Whether a refer or outcome node without `cite:` is reported (`missing-cite`, a warning).
    public var requireCites: Bool

    /// Creates a check.
    public init(sourceFolders: [String] = [], requireCites: Bool = false) {
        self.sourceFolders = sourceFolders
        self.requireCites = requireCites
    }

    /// The folders of a colon-separated path list such as `DTREE_SOURCES`, empty entries dropped.
    public static func folders(inPathList list: String?) -> [String] {
        (list ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
    }
}

/// Checks a draft's cites against its source document (see ``CitationCheck``).
struct CitationChecker {
    let draft: TreeDraft
    let file: String
    let check: CitationCheck
    var diagnostics: [Diagnostic] = []

    init(draft: TreeDraft, file: String, check: CitationCheck) {
        self.draft = draft
        self.file = file
        self.check = check
    }

    mutating func run() {
        if check.requireCites {
            for node in draft.nodes where (node.kind == .refer || node.kind == .outcome) && node.cite == nil {
                diagnostics.append(
                    Diagnostic(
                        .missingCite,
                        "\(node.kind!.rawValue) node '\(node.id)' has no 'cite:': every refer and outcome must cite the passage of the source it rests on",
                        at: node.location, in: file))
            }
        }
        guard let source = draft.source else { return }
        let sourceLocation = draft.sourceLocation ?? draft.rootLocation
        let folders = lookupFolders()
        let located: (String, Data)
        switch locate(source.file, in: folders) {
        case .found(let path, let data): located = (path, data)
        case .notFound:
            let places = folders.map { $0 == "." ? "the current folder" : $0 }.joined(separator: ", ")
            diagnostics.append(
                Diagnostic(
                    .sourceNotFound, "source '\(source.file)' was not found (looked in \(places)); its cites were not checked",
                    at: sourceLocation, in: file))
            return
        case .outside:
            let places = folders.map { $0 == "." ? "the current folder" : $0 }.joined(separator: ", ")
            diagnostics.append(
                Diagnostic(
                    .sourceOutside,
                    "source '\(source.file)' is outside the tree's folder and the source folders (\(places)); it was not read, and its cites were not checked",
                    at: sourceLocation, in: file))
            return
        case .tooLarge(let path, let size):
            diagnostics.append(
                Diagnostic(
                    .sourceNotFound,
                    "source '\(path)' is \(size) bytes; source documents are limited to \(Self.maximumSourceSize >> 20) MiB; its cites were not checked",
                    at: sourceLocation, in: file))
            return
        }
        let (path, data) = located
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(
                Diagnostic(.sourceNotFound, "source '\(path)' is not UTF-8 text; its cites were not checked", at: sourceLocation, in: file))
            return
        }
        if let recorded = source.sha256 {
            let actual = Digest.sha256Hex(data)
            if actual != recorded {
                diagnostics.append(
                    Diagnostic(
                        .sourceChanged,
                        "the source file '\(path)' has SHA-256 \(actual), not the one recorded: the cites were written against another version of it",
                        at: draft.sha256Location ?? sourceLocation, in: file))
            }
        }
        var index = QuotationIndex(text)
        for node in draft.nodes {
            guard let cite = node.cite else { continue }
            let parts = QuotationIndex.parts(of: cite)
            for (number, part) in parts.enumerated() where !index.contains(part) {
                let which = parts.count > 1 ? "part \(number + 1) of \(parts.count) of the cite" : "the cite"
                var message = "\(which) does not occur in '\(source.file)': \"\(QuotationIndex.excerpt(part, limit: 100))\""
                if let (matched, next) = index.divergence(of: part) {
                    message += "; it follows the source up to \"\(matched)\" but not \"\(next)\""
                }
                if let passage = index.closestPassage(to: part) {
                    message += "; the closest passage is at line \(passage.line): \"\(QuotationIndex.excerpt(passage.text, limit: 160))\""
                }
                diagnostics.append(Diagnostic(.citeNotInSource, message, at: node.citeLocation ?? node.location, in: file))
            }
        }
    }

    /// The tree's own folder, then the folders given.
    private func lookupFolders() -> [String] {
        let own = PathName.folder(of: file)
        return [own.isEmpty ? "." : own] + check.sourceFolders
    }

    /// The largest source document read (it is hashed and searched whole).
    static let maximumSourceSize = 64 << 20

    /// Where a source's name led.
    enum Located {
        case found(path: String, data: Data)
        case notFound
        /// The name (or a symbolic link on the way) leads outside every folder it may be in.
        case outside
        case tooLarge(path: String, size: Int)
    }

    /// The source file: the first candidate (the name in each folder, or the name itself when
    /// absolute) that exists, when it resolves (symbolic links followed) inside one of the
    /// folders; a file outside them is never opened.
    private func locate(_ name: String, in folders: [String]) -> Located {
        let roots = folders.compactMap(Self.resolved)
        let candidates = name.hasPrefix("/") ? [name] : folders.map { PathName.joining($0, name) }
        var outside = false
        for candidate in candidates {
            // An existing file resolves through its links; a missing one by its spelling alone.
            let real = Self.resolved(candidate) ?? PathName.normalized(Self.absolute(candidate))
            guard roots.contains(where: { real == $0 || real.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) else {
                outside = true
                continue
            }
            do throws(FileReading.Failure) {
                return .found(path: candidate, data: try FileReading.read(real, limit: Self.maximumSourceSize))
            } catch {
                if case .tooLarge(let size) = error { return .tooLarge(path: candidate, size: size) }
            }
        }
        return outside ? .outside : .notFound
    }

    /// The path made absolute against the current folder.
    private static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : PathName.joining(FileManager.default.currentDirectoryPath, path)
    }

    /// The path with every symbolic link resolved (`realpath`); `nil` when it does not exist.
    private static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(absolute(path), nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}

/// A source document made searchable for quotations: its text normalised (runs of white space
/// one space; curly quotes straight; en and em dashes hyphens), and, the first time a cite is
/// not found, cut into sentences, each with its line (only a message about a cite that does not
/// occur needs them; with every cite found, cutting them was two thirds of the check).
struct QuotationIndex {
    struct Sentence {
        var text: String
        var line: Int
        var words: Set<String>
    }

    /// The normalised text's UTF-8 bytes, composed (NFC), searched by ``longestPrefix(of:)``.
    let bytes: [UInt8]
    /// The source text as read.
    private let text: String
    /// The source's sentences, cut on first use by ``closestPassage(to:)``.
    private var cutSentences: [Sentence]?

    init(_ text: String) {
        self.text = text
        self.bytes = Self.composed(Self.normalize(text))
    }

    /// The source's normalised sentences, each with its line.
    private mutating func sentences() -> [Sentence] {
        if let cutSentences { return cutSentences }
        var sentences: [Sentence] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Self.normalize(String(rawLine))
            guard !line.isEmpty else { continue }
            for piece in Self.splitSentences(line) {
                sentences.append(Sentence(text: piece, line: offset + 1, words: Self.words(piece)))
            }
        }
        cutSentences = sentences
        return sentences
    }

    /// The UTF-8 of `text` in Unicode normal form C, so canonically equal texts (a precomposed
    /// `é` and `e` with a combining accent) have the same bytes. The standard library's own
    /// NFC (what String comparison uses); Foundation's `precomposedStringWithCanonicalMapping`
    /// would link all of Foundation and ICU's data into the binary for this one call.
    static func composed(_ text: String) -> [UInt8] { Array(text._nfcCodeUnits) }

    /// The parts of a cite: quotations joined by `…` or `...`, normalised, empty parts dropped.
    static func parts(of cite: String) -> [String] {
        // Most cites quote one passage: with no `...` or `…` in its bytes there is nothing to
        // cut (the Character-level replace and split cost 300,000 instructions a cite).
        if !hasEllipsis(cite) {
            let part = normalize(cite)
            return part.isEmpty ? [] : [part]
        }
        return ellipsisPieces(cite).map { normalize(String($0)) }.filter { !$0.isEmpty }
    }

    /// The pieces of `text` between its ellipses, empty pieces dropped: what replacing `...`
    /// with `…` and splitting at `…` gives, Character by Character, found from the bytes. An
    /// ellipsis counts only where each of its characters is a Character of its own (no
    /// combining mark on a dot, no prepended mark before one), which is what the Character
    /// comparison asked; the replace and split themselves cost 300,000 instructions a cite.
    static func ellipsisPieces(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        func isBoundary(_ index: String.Index) -> Bool { String.Index(index, within: text) != nil }
        func byte(at index: String.Index, _ expected: UInt8) -> Bool { index != utf8.endIndex && utf8[index] == expected }
        var pieces: [Substring] = []
        var pieceStart = text.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            var matchEnd: String.Index?
            let second = utf8.index(after: index)
            if utf8[index] == UInt8(ascii: "."), byte(at: second, UInt8(ascii: ".")) {
                let third = utf8.index(after: second)
                if byte(at: third, UInt8(ascii: ".")) {
                    let end = utf8.index(after: third)
                    if isBoundary(index), isBoundary(second), isBoundary(third), isBoundary(end) { matchEnd = end }
                }
            } else if utf8[index] == 0xE2, byte(at: second, 0x80) {
                let third = utf8.index(after: second)
                if byte(at: third, 0xA6) {
                    let end = utf8.index(after: third)
                    if isBoundary(index), isBoundary(end) { matchEnd = end }
                }
            }
            if let matchEnd {
                if pieceStart < index { pieces.append(text[pieceStart..<index]) }
                pieceStart = matchEnd
                index = matchEnd
            } else {
                index = second
            }
        }
        if pieceStart < text.endIndex { pieces.append(text[pieceStart...]) }
        return pieces
    }

    /// Whether `text` holds `...` or `…` (E2 80 A6) in its UTF-8 bytes.
    private static func hasEllipsis(_ text: String) -> Bool {
        var dots = 0
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            dots = byte == UInt8(ascii: ".") ? dots + 1 : 0
            if dots == 3 || (previous == (0xE2, 0x80) && byte == 0xA6) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// Whether a normalised part occurs in the source, case-sensitively.
    func contains(_ part: String) -> Bool {
        let pattern = Self.composed(part)
        return longestPrefix(of: pattern) == pattern.count
    }

    /// The length of the longest prefix of `pattern` that occurs in the source, in one pass
    /// over the source (Knuth–Morris–Pratt): linear in the source and the pattern, whatever
    /// their repetitions. On UTF-8 a byte match of whole characters is a character match.
    func longestPrefix(of pattern: [UInt8]) -> Int {
        guard !pattern.isEmpty else { return 0 }
        var failure = [Int](repeating: 0, count: pattern.count)
        var k = 0
        for i in 1..<pattern.count {
            while k > 0 && pattern[i] != pattern[k] { k = failure[k - 1] }
            if pattern[i] == pattern[k] { k += 1 }
            failure[i] = k
        }
        var best = 0
        k = 0
        for byte in bytes {
            while k > 0 && byte != pattern[k] { k = failure[k - 1] }
            if byte == pattern[k] {
                k += 1
                if k > best { best = k }
                if k == pattern.count { return k }
            }
        }
        return best
    }

    /// The longest run of the part's leading words that the source holds, and the word after it;
    /// `nil` when not even the first word matches or the whole part does.
    func divergence(of part: String) -> (matched: String, next: String)? {
        let composedBytes = Self.composed(part)
        let composed = String(decoding: composedBytes, as: UTF8.self)
        let matched = longestPrefix(of: composedBytes)
        let words = composed.split(separator: " ").map(String.init)
        // words[..<low] joined by spaces is a prefix of the part, so it occurs when it is no
        // longer than the longest prefix that does.
        var low = 0, length = -1
        while low < words.count, length + 1 + words[low].utf8.count <= matched {
            length += 1 + words[low].utf8.count
            low += 1
        }
        guard low > 0, low < words.count else { return nil }
        let tail = words[max(0, low - 6)..<low].joined(separator: " ")
        return ((low > 6 ? "…" : "") + tail, words[low])
    }

    /// The passage of one to three consecutive sentences that shares the most words with the
    /// part, relative to both lengths (Jaccard similarity of word sets); linear in the source.
    mutating func closestPassage(to part: String) -> (text: String, line: Int)? {
        let target = Self.words(part)
        guard !target.isEmpty else { return nil }
        let sentences = sentences()
        var best: (score: Double, start: Int, count: Int)?
        for start in sentences.indices {
            var union = Set<String>()
            var shared = 0
            for count in 1...3 where start + count <= sentences.count {
                // Shared words counted as the union grows: each sentence's words once, never
                // the (perhaps long) cite's.
                for word in sentences[start + count - 1].words where union.insert(word).inserted && target.contains(word) {
                    shared += 1
                }
                guard shared > 0 else { continue }
                let score = Double(shared) / Double(target.count + union.count - shared)
                if best.map({ score > $0.score }) ?? true { best = (score, start, count) }
            }
        }
        guard let best else { return nil }
        let text = sentences[best.start..<best.start + best.count].map(\.text).joined(separator: " ")
        return (text, sentences[best.start].line)
    }

    /// White space runs made one space and trimmed; curly quotes straight; dashes hyphens.
    static func normalize(_ text: String) -> String {
        var out = UTF8TextBuilder(capacity: text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}": out.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}": out.append("\"")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": out.append("-")
            default: out.append(scalar)
            }
        }
        return out.string
    }

    /// Unicode's White_Space property, read from the scalar for ASCII (tab to carriage return,
    /// and space) and from the property tables only beyond it, where the look-up costs about
    /// a hundred instructions a scalar.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    /// A shortened form for messages: at most `limit` characters, cut at a word with `…`.
    static func excerpt(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + " …"
    }

    /// A normalised line cut after `.`, `!`, `?` or `;` followed by a space.
    private static func splitSentences(_ line: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var previous: Character?
        for character in line {
            if character == " ", let previous, ".!?;".contains(previous) {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// The lowercased words of a text (letters and digits).
    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }
}
