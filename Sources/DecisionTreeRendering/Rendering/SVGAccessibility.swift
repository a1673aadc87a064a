import DecisionTree
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Rendering/: what a screen reader gets from an SVG chart: role="img", an accessible name
// (the tree's title) and description (the outline), added to Graphviz's SVG output.

/// Adds an accessible name and description to Graphviz's SVG output.
enum SVGAccessibility {
    /// The id of the `<title>` dtree adds as the SVG root's first child.
    static let titleID = "dtree-title"
    /// The id of the `<desc>` dtree adds after it.
    static let descriptionID = "dtree-desc"

    /// `svg` with `role="img"` and `aria-labelledby`/`aria-describedby` on its root, and a
    /// `<title>` and `<desc>` as the root's first children. Every piece of tree text is
    /// escaped for XML. `svg` is returned unchanged when it has no `<svg` root tag. The
    /// outline is in `words`' language, as the chart is.
    static func annotate(_ svg: Data, tree: Tree, words: Phrasebook = .english) -> Data {
        // Found in the bytes: every character looked for is ASCII, which no byte of a longer
        // UTF-8 sequence is (a String search here compared Characters: 0.5 M instructions).
        let bytes = svg.withUnsafeBytes { [UInt8]($0) }
        guard String(validating: bytes, as: UTF8.self) != nil, let root = firstIndex(of: Array("<svg".utf8), in: bytes),
            let close = bytes[(root + 4)...].firstIndex(of: UInt8(ascii: ">"))
        else { return svg }
        let selfClosing = bytes[close - 1] == UInt8(ascii: "/")
        guard !selfClosing else { return svg }
        let attributes = " role=\"img\" aria-labelledby=\"\(titleID)\" aria-describedby=\"\(descriptionID)\""
        var description = tree.title
        if let disclaimer = tree.disclaimer, !disclaimer.isEmpty { description += "\n" + disclaimer }
        description += "\n" + TreeOutline(tree, words: words).text
        let children =
            "\n<title id=\"\(titleID)\">\(XMLText.escaped(tree.title))</title>"
            + "\n<desc id=\"\(descriptionID)\">\(XMLText.escaped(description))</desc>"
        var out = Data(capacity: bytes.count + attributes.utf8.count + children.utf8.count + 1)
        out.append(contentsOf: bytes[..<close])
        out.append(contentsOf: Array((attributes + ">" + children).utf8))
        out.append(contentsOf: bytes[(close + 1)...])
        return out
    }

    /// Where `needle` first starts in `haystack`.
    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var start = 0
        while let candidate = haystack[start...].firstIndex(of: first), candidate + needle.count <= haystack.count {
            if haystack[candidate..<candidate + needle.count].elementsEqual(needle) { return candidate }
            start = candidate + 1
        }
        return nil
    }
}
