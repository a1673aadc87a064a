import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Scenarios/: recording a finished walk as a case, editing the file's text in place.

/// Records a finished walk as a case in a scenario file, with the outcome it reached as the expectation.
///
/// The file is changed by inserting text, never by re-emitting the YAML, so every existing
/// case, comment and blank line stays byte for byte. The new case goes at the end of the
/// `cases:` list (before a following top-level section, such as `invariants:`); a file without
/// `cases:` gets one at its end; a missing file is created with a `tree:` line. The result is
/// loaded again before it is written, and written atomically.
public enum SessionRecorder {
    /// Why a session could not be recorded.
    public struct RecordError: Error, CustomStringConvertible, Sendable {
        /// The scenario file.
        public let path: String
        /// Why.
        public let reason: String
        /// Whether the file itself could not be written (an output error, not a problem with the session or the file's text).
        public internal(set) var isWriteFailure = false
        public var description: String { "cannot record into \(path): \(reason)" }
    }

    /// Appends `walk`, which must be finished and have begun at the tree's start, to the scenario file at `path`.
    /// Returns the case's name, made unique in the file by a ` (2)`, ` (3)`… suffix when needed.
    @discardableResult
    public static func append(walk: Walk, name: String, to path: String) throws(RecordError) -> String {
        // Concurrent recorders serialise on the folder's lock, held from the read to the rename.
        let lock: FileLock
        do { lock = try FileLock(folderOf: path) } catch { throw RecordError(path: path, reason: error.reason) }
        defer { lock.release() }
        var existing: String?
        if FileManager.default.fileExists(atPath: path) {
            guard let data = try? FileReading.read(path, limit: TreeLoader.maximumFileSize) else {
                throw RecordError(path: path, reason: "the file cannot be read")
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                throw RecordError(path: path, reason: "the file is not UTF-8 text")
            }
            existing = text
        }
        let (text, finalName) = try appending(walk: walk, name: name, to: existing, path: path)
        do {
            try AtomicFileWriter.write(Data(text.utf8), to: path)
        } catch {
            var failure = RecordError(path: path, reason: error.reason)
            failure.isWriteFailure = true
            throw failure
        }
        return finalName
    }

    /// The text of the scenario file at `path` (`existing`, or `nil` when it is missing) with `walk` appended as a case,
    /// and the name the case was given.
    static func appending(walk: Walk, name: String, to existing: String?, path: String) throws(RecordError) -> (text: String, name: String)
    {
        let tree = walk.tree
        guard walk.isFinished else { throw RecordError(path: path, reason: "the session did not reach an outcome") }
        guard walk.origin == tree.start else {
            throw RecordError(
                path: path,
                reason: "the session began at '\(tree.nodes[walk.origin].id)', but cases begin at the start, '\(tree.startNode.id)'")
        }
        guard let treePath = tree.path else { throw RecordError(path: path, reason: "the tree was not loaded from a file") }
        guard let existing, !existing.allSatisfy(\.isWhitespace) else {
            let folder = PathName.folder(of: path)
            let header = "tree: \(scalar(relativePath(to: treePath, from: folder)))\ncases:\n"
            let text = header + entry(walk: walk, name: name, indent: "  ", newline: "\n")
            try verify(text, name: name, path: path, tree: tree, cases: 1)
            return (text, name)
        }
        let before = ScenarioLoader.load(text: existing, path: path, tree: tree)
        guard before.source != nil, before.diagnostics.allSatisfy({ $0.rule != .yamlSyntax && $0.rule != .topLevelNotMapping }) else {
            throw RecordError(path: path, reason: "the file is not a valid scenario file; fix it first (dtree validate \(path))")
        }
        if let named = before.treePath, standard(named) != standard(treePath) {
            throw RecordError(path: path, reason: "the file tests '\(named)', not '\(treePath)'")
        }
        let taken = Set(before.cases.map(\.name))
        var unique = name
        var counter = 2
        while taken.contains(unique) {
            unique = "\(name) (\(counter))"
            counter += 1
        }
        let text = try insert(walk: walk, name: unique, into: existing, path: path)
        try verify(text, name: unique, path: path, tree: tree, cases: before.cases.count + 1)
        return (text, unique)
    }

