// Loading/: the top-level mapping of a file beside a tree (a scenario file, a hazard log),
// or the one located error that says why there is none.

extension YAMLReader {
    /// The top-level mapping `text` composes to, or one located diagnostic in `path`: YAML that
    /// does not compose, an empty file (`empty-file`), or a top level that is not a mapping
    /// (`top-level-not-mapping`), said as "`shape`, not a list" / "`shape`, but the file is
    /// empty", where `shape` is e.g. "a hazard file must be a mapping with tree and hazards".
    static func composeMapping(_ text: String, path: String, shape: String) -> Result<YAMLNode, Diagnostic> {
        let root: YAMLNode?
        do {
            root = try compose(text)
        } catch {
            return .failure(Diagnostic(error.rule, error.message, at: error.location, in: path))
        }
        guard let root, root.mapping != nil else {
            let what = root.map { "not \($0.kindDescription)" } ?? "but the file is empty"
            return .failure(
                Diagnostic(root == nil ? .emptyFile : .topLevelNotMapping, "\(shape), \(what)", at: root?.location ?? .start, in: path))
        }
        return .success(root)
    }
}
