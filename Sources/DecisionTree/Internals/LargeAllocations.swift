// Internals/: the C allocator's policy while a large file is loaded (glibc's mmap threshold
// held fixed, so the large arrays a load frees go back to the system). No public API.

#if canImport(Glibc)
    import Glibc
#endif

/// How the C allocator treats the large arrays a large tree file is loaded into.
///
/// glibc serves a block of 128 KiB or more with its own mapping, but each time such a block
/// is freed it raises that threshold to the block's size (up to 32 MiB): the arrays a large
/// tree's nodes grow through, and the draft let go as the tree is built, then leave blocks
/// of that size in the heap, which the process keeps. Validating 100,000 nodes (6.6 MB) peaked
/// at 82.8 MB with the sliding threshold and 67.3 MB with it held at 128 KiB.
enum LargeAllocations {
    /// Texts of this many bytes or more are large (a tree of some 15,000 nodes).
    static let largeText = 1 << 20

    /// Holds glibc's mmap threshold at its default before a text of `size` bytes is loaded,
    /// when the text is large; does nothing elsewhere, or a second time. Returns whether the
    /// threshold is held for this text.
    @discardableResult
    static func prepare(forTextOf size: Int) -> Bool {
        guard size >= largeText else { return false }
        return thresholdFixed
    }

    /// Whether the threshold is held fixed; the first read fixes it (a `static let` is
    /// initialised once, thread-safely).
    private static let thresholdFixed: Bool = {
        #if canImport(Glibc)
            // `mallopt` is in glibc's malloc.h, which the Glibc module does not bring in.
            typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
            let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
            guard let symbol = dlsym(nil, "mallopt") else { return false }
            return unsafeBitCast(symbol, to: Mallopt.self)(mmapThreshold, 128 << 10) == 1
        #else
            return false
        #endif
    }()
}
