// swift-tools-version:6.0
// The package's targets are its walls: the compiler keeps each one to the imports named here.
// The design and what each target owns: README.md, "The library's targets".
import PackageDescription

let package = Package(
    name: "dtree",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DecisionTree", targets: ["DecisionTree"]),
        .library(name: "DecisionTreeRendering", targets: ["DecisionTreeRendering"]),
        .library(name: "DecisionTreePage", targets: ["DecisionTreePage"]),
        .library(name: "DecisionTreeLSP", targets: ["DecisionTreeLSP"]),
        .executable(name: "dtree", targets: ["dtree"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-system", from: "1.5.0"),
    ],
    targets: [
        // libyaml, from Debian's libyaml-dev: the YAML parser (module map and shim only).
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // OpenSSL's libcrypto, from Debian's libssl-dev: SHA-256 (module map and shim only).
        .systemLibrary(
            name: "CLibcrypto",
            // Headers only (libssl-dev): libcrypto is opened with dlopen on the first hash
            // (Internals/Digest), not linked.
            providers: [.apt(["libssl-dev"])]
        ),
        // Graphviz's C library, from Debian's libgraphviz-dev (module map and shim only).
        .systemLibrary(
            name: "CGraphviz",
            // Headers only (libgraphviz-dev): Graphviz is opened with dlopen when a command
            // renders (GraphvizGate), not linked, so nothing else loads it.
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // The engine: model, format, diagnostics, loading, validation, execution, scenarios,
        // review, exports and the words people read. Builds without Graphviz.
        .target(
            name: "DecisionTree",
            dependencies: [
                "CYAML", "CLibcrypto",
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),  // FilePath, for Subprocess's executable
            ]
        ),
        // Drawing trees and diffs through Graphviz's C library, in process.
        .target(
            name: "DecisionTreeRendering",
            dependencies: ["DecisionTree", "CGraphviz"]
        ),
        // The review page: one self-contained HTML file.
        .target(
            name: "DecisionTreePage",
            dependencies: ["DecisionTree", "DecisionTreeRendering"],
            resources: [.embedInCode("Page/review-page.css"), .embedInCode("Page/review-page.js")]
        ),
        // The language server: protocol, transport and server layers over the engine.
        .target(
            name: "DecisionTreeLSP",
            dependencies: ["DecisionTree"]
        ),
        // The command line: parses and prints; the libraries decide.
        .executableTarget(
            name: "dtree",
            dependencies: [
                "DecisionTree", "DecisionTreeRendering", "DecisionTreePage", "DecisionTreeLSP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [
                .embedInCode("Schemas/dtree-tree.schema.json"), .embedInCode("Schemas/dtree-tests.schema.json"),
                .embedInCode("Schemas/dtree-hazards.schema.json"),
            ]
        ),
        // Library-API throughput behind `dtree run` (Benchmarks/run/api-bench.sh); not a test.
        .executableTarget(
            name: "dtree-api-bench",
            dependencies: ["DecisionTree", "TestSupport"],
            path: "Benchmarks/APIThroughput"
        ),
        // The one generator of large trees (YAML text) for the scale tests and the benchmarks.
        .target(
            name: "TreeGenerator",
            path: "Benchmarks/TreeGenerator"
        ),
        // `dtree-gen SHAPE N`: the generator's trees on stdout, for the benchmark scripts.
        .executableTarget(
            name: "dtree-gen",
            dependencies: ["TreeGenerator", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/GenerateTree"
        ),
        // What the Swift test targets share: fixtures, ‸ markers, running the built binary.
        .target(
            name: "TestSupport",
            dependencies: ["DecisionTree", "DecisionTreeRendering"],
            path: "Tests/Support"
        ),
        // Swift unit tests of the libraries.
        .testTarget(
            name: "DecisionTreeTests",
            dependencies: ["DecisionTree", "DecisionTreeRendering", "DecisionTreePage", "TestSupport", "TreeGenerator"],
            path: "Tests/Unit"
        ),
        // End-to-end tests through the built `dtree` binary.
        .testTarget(
            name: "CLITests",
            dependencies: ["DecisionTree", "DecisionTreeRendering", "DecisionTreePage", "TestSupport", "TreeGenerator", "dtree"],
            path: "Tests/CLI"
        ),
        // The language server in Swift, over an in-memory transport.
        .testTarget(
            name: "LSPTests",
            dependencies: ["DecisionTree", "DecisionTreeLSP", "TestSupport"],
            path: "Tests/lsp/Swift"
        ),
    ]
)
