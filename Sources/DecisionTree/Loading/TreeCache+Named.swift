// Loading/: the tree a scenario file or hazard log names with `tree:`, loaded once through the
// cache, with the one set of messages both give when it cannot be used.

extension TreeCache {
    /// The diagnostics that mean a file is not a tree at all (rather than a tree with errors).
    static let notATreeRules: Set<Rule> = [.yamlSyntax, .topLevelNotMapping, .binaryFile, .notUTF8, .emptyFile, .fileTooLarge]

    /// Loads the tree that a companion file names as `name` (resolved to `resolved`) at
    /// `location`, as only a tree, reporting through `reader` why it cannot be used: a path
    /// that may not be a tree (`not-a-tree-file`), a file that is not a tree, a tree with
    /// errors (`tree-has-errors`), or one that cannot be read.
    ///
    /// - Returns: the load's result when the file is a tree file (its `tree` is `nil` when it
    ///   has errors); `nil` when it is not one or cannot be read.
    func loadNamedTree(_ name: String, resolved: String, at location: SourceLocation, reader: inout MappingReader) -> LoadResult? {
        if let refusal = TreeFiles.refusalAsNamedTree(resolved) {
            reader.report(.notATreeFile, "'\(name)' cannot be the tree (\(resolved)): \(refusal)", at: location)
            return nil
        }
        do {
            // Loaded as only a tree: a file that is not one (no top-level 'tree:' key, not
            // YAML, binary) is named as such, and none of its lines are shown.
            let result = try load(resolved, onlyTrees: true)
            if result.skipped || result.diagnostics.contains(where: { Self.notATreeRules.contains($0.rule) }) {
                reader.report(
                    .notATreeFile,
                    "'\(name)' is not a tree file (\(resolved)): it is not a YAML or JSON mapping with a top-level 'tree:' key; run 'dtree validate \(resolved)' to see why",
                    at: location)
                return nil
            }
            if result.tree == nil {
                let errors = result.diagnostics.filter { $0.severity == .error }.count
                reader.report(
                    .treeHasErrors, "the tree '\(name)' has \(errors) error\(errors == 1 ? "" : "s"); run 'dtree validate \(resolved)'",
                    at: location)
            }
            return result
        } catch {
            reader.report(.unreadableFile, "cannot read the tree '\(name)' (\(resolved)): \(error.reason)", at: location)
            return nil
        }
    }
}
