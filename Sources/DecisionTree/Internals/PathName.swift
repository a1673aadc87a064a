// Internals/: a path's parts as text (folder, name, extension, joining, lexical normalizing):
// lexical only, nothing is looked up on disk. It keeps dtree off Foundation's NSString, whose
// path methods pull all of Foundation (and ICU's data) into the binary.

/// Lexical path operations with NSString's results for the paths dtree handles: the folder of
/// `x.yaml` is `""`, of `/x` is `/`, of `a/b/` is `a`.
///
/// Written over the path's bytes rather than through swift-system's `FilePath`: these five
/// operations are all dtree needs, and `FilePath` checks its invariants on every component in
/// debug builds, which cost 35 M of the 120 M instructions of a debug `dtree validate` (the build
/// the perf guard counts) for a handful of calls.
package enum PathName {
    /// The path without trailing slashes (a path of slashes only is `/`).
    private static func trimmed(_ path: String) -> Substring {
        var text = Substring(path)
        while text.count > 1, text.hasSuffix("/") { text = text.dropLast() }
        return text
    }

    /// The path without its last component: `Trees` for `Trees/x.yaml`, `""` for `x.yaml`.
    package static func folder(of path: String) -> String {
        let text = trimmed(path)
        guard let slash = text.lastIndex(of: "/") else { return "" }
        var folder = text[..<slash]
        while folder.hasSuffix("/") { folder = folder.dropLast() }
        return folder.isEmpty ? "/" : String(folder)
    }

    /// The last component: `x.yaml` for `Trees/x.yaml`; `/` for `/`; `""` for `""`.
    package static func name(of path: String) -> String {
        let text = trimmed(path)
        if text == "/" { return "/" }
        guard let slash = text.lastIndex(of: "/") else { return String(text) }
        return String(text[text.index(after: slash)...])
    }

    /// The last component's extension without its dot, `""` when it has none (`.hidden` has
    /// none): `yaml`.
    package static func pathExtension(of path: String) -> String {
        let last = name(of: path)
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return "" }
        return String(last[last.index(after: dot)...])
    }

    /// The path without its last component's extension: `Trees/x` for `Trees/x.yaml`.
    package static func deletingExtension(of path: String) -> String {
        let last = name(of: path)
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return path }
        let text = trimmed(path)
        return String(text.dropLast(last.distance(from: dot, to: last.endIndex)))
    }

    /// `name` under `folder` (`name` alone when `folder` is empty).
    package static func joining(_ folder: String, _ name: String) -> String {
        if folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The path with `.` components, repeated separators and `..` after a named component
    /// resolved lexically: `/a/./b/../c` is `/a/c`; a `..` at the top of a relative path stays.
    package static func normalized(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", absolute, parts.isEmpty {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : joined
    }
}
