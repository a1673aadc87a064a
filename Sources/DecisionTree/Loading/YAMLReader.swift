// Loading/: libyaml's event stream (CYAML) composed into YAMLNodes, iteratively and bounded.

import CYAML

/// Composes YAML text into ``YAMLNode``s from libyaml's event stream (Debian's libyaml-dev, through the CYAML system-library target).
///
/// Yams' own composer recurses once per level of nesting and stops at the first duplicate
/// key. Reading the events directly lets this reader use an explicit stack with a depth
/// limit, so a hostile file nested 100,000 deep is an error rather than a stack overflow;
/// it rejects aliases, so an alias bomb cannot expand; and it leaves duplicate keys to the
/// loader, which reports each second occurrence and goes on.
package struct YAMLReader {
    /// A problem that stops composing: the file is not YAML this reader accepts.
    package struct Failure: Error {
        package let rule: Rule
        package let message: String
        package let location: SourceLocation
    }

    /// The deepest nesting of collections accepted. Tree files need five levels.
    static let maximumDepth = 64

    /// Composes the single document in `text`; `nil` when the text holds no document.
    package static func compose(_ text: String) throws(Failure) -> YAMLNode? {
        var keep = KeepingNodeBodies()
        return try compose(text, streamingNodeBodiesInto: &keep)
    }

    /// Composes the single document in `text`, handing the pairs of the top-level `nodes:`
    /// mapping to `sink` as libyaml's events arrive: each id, and each body read straight from
    /// the events (a tree file's nodes: no ``YAMLNode`` is made for any of them, and a large
    /// file never holds their YAML at once). The returned document's `nodes:` is an empty
    /// mapping; a later `nodes:` key, or one nested deeper, is composed as any other value.
    static func compose<Sink: NodeBodySink>(
        _ text: String, streamingNodeBodiesInto sink: inout Sink
    ) throws(Failure) -> YAMLNode? {
        // A native string's UTF-8 is read in place; only a bridged or empty one is copied.
        if !text.isEmpty,
            let composed = text.utf8.withContiguousStorageIfAvailable({ buffer in
                Result { () throws(Failure) -> YAMLNode? in try compose(bytes: buffer, sink: &sink) }
            })
        {
            return try composed.get()
        }
        var bytes = Array(text.utf8)
        if bytes.isEmpty { bytes.append(0x0A) }
        return try bytes.withUnsafeBufferPointer { (buffer) throws(Failure) -> YAMLNode? in try compose(bytes: buffer, sink: &sink) }
    }

    /// Composes the single document in `buffer`, which must not be empty.
    private static func compose<Sink: NodeBodySink>(
        bytes buffer: UnsafeBufferPointer<UInt8>, sink: inout Sink
    ) throws(Failure) -> YAMLNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw Failure(rule: .yamlSyntax, message: "the YAML parser could not start", location: .start)
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        var composer = Composer()
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { throw syntaxFailure(parser, bytes: buffer) }
            defer { yaml_event_delete(&event) }
            if try composer.consume(&event, sink: &sink) { return composer.root }
        }
    }

    private static func syntaxFailure(_ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>) -> Failure {
        if parser.error == YAML_MEMORY_ERROR {
            return Failure(rule: .yamlSyntax, message: "out of memory while parsing YAML", location: location(parser.problem_mark))
        }
        if let problem = parser.problem.map({ String(cString: $0) }), problem.hasPrefix("Maximum nesting level") {
            // libyaml's own limit (1,000 flow levels) can fire while it scans ahead, before our limit.
            return tooDeep(at: location(parser.problem_mark))
        }
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        if parser.error == YAML_READER_ERROR {
            // The reader's errors (a control character, invalid UTF-8) carry a byte offset, not a mark.
            return Failure(rule: .yamlSyntax, message: problem, location: location(ofByte: Int(parser.problem_offset), in: bytes))
        }
        let context = parser.context.map { String(cString: $0) }
        if let rephrased = rephrase(problem: problem, context: context, parser: parser, bytes: bytes) { return rephrased }
        let message = context.map { "\(problem) \($0)" } ?? problem
        return Failure(rule: .yamlSyntax, message: message, location: location(parser.problem_mark))
    }

    /// libyaml's words for the mistakes people make most, said as a person would, at the line
    /// that is wrong: a tab used for indentation, a key indented less than its neighbours, a
    /// quote or bracket never closed (named where it opened).
    private static func rephrase(problem: String, context: String?, parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>) -> Failure? {
        let at = location(parser.problem_mark)
        let opened = location(parser.context_mark)
        let index = Int(parser.problem_mark.index)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Every tab libyaml stumbles on, whatever its words, said once, at the tab.
        let problemLine = at.line - 1 < lines.count ? lines[at.line - 1] : ""
        if (index < bytes.count && bytes[index] == 0x09) || (problem.contains("tab") && problemLine.contains("\t")) {
            let column =
                problemLine.firstIndex(of: "\t").map { problemLine.distance(from: problemLine.startIndex, to: $0) + 1 } ?? at.column
            return Failure(
                rule: .yamlSyntax, message: "tabs cannot indent YAML; use spaces", location: SourceLocation(line: at.line, column: column))
        }
        switch (problem, context) {
        case ("did not find expected key", "while parsing a block mapping"?):
            return Failure(rule: .yamlSyntax, message: dedentMessage(at: at, lines: lines, mappingColumn: opened.column), location: at)
        case ("could not find expected ':'", "while scanning a simple key"?):
            // libyaml notices only at the next line (or past the end); the slip is the key it began.
            return missingColon(onLine: opened.line, lines: lines) ?? Failure(rule: .yamlSyntax, message: "\(problem)", location: opened)
        case ("mapping values are not allowed in this context", _):
            // `outcome A` then `advice: x` on the next line reads as one text `outcome A advice`
            // followed by a colon: the slip is the line above that lacks its colon.
            var line = at.line - 1
            while line >= 1, line - 1 < lines.count {
                let text = lines[line - 1].trimmingWhitespace()
                if text.isEmpty || text.hasPrefix("#") { break }
                if !text.contains(":") { return missingColon(onLine: line, lines: lines) }
                line -= 1
            }
            return nil
        case ("found unexpected end of stream", "while scanning a quoted scalar"?):
            return Failure(
                rule: .yamlSyntax, message: "this quote is never closed; end the text with the same quote mark", location: opened)
        case ("did not find expected ',' or ']'", "while parsing a flow sequence"?):
            return Failure(
                rule: .yamlSyntax, message: "this '[' is never closed (line \(at.line) goes on without it); end the list with ']'",
                location: opened)
        case ("did not find expected ',' or '}'", "while parsing a flow mapping"?):
            return Failure(
                rule: .yamlSyntax, message: "this '{' is never closed (line \(at.line) goes on without it); end the mapping with '}'",
                location: opened)
        default:
            return nil
        }
    }

    /// A key whose colon is missing (`advice Seek help`), located where the colon belongs.
    private static func missingColon(onLine line: Int, lines: [String]) -> Failure? {
        guard line >= 1, line - 1 < lines.count else { return nil }
        let text = lines[line - 1]
        let indent = text.prefix { $0 == " " || $0 == "-" }.count
        let rest = text.dropFirst(indent)
        let key = rest.prefix { !$0.isWhitespace && $0 != ":" }
        guard !key.isEmpty else { return nil }
        let value = rest.dropFirst(key.count).trimmingWhitespace()
        let example = value.isEmpty ? "\(key):" : "\(key): \(value.prefix(20))\(value.count > 20 ? "…" : "")"
        return Failure(
            rule: .yamlSyntax, message: "'\(key)' has no colon after it; write '\(example)'",
            location: SourceLocation(line: line, column: indent + key.count + 1))
    }

    /// A key indented differently from its neighbours: names the column of the keys just above
    /// it (what it most likely belongs with) and of the mapping that encloses them.
    private static func dedentMessage(at: SourceLocation, lines: [String], mappingColumn: Int) -> String {
        var line = at.line - 1
        while line >= 1, line - 1 < lines.count {
            let text = lines[line - 1]
            let trimmed = text.trimmingWhitespace()
            if !trimmed.isEmpty, !trimmed.hasPrefix("#") {
                let column = text.prefix { $0 == " " || $0 == "-" }.count + 1
                if column != at.column, column != mappingColumn {
                    let key = trimmed.drop { $0 == "-" || $0 == " " }.prefix { $0 != ":" && !$0.isWhitespace }
                    return
                        "this key starts at column \(at.column), but the keys above it ('\(key)', line \(line)) start at column \(column); "
                        + "indent it to column \(column) to belong with them (the keys of the enclosing mapping start at column \(mappingColumn))"
                }
                if column == mappingColumn { break }
            }
            line -= 1
        }
        return
            "this line is indented differently from the keys above it (their mapping starts at column \(mappingColumn)); line it up with them"
    }

    static func tooDeep(at location: SourceLocation) -> Failure {
        Failure(
            rule: .nestingTooDeep,
            message: "YAML nested more than \(maximumDepth) levels deep; a tree file needs five",
            location: location)
    }

    /// The line and column (in scalars) of a byte offset in the text.
    static func location(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<end where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        // Continuation bytes do not start a scalar.
        let column = bytes[lineStart..<end].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return SourceLocation(line: line, column: column)
    }

    static func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }
}

