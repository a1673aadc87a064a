import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Loading/: finding tree and scenario files from the paths a user gave.

/// Finds the files a command should read from the paths a user gave.
public enum TreeFiles {
    /// The extensions of tree files.
    public static let treeExtensions: Set<String> = ["yaml", "yml", "json"]
    /// The suffix that marks a scenario file rather than a tree.
    public static let scenarioSuffix = ".tests.yaml"

    /// The suffix that marks a hazard log rather than a tree (see docs/safety.md).
    public static let hazardSuffix = ".hazards.yaml"

    /// Whether a path names a hazard log (`NAME.hazards.yaml`), which is never a tree.
    public static func isHazardFile(_ path: String) -> Bool { path.hasSuffix(hazardSuffix) }

    /// The hazard log beside a tree: `NAME.hazards.yaml` for `NAME.yaml` (or `.yml`, `.json`).
    /// Whether it exists is not asked.
    public static func hazardFile(besideTree tree: String) -> String {
        PathName.deletingExtension(of: tree) + hazardSuffix
    }

    /// Whether a path names a scenario file (`NAME.tests.yaml`).
    public static func isScenarioFile(_ path: String) -> Bool { path.hasSuffix(scenarioSuffix) }

    /// The scenario file beside a tree: `NAME.tests.yaml` for `NAME.yaml` (or `.yml`, `.json`),
    /// in the same folder, spelt relative or absolute as `tree` is. Whether it exists is not asked.
    public static func scenarioFile(besideTree tree: String) -> String {
        PathName.deletingExtension(of: tree) + scenarioSuffix
    }

    /// What a search of the user's paths found.
    public struct Found: Sendable {
        /// The files, each once: named files in the order given, folders' files sorted by path.
        public var files: [String] = []
        /// The files found by searching a folder rather than named by the user.
        public var fromFolders: Set<String> = []
        /// Paths that do not exist or cannot be read.
        public var unreadable: [TreeLoader.ReadError] = []
    }

    /// The regular files under `folder`, to any depth, whose names pass `include`; hidden
    /// entries are skipped, and a symbolic link to a folder is not followed. Iterative: a deep
    /// folder costs no stack. `nil` when `folder` itself cannot be listed.
    private static func filesUnder(_ folder: String, include: (String) -> Bool) -> [String]? {
        let manager = FileManager.default
        guard (try? manager.contentsOfDirectory(atPath: folder)) != nil else { return nil }
        var files: [String] = []
        var pending = [folder]
        while let current = pending.popLast() {
            guard let names = try? manager.contentsOfDirectory(atPath: current) else { continue }
            for name in names where !name.hasPrefix(".") {
                let full = current.hasSuffix("/") ? current + name : current + "/" + name
                var status = stat()
                guard lstat(full, &status) == 0 else { continue }
                if (status.st_mode & S_IFMT) == S_IFDIR {
                    pending.append(full)
                } else if include(name), isRegularFile(full) {
                    // Only regular files: a FIFO or device in a folder is never opened (a FIFO would block).
                    files.append(full)
                }
            }
        }
        return files
    }

    /// The files named by `paths`: a file as given (whatever its extension), a folder searched
    /// to any depth for files whose name passes `include`. Hidden folders are skipped.
    public static func collect(_ paths: [String], include: (String) -> Bool) -> Found {
        var found = Found()
        var seen = Set<String>()
        let manager = FileManager.default
        for path in paths {
            var isDirectory = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                found.unreadable.append(.init(path: path, reason: "no such file or folder"))
                continue
            }
            guard isDirectory else {
                if seen.insert(path).inserted { found.files.append(path) }
                continue
            }
            guard let inFolder = filesUnder(path, include: include) else {
                found.unreadable.append(.init(path: path, reason: "cannot list the folder"))
                continue
            }
            for file in inFolder.sorted() where seen.insert(file).inserted {
                found.files.append(file)
                found.fromFolders.insert(file)
            }
        }
        return found
    }

    /// The scenario files the user's paths name, and the tree files in searched folders (to
    /// report the trees no scenario file tests): a scenario file as given, a tree file's
    /// `NAME.tests.yaml` beside it, a folder searched for both.
    public static func scenarios(in paths: [String]) -> (scenarios: Found, treesInFolders: [String]) {
        var scenarios = Found()
        var trees: [String] = []
        var seen = Set<String>()
        let found = collect(paths) { isScenarioFile($0) || isTreeFile($0) }
        scenarios.unreadable = found.unreadable
        func add(_ file: String) {
            if seen.insert(TreeCache.standard(file)).inserted { scenarios.files.append(file) }
        }
        for file in found.files {
            if isScenarioFile(file) {
                add(file)
            } else if found.fromFolders.contains(file) {
                trees.append(file)
            } else {
                let sibling = scenarioFile(besideTree: file)
                if isRegularFile(sibling) {
                    add(sibling)
                } else {
                    scenarios.unreadable.append(.init(path: file, reason: "not a scenario file, and there is no \(sibling) beside it"))
                }
            }
        }
        return (scenarios, trees)
    }

    /// Whether `path` is a regular file, following symbolic links (not a folder, FIFO,
    /// device or socket). Asked of the file system without opening the file.
    public static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    /// Why the file at `path` may not be read as the tree a scenario file names, or `nil` when
    /// it may: it must have a tree extension (`.yaml`, `.yml`, `.json`; not `.tests.yaml`), as
    /// must the file a symbolic link leads to, and be a regular file. Nothing is opened.
    public static func refusalAsNamedTree(_ path: String) -> String? {
        let name = PathName.name(of: path)
        guard isTreeFile(name) else {
            return "a tree file has a .yaml, .yml or .json extension (and is not a .tests.yaml)"
        }
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }  // missing: the read reports it
        guard status.st_mode & S_IFMT == S_IFREG else {
            let kind =
                switch status.st_mode & S_IFMT {
                case S_IFDIR: "a folder"
                case S_IFIFO: "a FIFO"
                case S_IFCHR, S_IFBLK: "a device"
                case S_IFSOCK: "a socket"
                default: "not a regular file"
                }
            return "it is \(kind), not a regular file"
        }
        let target = PathName.name(of: TreeCache.standard(path))
        guard isTreeFile(target) else {
            return "it links to '\(target)', which has no tree extension"
        }
        return nil
    }

    /// Whether a file name is a tree file: `.yaml`, `.yml` or `.json`, and not a scenario file
    /// or a hazard log.
    public static func isTreeFile(_ name: String) -> Bool {
        let ext = PathName.pathExtension(of: name).lowercased()
        return treeExtensions.contains(ext) && !isScenarioFile(name) && !isHazardFile(name)
    }
}
