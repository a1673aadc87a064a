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
        guard let text = String(data: svg, encoding: .utf8), let root = text.firstRange(of: "<svg"),
            let close = text[root.upperBound...].firstIndex(of: ">")
        else { return svg }
        let selfClosing = text[text.index(before: close)] == "/"
        guard !selfClosing else { return svg }
        let attributes = " role=\"img\" aria-labelledby=\"\(titleID)\" aria-describedby=\"\(descriptionID)\""
        var description = tree.title
        if let disclaimer = tree.disclaimer, !disclaimer.isEmpty { description += "\n" + disclaimer }
        description += "\n" + TreeOutline(tree, words: words).text
        let children =
            "\n<title id=\"\(titleID)\">\(XMLText.escaped(tree.title))</title>"
            + "\n<desc id=\"\(descriptionID)\">\(XMLText.escaped(description))</desc>"
        var out = String(text[..<close])
        out += attributes + ">" + children
        out += text[text.index(after: close)...]
        return Data(out.utf8)
    }
}