/// Takes the pairs of a tree file's top-level `nodes:` mapping while the file is composed:
/// each id as it is met, each body read straight from libyaml's events. None of them is kept
/// in the composed document, whose `nodes:` is then an empty mapping.
protocol NodeBodySink {
    /// Whether the pairs are handed to the sink; when not, the whole document is composed.
    static var takesNodeBodies: Bool { get }

    /// The top-level `nodes:` mapping begins at `location`.
    mutating func beginNodes(at location: SourceLocation)

    /// Whether the body of the node whose id `id` is written at `location` is wanted (not,
    /// for an id met before, which the sink reports).
    mutating func admit(nodeID id: String, at location: SourceLocation) -> Bool

    /// A key that is a collection rather than an id (the sink reports it); its body is dropped.
    mutating func refuse(nodeKey key: YAMLNode)

    /// Takes the body of the node admitted last. The body is valid only during the call.
    mutating func take(nodeID id: String, at location: SourceLocation, body: NodeBodyEvents.Value)
}

/// The sink that takes nothing: the whole document is composed.
struct KeepingNodeBodies: NodeBodySink {
    static var takesNodeBodies: Bool { false }
    /// Never called.
    mutating func beginNodes(at location: SourceLocation) {}
    /// Never called.
    mutating func admit(nodeID id: String, at location: SourceLocation) -> Bool { false }
    /// Never called.
    mutating func refuse(nodeKey key: YAMLNode) {}
    /// Never called.
    mutating func take(nodeID id: String, at location: SourceLocation, body: NodeBodyEvents.Value) {}
}