    /// A name that says what the session did: `recorded: red_flags=none, recurring=no -> self_care`.
    public static func defaultName(for walk: Walk) -> String {
        let answers = walk.path.answeredSteps.map { step in
            "\(walk.tree.nodes[step.node].id)=\(step.text(in: walk.tree))"
        }
        return "recorded: \(answers.joined(separator: ", ")) -> \(walk.node.id)"
    }

    // MARK: Text

    private static func insert(walk: Walk, name: String, into text: String, path: String) throws(RecordError) -> String {
        do throws(YAMLListAppender.Failure) {
            return try YAMLListAppender(text).appending(to: "cases", acceptEmpty: true, blankLineBeforeNewKey: false) {
                entryLines(walk: walk, name: name, indent: $0)
            }
        } catch {
            switch error {
            case .notAMapping: throw RecordError(path: path, reason: "the file is not a YAML mapping")
            case .flowList:
                throw RecordError(
                    path: path,
                    reason: "'cases' is written as a flow list ([...]); write it as a block list (one '- name:' per case) to record into it"
                )
            case .notAList: throw RecordError(path: path, reason: "'cases' must be a list to record into it")
            }
        }
    }

    private static func entry(walk: Walk, name: String, indent: String, newline: String) -> String {
        entryLines(walk: walk, name: name, indent: indent).joined(separator: newline) + newline
    }

    private static func entryLines(walk: Walk, name: String, indent: String) -> [String] {
        let tree = walk.tree
        var lines = ["\(indent)- name: \(scalar(name))"]
        let answered = walk.path.answeredSteps
        if answered.isEmpty {
            lines.append("\(indent)  answers: {}")
        } else {
            lines.append("\(indent)  answers:")
            for step in answered {
                let node = tree.nodes[step.node]
                let value: String
                switch step.answer {
                case .items(let chosen)?:
                    value = "[" + chosen.map { scalar(node.items[$0]) }.joined(separator: ", ") + "]"
                case .number(let number)?:
                    value = number.description
                default:
                    value = scalar(step.text(in: tree))
                }
                lines.append("\(indent)    \(scalar(node.id)): \(value)")
            }
        }
        lines.append("\(indent)  expect: \(scalar(walk.node.id))")
        return lines
    }

    /// A YAML scalar that every YAML reader reads back as the same string: plain when that is
    /// unambiguous (letters first, then letters, digits, spaces, `_`, `-`, `.`; no YAML 1.1
    /// boolean or null word), otherwise double-quoted with escapes.
    static func scalar(_ text: String) -> String {
        let reserved: Set<String> = ["y", "n", "yes", "no", "true", "false", "on", "off", "null"]
        let scalars = Array(text.unicodeScalars)
        let plain =
            scalars.first.map { $0.isASCII && $0.properties.isAlphabetic } == true
            && scalars.last != " "
            && scalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || " _-.".unicodeScalars.contains($0))
            }
            && !reserved.contains(text.lowercased())
        if plain { return text }
        var out = UTF8TextBuilder("\"")
        for s in text.unicodeScalars {
            switch s {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if s.value < 0x20 || s.value == 0x7F || (0x80...0x9F).contains(s.value) || s.value == 0x2028 || s.value == 0x2029
                    || s.value == 0xFEFF
                {
                    out += "\\u" + Hex.padded(s.value, digits: 4)
                } else {
                    out.append(s)
                }
            }
        }
        out += "\""
        return out.string
    }

    private static func verify(_ text: String, name: String, path: String, tree: Tree, cases: Int) throws(RecordError) {
        let after = ScenarioLoader.load(text: text, path: path, tree: tree)
        guard after.cases.count == cases, let last = after.cases.last, last.name == name, !last.isBroken else {
            throw RecordError(path: path, reason: "the recorded case would not read back as a case; the file was left unchanged")
        }
    }

    private static func standard(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The path of `file` relative to the folder `folder`, with `..` where needed.
    static func relativePath(to file: String, from folder: String) -> String {
        let target = standard(file).split(separator: "/")
        let base = standard(folder.isEmpty ? "." : folder).split(separator: "/")
        var common = 0
        while common < target.count, common < base.count, target[common] == base[common] { common += 1 }
        let ups = Array(repeating: "..", count: base.count - common)
        return (ups + target[common...].map(String.init)).joined(separator: "/")
    }
}
