// Tests/Unit/Architecture: the walls between targets and folders. Each folder's manifest
// (`Sources/TARGET/FOLDER/FOLDER.swift`; the command line's is `Sources/dtree/dtree.swift`)
// names what the folder owns, which folders it may use and which modules it may import; this
// test reads every source file and fails on a use or an import outside that list, on a cycle
// between folders, and on a file whose first comment does not say what it owns.

import Foundation
import TestSupport
import Testing

/// The sources' folders, their manifests and what each file uses, read from disk.
struct SourceMap {
    /// A folder of a target (`DecisionTree/Loading`), or a target without folders (`dtree`).
    struct Unit: Hashable, Comparable, CustomStringConvertible {
        let target: String
        let folder: String?
        var description: String { folder.map { "\(target)/\($0)" } ?? target }
        static func < (a: Unit, b: Unit) -> Bool { a.description < b.description }
    }

    /// What a manifest allows: folders (in its target or another) and modules.
    struct Manifest {
        var folders: Set<Unit> = []
        /// Targets any of whose folders may be used (`DecisionTree/*`).
        var targets: Set<String> = []
        var modules: Set<String> = []
    }

    /// A source file: where it is, its text with comments and string literals blanked, its imports.
    struct File {
        let path: String
        let unit: Unit
        let code: String
        let imports: [String]
        let firstComment: String?
    }

    var manifests: [Unit: Manifest] = [:]
    var files: [File] = []
    /// Top-level type names and the unit that declares each.
    var declarations: [String: Set<Unit>] = [:]

    /// Reads every target folder under `root/Sources` (system-library targets have no Swift).
    init(root: URL) throws {
        let sources = root.appendingPathComponent("Sources")
        let manager = FileManager.default
        for target in try manager.contentsOfDirectory(atPath: sources.path).sorted() {
            let targetURL = sources.appendingPathComponent(target)
            guard let walker = manager.enumerator(atPath: targetURL.path) else { continue }
            for case let relative as String in walker where relative.hasSuffix(".swift") {
                let parts = relative.split(separator: "/").map(String.init)
                let unit = Unit(target: target, folder: parts.count > 1 ? parts[0] : nil)
                let text = try String(contentsOf: targetURL.appendingPathComponent(relative), encoding: .utf8)
                let file = File(
                    path: "Sources/\(target)/\(relative)", unit: unit, code: Self.blanked(text),
                    imports: Self.imports(in: text), firstComment: Self.firstComment(in: text))
                files.append(file)
                for name in Self.declaredTypes(in: file.code) { declarations[name, default: []].insert(unit) }
            }
        }
        for unit in Set(files.map(\.unit)) {
            let name = unit.folder ?? unit.target
            let path = sources.appendingPathComponent(unit.description).appendingPathComponent("\(name).swift")
            guard let text = try? String(contentsOf: path, encoding: .utf8) else { continue }
            manifests[unit] = Self.manifest(text, in: unit)
        }
    }

    /// Parses `// May import: A, B, Target/*, Target/Folder` and `// Modules: X, Y`.
    static func manifest(_ text: String, in unit: Unit) -> Manifest {
        var manifest = Manifest()
        for line in text.split(separator: "\n") {
            let list = { (prefix: String) -> [String]? in
                guard line.hasPrefix(prefix) else { return nil }
                return line.dropFirst(prefix.count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty && $0 != "nothing" && $0 != "none" }
            }
            if let names = list("// May import:") {
                for name in names {
                    let parts = name.split(separator: "/").map(String.init)
                    if parts.count == 2, parts[1] == "*" {
                        manifest.targets.insert(parts[0])
                    } else if parts.count == 2 {
                        manifest.folders.insert(Unit(target: parts[0], folder: parts[1]))
                    } else {
                        manifest.folders.insert(Unit(target: unit.target, folder: name))
                    }
                }
            }
            if let names = list("// Modules:") { manifest.modules.formUnion(names) }
        }
        return manifest
    }

    /// The text with comments and string literals replaced by blanks, so words in them are not uses.
    static func blanked(_ text: String) -> String {
        var out = ""
        var index = text.startIndex
        func starts(_ token: String) -> Bool { text[index...].hasPrefix(token) }
        while index < text.endIndex {
            if starts("//") {
                index = text[index...].firstIndex(of: "\n") ?? text.endIndex
            } else if starts("/*") {
                index = text[index...].range(of: "*/").map(\.upperBound) ?? text.endIndex
            } else if starts("\"\"\"") {
                let rest = text.index(index, offsetBy: 3)
                index = text[rest...].range(of: "\"\"\"").map(\.upperBound) ?? text.endIndex
                out += "\"\""
            } else if text[index] == "\"" {
                var cursor = text.index(after: index)
                while cursor < text.endIndex, text[cursor] != "\"", text[cursor] != "\n" {
                    cursor = text.index(
                        after: text[cursor] == "\\" && text.index(after: cursor) < text.endIndex ? text.index(after: cursor) : cursor)
                }
                index = cursor < text.endIndex ? text.index(after: cursor) : cursor
                out += "\"\""
            } else {
                out.append(text[index])
                index = text.index(after: index)
            }
        }
        return out
    }

