// Server/: the language server's features over Editing/'s TreeIndex, ScenarioIndex and
// CompletionSite: definition, references, hover, completion, rename, quick fixes, outline.

import DecisionTree
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension LSPServer {
    /// A tree's text and index, from its open document or else from disk.
    struct TreeText {
        let path: String
        let uri: String
        let source: SourceText
        let index: TreeIndex
    }

    /// The tree a document is or names.
    func treeText(for document: LSPDocument) -> TreeText? {
        let path =
            document.isHazards
            ? document.parse.hazards.treePath.map(TreeCache.standard)
            : document.isScenario ? treePath(ofScenario: document) : TreeCache.standard(document.path)
        guard let path else { return nil }
        if let open = documents.values.first(where: { !$0.isScenario && TreeCache.standard($0.path) == path }) {
            guard let index = open.parse.treeIndex else { return nil }
            return TreeText(path: path, uri: open.uri, source: open.source, index: index)
        }
        guard let parse = diskParse(path), let index = parse.treeIndex else { return nil }
        return TreeText(path: path, uri: LSPPositions.uri(of: path), source: parse.source, index: index)
    }

    /// The parse of a file that is not open, read from disk; kept while the file's modification
    /// date and size are unchanged. `nil` when it cannot be read, is too large, or is not UTF-8.
    func diskParse(_ path: String) -> DocumentParse? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        let modified = Date(
            timeIntervalSince1970: Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1_000_000_000)
        let size = Int(status.st_size)
        guard size <= TreeLoader.maximumFileSize else { return nil }
        if let cached = diskFiles[path], cached.modified == modified, cached.size == size { return cached.parse }
        guard let data = try? FileReading.read(path, limit: TreeLoader.maximumFileSize),
            let text = String(data: data, encoding: .utf8)
        else { return nil }
        let parse = DocumentParse(path: path, text: text)
        diskFiles[path] = (modified, size, parse)
        return parse
    }

    /// The node id under the cursor and its span, in a tree or a scenario document.
    func id(at params: TextDocumentPositionParams) -> (document: LSPDocument, id: String, span: SourceRange)? {
        guard let document = documents[params.textDocument.uri] else { return nil }
        let location = LSPPositions.location(params.position, in: document.source)
        if document.isHazards { return Self.hazardNodeID(at: location, in: document.parse.hazards).map { (document, $0.id, $0.span) } }
        let found = document.isScenario ? document.parse.scenarioIndex?.id(at: location) : document.parse.treeIndex?.id(at: location)
        return found.map { (document, $0.id, $0.span) }
    }

    /// The node id a hazard's `nodes` names at `location`, and its span.
    static func hazardNodeID(at location: SourceLocation, in file: HazardFile) -> (id: String, span: SourceRange)? {
        for hazard in file.hazards {
            for (id, start) in hazard.nodes where start.line == location.line {
                let span = SourceRange(start: start, length: id.unicodeScalars.count)
                if location.column >= start.column, location.column <= span.end.column { return (id, span) }
            }
        }
        return nil
    }

    /// The hazards of the tree's hazard log (open, or beside it on disk) that name the node `id`:
    /// one hover line each.
    func hazardLines(naming id: String, in tree: TreeText) -> [String] {
        let sibling = TreeCache.standard(TreeFiles.hazardFile(besideTree: tree.path))
        let parse = documents.values.first { $0.isHazards && TreeCache.standard($0.path) == sibling }?.parse ?? diskParse(sibling)
        guard let file = parse?.hazards else { return [] }
        return file.hazards(naming: id).map { hazard in
            Phrasebook.english.hazardLine(
                id: hazard.id, title: hazard.title, status: hazard.status.rawValue, residualRisk: hazard.residual?.risk)
        }
    }

    func definition(_ params: TextDocumentPositionParams) -> LSPLocation? {
        guard let (document, id, _) = id(at: params), let tree = treeText(for: document), let node = tree.index.node(id) else { return nil }
        return LSPLocation(uri: tree.uri, range: LSPPositions.range(node.span, in: tree.source))
    }

    func references(_ params: TextDocumentPositionParams) -> [LSPLocation] {
        guard let (document, id, _) = id(at: params), let tree = treeText(for: document) else { return [] }
        return occurrences(of: id, in: tree).flatMap { uri, source, spans in
            spans.map { LSPLocation(uri: uri, range: LSPPositions.range($0, in: source)) }
        }
    }

    /// Every place an id stands: in the tree, and in each scenario file naming the tree (open
    /// ones as edited, and the tree's `NAME.tests.yaml` from disk when it is not open).
    func occurrences(of id: String, in tree: TreeText) -> [(uri: String, source: SourceText, spans: [SourceRange])] {
        var found = [(tree.uri, tree.source, tree.index.occurrences(of: id))]
        var scenarioPaths = Set<String>()
        for document in documents.values.sorted(by: { $0.uri < $1.uri })
        where document.isScenario && treePath(ofScenario: document) == tree.path {
            scenarioPaths.insert(TreeCache.standard(document.path))
            found.append((document.uri, document.source, document.parse.scenarioIndex?.occurrences(of: id) ?? []))
        }
        let sibling = TreeCache.standard(TreeFiles.scenarioFile(besideTree: tree.path))
        if !scenarioPaths.contains(sibling), let parse = diskParse(sibling), let index = parse.scenarioIndex,
            let named = index.tree,
            TreeCache.standard(PathName.joining(PathName.folder(of: sibling), named)) == tree.path
        {
            found.append((LSPPositions.uri(of: sibling), parse.source, index.occurrences(of: id)))
        }
        return found.filter { !$0.2.isEmpty }
    }

    func hover(_ params: TextDocumentPositionParams) -> LSPHover? {
        if let hover = keyHover(params) { return hover }
        guard let (document, id, span) = id(at: params), let tree = treeText(for: document), let node = tree.index.node(id) else {
            return nil
        }
        var lines = ["**\(node.kind ?? "node")** `\(id)`"]
        if let kind = node.kind, let text = node.field(kind) {
            lines.append(kind == "refer" ? Phrasebook.english.referral.hover(text) : text)
        }
        if !node.answers.isEmpty { lines.append("answers: " + node.answers.map { "\($0.label) → `\($0.target)`" }.joined(separator: ", ")) }
        if !node.items.isEmpty { lines.append("items: " + node.items.joined(separator: "; ")) }
        for key in ["any", "none", "next", "urgency", "advice", "help", "cite"] {
            if let value = node.field(key) { lines.append("\(key): \(value)") }
        }
        lines += hazardLines(naming: id, in: tree)
        let value = lines.map(Self.markdownEscaped).joined(separator: "\n\n")
        return LSPHover(contents: .init(kind: "markdown", value: value), range: LSPPositions.range(span, in: document.source))
    }

    /// What the key under the cursor in a tree file means, from the format table.
    private func keyHover(_ params: TextDocumentPositionParams) -> LSPHover? {
        guard let document = documents[params.textDocument.uri], !document.isScenario, !document.isHazards,
            let index = TreeIndex(text: document.text),
            let key = index.key(at: LSPPositions.location(params.position, in: document.source)),
            let doc = key.documentation
        else { return nil }
        let value = "**\(key.name)**\n\n" + Self.markdownEscaped(doc)
        return LSPHover(contents: .init(kind: "markdown", value: value), range: LSPPositions.range(key.span, in: document.source))
    }

    /// Text from a tree file is untrusted: HTML and link syntax are escaped, the bold and
    /// code marks dtree adds itself are kept.
    private static func markdownEscaped(_ line: String) -> String {
        line.replacing("<", with: "&lt;").replacing(">", with: "&gt;")
            .replacing("[", with: "\\[").replacing("]", with: "\\]")
    }

    func completion(_ params: TextDocumentPositionParams) -> [LSPCompletionItem] {
        guard let document = documents[params.textDocument.uri] else { return [] }
        let tree = treeText(for: document)
        let location = LSPPositions.location(params.position, in: document.source)
        let site = CompletionSite.find(at: location, in: document.source, scenario: document.isScenario) { id in
            tree?.index.node(id)?.kind
        }
        switch site {
        case .nodeID:
            return (tree?.index.nodes ?? []).map {
                LSPCompletionItem(
                    label: $0.id, kind: 18, detail: [$0.kind, $0.kind.flatMap($0.field)].compactMap { $0 }.joined(separator: ": "))
            }
        case .urgency:
            return ["routine", "soon", "urgent", "emergency"].map { LSPCompletionItem(label: $0, kind: 12, detail: "urgency") }
        case .specialist:
            let names =
                document.isScenario
                ? (tree?.index.referredSpecialists ?? [])
                : (tree.map { $0.index.specialists.isEmpty ? $0.index.referredSpecialists : $0.index.specialists } ?? [])
            var seen = Set<String>()
            return names.filter { seen.insert($0).inserted }.map { LSPCompletionItem(label: $0, kind: 12, detail: "specialist") }
        case .nodeKey(let kind):
            let keys = kind.map(TreeIndex.keys(forKind:)) ?? (TreeIndex.kindKeys + ["help", "cite"])
            return keys.map { LSPCompletionItem(label: $0, kind: 10, detail: kind.map { "\($0) key" } ?? "node kind or key") }
        case .topLevelKey:
            return TreeIndex.topLevelKeys.map { LSPCompletionItem(label: $0, kind: 10, detail: "tree key") }
        case .none:
            return []
        }
    }

    func prepareRename(_ params: TextDocumentPositionParams) -> LSPRange? {
        guard let (document, _, span) = id(at: params), !document.isHazards else { return nil }
        return LSPPositions.range(span, in: document.source)
    }

    func rename(_ params: RenameParams) -> Result<LSPWorkspaceEdit?, LSPResponseError> {
        let position = TextDocumentPositionParams(textDocument: params.textDocument, position: params.position)
        guard let (document, id, _) = id(at: position), !document.isHazards, let tree = treeText(for: document) else {
            return .success(nil)
        }
        let name = params.newName
        guard !name.isEmpty,
            name.unicodeScalars.allSatisfy({
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "_-.".unicodeScalars.contains($0))
            })
        else {
            return .failure(
                LSPResponseError(
                    code: LSPResponseError.invalidParams, message: "'\(name)' is not a node id: use ASCII letters, digits, '_', '-' and '.'"
                ))
        }
        if name != id, tree.index.node(name) != nil {
            return .failure(LSPResponseError(code: LSPResponseError.invalidParams, message: "the tree already has a node '\(name)'"))
        }
        var changes: [String: [LSPTextEdit]] = [:]
        for (uri, source, spans) in occurrences(of: id, in: tree) {
            changes[uri, default: []] += spans.map { LSPTextEdit(range: LSPPositions.range($0, in: source), newText: name) }
        }
        return .success(LSPWorkspaceEdit(changes: changes))
    }

    /// A quick fix for each fix-it of the diagnostics in the request: from the diagnostic's
    /// `data`, as published, or else from the fix-its last published with an equal diagnostic.
    func codeActions(_ params: CodeActionParams) -> [LSPCodeAction] {
        let uri = params.textDocument.uri
        let published = publishedFixIts[uri] ?? []
        return params.context.diagnostics.flatMap { diagnostic -> [LSPCodeAction] in
            var edits = diagnostic.data?.fixIts ?? []
            if edits.isEmpty, let document = documents[uri],
                let match = published.first(where: { $0.diagnostic.matches(diagnostic) })
            {
                edits = match.fixIts.map { LSPTextEdit(range: LSPPositions.range($0.range, in: document.source), newText: $0.replacement) }
            }
            return edits.map { edit in
                LSPCodeAction(
                    title: "Replace with '\(edit.newText)'", kind: "quickfix", diagnostics: [diagnostic], isPreferred: true,
                    edit: LSPWorkspaceEdit(changes: [uri: [edit]]))
            }
        }
    }

    func symbols(_ params: DocumentParams) -> [LSPDocumentSymbol] {
        guard let document = documents[params.textDocument.uri] else { return [] }
        let source = document.source
        if document.isScenario {
            // One per case (Event) and per invariant (Boolean), by name.
            return (document.parse.scenarioIndex?.entries ?? []).map { entry in
                let range = LSPPositions.range(entry.span, in: source)
                return LSPDocumentSymbol(
                    name: entry.name, detail: entry.isInvariant ? "invariant" : "case",
                    kind: entry.isInvariant ? 17 : 24, range: range, selectionRange: range)
            }
        }
        guard let index = document.parse.treeIndex else { return [] }
        let lineCount = document.text.reduce(into: 1) { count, character in if character == "\n" || character == "\r\n" { count += 1 } }
        return index.nodes.enumerated().map { offset, node in
            let selection = LSPPositions.range(node.span, in: source)
            let nextLine = offset + 1 < index.nodes.count ? index.nodes[offset + 1].span.start.line : lineCount + 1
            let end = LSPPosition(line: max(selection.end.line, nextLine - 1), character: 0)
            let range = LSPRange(start: LSPPosition(line: selection.start.line, character: 0), end: max(end, selection.end))
            return LSPDocumentSymbol(
                name: node.id, detail: [node.kind, node.kind.flatMap(node.field)].compactMap { $0 }.joined(separator: ": "),
                kind: Self.symbolKind(node.kind), range: range, selectionRange: selection)
        }
    }

    /// question → Function, number → Number, checklist → Enum, refer → Object, outcome → Constant, none yet → Key.
    private static func symbolKind(_ kind: String?) -> Int {
        guard let kind = kind.flatMap(NodeKind.init(rawValue:)) else { return 20 }
        switch kind {
        case .question: return 12
        case .number: return 16
        case .checklist: return 10
        case .refer: return 19
        case .outcome: return 14
        }
    }
}

extension LSPPosition: Comparable {
    static func < (lhs: LSPPosition, rhs: LSPPosition) -> Bool { (lhs.line, lhs.character) < (rhs.line, rhs.character) }
}
