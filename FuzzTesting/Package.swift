// swift-tools-version:6.0
// Fuzzing dtree with libFuzzer: a package of its own (so the main package never builds with
// -sanitize=fuzzer), depending on the main package by path. Build and run with `make fuzz`
// or scripts/fuzz.sh; see README.md in this folder.
import PackageDescription

let package = Package(
    name: "FuzzTesting",
    dependencies: [
        .package(name: "dtree", path: "..")
    ],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver for Swift.
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "dtree-fuzz",
            // DecisionTreeRendering for its DOT writer (untrusted text into DOT), which the tree
            // target fuzzes; no layout runs, but the target links Graphviz's library.
            dependencies: [
                "CFuzzerDriver", .product(name: "DecisionTree", package: "dtree"),
                .product(name: "DecisionTreeRendering", package: "dtree"),
                .product(name: "DecisionTreeLSP", package: "dtree"),
            ]
        ),
    ]
)