    static func imports(in text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            guard let at = words.firstIndex(of: "import"), words[..<at].allSatisfy({ $0 == "@testable" || $0 == "@_exported" }),
                at + 1 < words.count
            else { return nil }
            return String(words[at + 1])
        }
    }

    /// The first line comment before any declaration (imports and conditional compilation aside).
    static func firstComment(in text: String) -> String? {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("// ") { return trimmed }
            if trimmed.hasPrefix("import ") || trimmed.hasPrefix("#") || trimmed.hasPrefix("@testable") { continue }
            return nil
        }
        return nil
    }

    static func declaredTypes(in code: String) -> [String] {
        let kinds: Set<Substring> = ["struct", "enum", "class", "protocol", "typealias", "actor"]
        var names: [String] = []
        for line in code.split(separator: "\n") where !line.hasPrefix(" ") {
            let words = line.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "<" || $0 == "{" || $0 == "(" })
            guard let at = words.firstIndex(where: { kinds.contains($0) }), at + 1 < words.count,
                words[..<at].allSatisfy({ ["public", "package", "final", "indirect", "private", "fileprivate"].contains($0) })
            else { continue }
            names.append(String(words[at + 1]))
        }
        return names
    }

    /// Capitalised words of the code (type names and the like).
    static func typeWords(in code: String) -> Set<String> {
        var words = Set<String>()
        var current = ""
        for scalar in code.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) || scalar == "_" {
                current.unicodeScalars.append(scalar)
            } else {
                if let first = current.unicodeScalars.first, CharacterSet.uppercaseLetters.contains(first) { words.insert(current) }
                current = ""
            }
        }
        return words
    }

    /// Whether `unit`'s manifest lets it use `other`.
    func allows(_ unit: Unit, toUse other: Unit) -> Bool {
        guard unit != other, let manifest = manifests[unit] else { return unit == other }
        return manifest.folders.contains(other) || manifest.targets.contains(other.target)
    }

    /// Every use or import outside a manifest's list, as `file: what`.
    func violations() -> [String] {
        var found: [String] = []
        for file in files {
            guard let manifest = manifests[file.unit] else {
                found.append("\(file.path): its folder \(file.unit) has no manifest")
                continue
            }
            let targets = manifest.targets.union(manifest.folders.map(\.target))
            for module in file.imports where !manifest.modules.contains(module) && !targets.contains(module) {
                found.append("\(file.path): imports \(module), which \(file.unit)'s manifest does not name")
            }
            for word in Self.typeWords(in: file.code).sorted() {
                guard let owners = declarations[word], !owners.contains(file.unit) else { continue }
                // A name declared in a target this one cannot see is another module's, not a use.
                let visible = owners.filter { $0.target == file.unit.target || targets.contains($0.target) }
                for owner in visible.sorted() where !allows(file.unit, toUse: owner) {
                    found.append("\(file.path): uses \(word) of \(owner), which \(file.unit)'s manifest does not name")
                }
            }
        }
        return found
    }

    /// Folders that reach themselves through their manifests' lists.
    func cycles() -> [String] {
        var edges: [Unit: [Unit]] = [:]
        let units = Set(manifests.keys)
        for unit in units {
            edges[unit] = units.filter { $0 != unit && allows(unit, toUse: $0) && $0.target == unit.target }.sorted()
        }
        // Iterative three-colour depth-first search.
        var colour: [Unit: Int] = [:]
        var found: [String] = []
        for root in units.sorted() where colour[root] == nil {
            var stack: [(Unit, Int)] = [(root, 0)]
            colour[root] = 1
            while let (unit, next) = stack.last {
                let targets = edges[unit] ?? []
                if next < targets.count {
                    stack[stack.count - 1].1 += 1
                    let target = targets[next]
                    if colour[target] == 1 { found.append("\(unit) -> \(target)") }
                    if colour[target] == nil { colour[target] = 1; stack.append((target, 0)) }
                } else {
                    colour[unit] = 2
                    stack.removeLast()
                }
            }
        }
        return found
    }
}

@Suite struct ImportRulesTests {
    @Test func everyUseAndImportIsOneTheFolderManifestNames() throws {
        let map = try SourceMap(root: CLI.packageRoot)
        #expect(map.files.count > 100)
        #expect(map.manifests.count >= 19)
        #expect(map.violations() == [])
    }

    @Test func noFolderReachesItselfThroughItsManifest() throws {
        #expect(try SourceMap(root: CLI.packageRoot).cycles() == [])
    }

    @Test func everyFileSaysFirstWhatItOwns() throws {
        let map = try SourceMap(root: CLI.packageRoot)
        let missing = map.files.filter { $0.firstComment == nil }.map(\.path)
        #expect(missing == [])
    }

    /// The rule can fail: a model file that used the loader, or imported Graphviz, is caught.
    @Test func aUseOutsideTheListIsReported() throws {
        var map = try SourceMap(root: CLI.packageRoot)
        let model = SourceMap.Unit(target: "DecisionTree", folder: "Model")
        let code = SourceMap.blanked(
            "import CGraphviz\n// TreeLoader in a comment is no use\nlet x = TreeLoader.self // \"Graph\"\nlet y = \"GraphAnalysis\"\n")
        map.files = [
            SourceMap.File(
                path: "Sources/DecisionTree/Model/Bad.swift", unit: model, code: code,
                imports: SourceMap.imports(in: "import CGraphviz\n"), firstComment: "// Model/: bad")
        ]
        #expect(
            map.violations() == [
                "Sources/DecisionTree/Model/Bad.swift: imports CGraphviz, which DecisionTree/Model's manifest does not name",
                "Sources/DecisionTree/Model/Bad.swift: uses TreeLoader of DecisionTree/Loading, which DecisionTree/Model's manifest does not name",
            ])
        map.manifests[model]?.folders.insert(.init(target: "DecisionTree", folder: "Loading"))
        #expect(try SourceMap(root: CLI.packageRoot).cycles() == [])
        #expect(!map.cycles().isEmpty, "Model may use Loading, which uses Model: a cycle")
    }
}