/// The explicit-stack composer behind ``YAMLReader``.
private struct Composer {
    /// A collection being built. A class, so that appending to it never copies its elements.
    final class Frame {
        let isMapping: Bool
        let location: SourceLocation
        var items: [YAMLNode] = []
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        var pendingKey: YAMLNode?
        /// Whether this is the top-level `nodes:` mapping, whose pairs go to the sink.
        var streamsNodes = false
        /// In the `nodes:` mapping, the id whose body comes next.
        var pendingID: (text: String, location: SourceLocation)?

        init(isMapping: Bool, at location: SourceLocation) {
            self.isMapping = isMapping
            self.location = location
        }
    }

    var stack: [Frame] = []
    var root: YAMLNode?
    var documents = 0
    /// Whether the root mapping's first `nodes` key has been met (a second is a duplicate).
    var metNodesKey = false
    /// The body of a `nodes:` pair being recorded: a body is being recorded while a collection
    /// of it is open (a scalar body is whole as soon as it is recorded).
    private var body = NodeBodyEvents()
    /// The node whose body it is; `nil` for a repeated id's or a key's that is not text, read and let go.
    private var bodyNode: (id: String, location: SourceLocation)?

    /// Takes one event; returns `true` at the end of the stream.
    mutating func consume<Sink: NodeBodySink>(_ event: inout yaml_event_t, sink: inout Sink) throws(YAMLReader.Failure) -> Bool {
        let at = YAMLReader.location(event.start_mark)
        switch event.type {
        case YAML_STREAM_END_EVENT:
            return true
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                throw .init(rule: .yamlSyntax, message: "a tree file holds one YAML document, but a second one starts here", location: at)
            }
        case YAML_ALIAS_EVENT:
            throw .init(
                rule: .yamlAlias, message: "YAML aliases are not supported in tree files; name a node by its id to share it", location: at)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            try Self.refuseTag(scalar.tag, at: at)
            let text = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
            let quoted = scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE || scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE
            let end = YAMLReader.location(event.end_mark)
            if Sink.takesNodeBodies {
                if body.depth > 0 || beginsNodeBody(sink: &sink) {
                    body.scalar(text, at: at, end: end, quoted: quoted)
                    handOverBodyIfComplete(to: &sink)
                    break
                }
                if let top = stack.last, top.streamsNodes {
                    top.pendingID = (String(decoding: text, as: UTF8.self), at)
                    break
                }
            }
            attach(YAMLNode(.scalar(String(decoding: text, as: UTF8.self)), at: at, end: end, quoted: quoted))
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            try Self.refuseTag(isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag, at: at)
            guard stack.count + body.depth < YAMLReader.maximumDepth else { throw YAMLReader.tooDeep(at: at) }
            if Sink.takesNodeBodies, body.depth > 0 || beginsNodeBody(sink: &sink) {
                body.open(mapping: isMapping, at: at)
                break
            }
            let frame = Frame(isMapping: isMapping, at: at)
            if Sink.takesNodeBodies, isMapping, stack.count == 1, stack[0].isMapping, !metNodesKey, stack[0].pendingKey?.scalar == "nodes" {
                frame.streamsNodes = true
                sink.beginNodes(at: at)
            }
            stack.append(frame)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let end = YAMLReader.location(event.end_mark)
            if body.depth > 0 {
                body.close(at: end)
                handOverBodyIfComplete(to: &sink)
                break
            }
            guard let frame = stack.popLast() else { break }
            attach(YAMLNode(frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items), at: frame.location, end: end))
        default:
            break
        }
        return false
    }

    /// Whether the value about to begin is a pair's body in the top-level `nodes:` mapping; if
    /// so, asks the sink whether it wants it.
    private mutating func beginsNodeBody<Sink: NodeBodySink>(sink: inout Sink) -> Bool {
        guard let top = stack.last, top.streamsNodes else { return false }
        if let id = top.pendingID {
            top.pendingID = nil
            bodyNode = sink.admit(nodeID: id.text, at: id.location) ? (id.text, id.location) : nil
        } else if let key = top.pendingKey {
            top.pendingKey = nil
            sink.refuse(nodeKey: key)
            bodyNode = nil
        } else {
            return false
        }
        return true
    }

    /// Once the body being recorded is whole, hands it to the sink if it is a node's.
    private mutating func handOverBodyIfComplete<Sink: NodeBodySink>(to sink: inout Sink) {
        guard body.isComplete else { return }
        if let node = bodyNode {
            body.withRoot { sink.take(nodeID: node.id, at: node.location, body: $0) }
        }
        body.removeAll()
        bodyNode = nil
    }

    /// A tag (`!!binary`, `!custom`, `!`) would change what a value means, and dtree reads
    /// every value as plain text, so a tag is an error rather than silently dropped.
    private static func refuseTag(_ tag: UnsafeMutablePointer<yaml_char_t>?, at location: SourceLocation) throws(YAMLReader.Failure) {
        guard let tag else { return }
        let text = String(cString: UnsafeRawPointer(tag).assumingMemoryBound(to: CChar.self))
        let shown = text.hasPrefix("tag:yaml.org,2002:") ? "!!" + text.dropFirst("tag:yaml.org,2002:".count) : text
        throw .init(
            rule: .yamlTag, message: "YAML tags such as '\(shown)' are not supported in tree files; write the value without the tag",
            location: location)
    }

    private mutating func attach(_ node: YAMLNode) {
        guard let top = stack.last else {
            root = node
            return
        }
        if !top.isMapping {
            top.items.append(node)
        } else if let key = top.pendingKey {
            if stack.count == 1, key.scalar == "nodes" { metNodesKey = true }
            top.pairs.append((key, node))
            top.pendingKey = nil
        } else {
            top.pendingKey = node
        }
    }
}
