import DecisionTree

/// Strips every `‸` from `marked` and returns the clean text and, in order, the location each marker stood at.
///
/// A marker sits just before the character a diagnostic should point to, so fixtures show
/// their expected positions inline instead of as hand-counted numbers.
package func markers(_ marked: String) -> (text: String, at: [SourceLocation]) {
    var text = ""
    var locations: [SourceLocation] = []
    var line = 1, column = 1
    for scalar in marked.unicodeScalars {
        if scalar == "‸" {
            locations.append(SourceLocation(line: line, column: column))
            continue
        }
        text.unicodeScalars.append(scalar)
        if scalar == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }
    return (text, locations)
}

/// Loads YAML text as a tree file named `t.yaml`.
package func load(_ text: String) -> LoadResult {
    TreeLoader.load(text: text, path: "t.yaml")
}
