// DecisionTreeTests: PathName, the binary's lexical path operations, gives what Foundation's
// NSString path methods give (the tests may link Foundation; the binary may not).

@testable import DecisionTree
import Foundation
import Testing

@Suite struct PathNameTests {
    /// Paths dtree builds or reads from users. (`//` and `a//b` are left out: NSString on
    /// Linux gives `""` for the folder and name of `//`, and folds `//` only in some methods.)
    static let paths = [
        "", "/", "x.yaml", "Trees/x.yaml", "Trees/x.tests.yaml", "/abs/Trees/x.yaml", "a/b/", "a/b//",
        ".hidden", "dir/.hidden", "a.", "a.b.c", "../x.yaml", "./x.yaml", "/x", "Trees/", "a/b.c/d",
    ]

    @Test(arguments: paths) func agreesWithNSString(_ path: String) {
        let ns = path as NSString
        #expect(PathName.folder(of: path) == ns.deletingLastPathComponent, "folder of '\(path)'")
        #expect(PathName.name(of: path) == ns.lastPathComponent, "name of '\(path)'")
        #expect(PathName.pathExtension(of: path) == ns.pathExtension, "extension of '\(path)'")
        if !path.hasSuffix("/") {
            #expect(PathName.deletingExtension(of: path) == ns.deletingPathExtension, "without extension '\(path)'")
        }
    }

    @Test func joinsAndNormalizes() {
        #expect(PathName.joining("", "x.yaml") == "x.yaml")
        #expect(PathName.joining("Trees", "x.yaml") == "Trees/x.yaml")
        #expect(PathName.joining("/", "x.yaml") == "/x.yaml")
        #expect(PathName.normalized("/a/./b/../c") == "/a/c")
        #expect(PathName.normalized("/../a") == "/a")
        #expect(PathName.normalized("a//b/./c/..") == "a/b")
        #expect(PathName.normalized("../a/../b") == "../b")
        #expect(PathName.normalized("/work/x/../y.txt") == ("/work/x/../y.txt" as NSString).standardizingPath)
    }
}
