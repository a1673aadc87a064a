import Foundation

/// Finds the files a command should read from the paths a user gave.
public enum TreeFiles {
    /// The extensions of tree files.
    public static let treeExtensions: Set<String> = ["yaml", "yml", "json"]
    /// The suffix that marks a scenario file rather than a tree.
    public static let scenarioSuffix = ".tests.yaml"

    /// Whether a path names a scenario file (`NAME.tests.yaml`).
    public static func isScenarioFile(_ path: String) -> Bool { path.hasSuffix(scenarioSuffix) }

    /// What a search of the user's paths found.
    public struct Found: Sendable {
        /// The files, each once: named files in the order given, folders' files sorted by path.
        public var files: [String] = []
        /// Paths that do not exist or cannot be read.
        public var unreadable: [TreeLoader.ReadError] = []
    }

    /// The files named by `paths`: a file as given (whatever its extension), a folder searched
    /// to any depth for files whose name passes `include`. Hidden folders are skipped.
    public static func collect(_ paths: [String], include: (String) -> Bool) -> Found {
        var found = Found()
        var seen = Set<String>()
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                found.unreadable.append(.init(path: path, reason: "no such file or folder"))
                continue
            }
            guard isDirectory.boolValue else {
                if seen.insert(path).inserted { found.files.append(path) }
                continue
            }
            guard let enumerator = manager.enumerator(atPath: path) else {
                found.unreadable.append(.init(path: path, reason: "cannot list the folder"))
                continue
            }
            var inFolder: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    enumerator.skipDescendants()
                    continue
                }
                guard include(name) else { continue }
                let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
                var childIsDirectory: ObjCBool = false
                if manager.fileExists(atPath: full, isDirectory: &childIsDirectory), !childIsDirectory.boolValue {
                    inFolder.append(full)
                }
            }
            for file in inFolder.sorted() where seen.insert(file).inserted { found.files.append(file) }
        }
        return found
    }

    /// Whether a file name is a tree file: `.yaml`, `.yml` or `.json`, and not a scenario file.
    public static func isTreeFile(_ name: String) -> Bool {
        let ext = (name as NSString).pathExtension.lowercased()
        return treeExtensions.contains(ext) && !isScenarioFile(name)
    }
}
