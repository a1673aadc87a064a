import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Loading/: loading each tree file once per run, however many scenario files name it.

/// Loads each tree file once: a second request for the same file (by its absolute,
/// standardized path) returns the first result. One `dtree validate` or `dtree test` run
/// shares one cache, so a tree named by several scenario files is read and validated once.
public final class TreeCache {
    private var results: [String: Result<LoadResult, TreeLoader.ReadError>] = [:]

    /// How each tree's citations are checked, if at all.
    public let citations: CitationCheck?

    /// An empty cache; trees it loads have their cites checked with `citations`, when given.
    public init(citations: CitationCheck? = nil) { self.citations = citations }

    /// The result of loading `path`, loading it on first use (see
    /// ``TreeLoader/load(contentsOf:onlyTrees:)`` for `onlyTrees`; a file passed over that way
    /// is loaded in full when it is asked for without it).
    public func load(_ path: String, onlyTrees: Bool = false) throws(TreeLoader.ReadError) -> LoadResult {
        let key = Self.standard(path)
        if let cached = results[key], onlyTrees || (try? cached.get())?.skipped != true { return try cached.get() }
        let result: Result<LoadResult, TreeLoader.ReadError>
        do {
            result = .success(try TreeLoader.load(contentsOf: path, onlyTrees: onlyTrees, citations: citations))
        } catch {
            result = .failure(error)
        }
        results[key] = result
        return try result.get()
    }

    /// An absolute, standardized path, to tell whether two paths name the same file.
    public static func standard(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
