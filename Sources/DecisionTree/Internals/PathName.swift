// Internals/: a path's parts as text (folder, name, extension, joining), through swift-system's
// FilePath: lexical only, nothing is looked up on disk. It keeps dtree off Foundation's
// NSString, whose path methods pull all of Foundation (and ICU's data) into the binary.

import SystemPackage

/// Lexical path operations with NSString's results for the paths dtree handles: the folder of
/// `x.yaml` is `""`, of `/x` is `/`, of `a/b/` is `a`.
package enum PathName {
    /// The path without its last component: `Trees` for `Trees/x.yaml`, `""` for `x.yaml`.
    package static func folder(of path: String) -> String {
        FilePath(path).removingLastComponent().string
    }

    /// The last component: `x.yaml` for `Trees/x.yaml`; `/` for `/`; `""` for `""`.
    package static func name(of path: String) -> String {
        let file = FilePath(path)
        if let last = file.lastComponent { return last.string }
        return file.root?.string ?? ""
    }

    /// The last component's extension without its dot, `""` when it has none: `yaml`.
    package static func pathExtension(of path: String) -> String {
        FilePath(path).extension ?? ""
    }

    /// The path without its last component's extension: `Trees/x` for `Trees/x.yaml`.
    package static func deletingExtension(of path: String) -> String {
        var file = FilePath(path)
        file.extension = nil
        return file.string
    }

    /// `name` under `folder` (`name` alone when `folder` is empty).
    package static func joining(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : FilePath(folder).appending(name).string
    }

    /// The path with `.`, `..` and repeated separators resolved lexically.
    package static func normalized(_ path: String) -> String {
        FilePath(path).lexicallyNormalized().string
    }
}
