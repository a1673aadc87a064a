// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "dtree",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DecisionTree", targets: ["DecisionTree"]),
        .executable(name: "dtree", targets: ["dtree"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(
            name: "DecisionTree",
            dependencies: ["CGraphviz", .product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto")]
        ),
        .executableTarget(
            name: "dtree",
            dependencies: ["DecisionTree", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "DecisionTreeTests",
            dependencies: ["DecisionTree", "dtree"]
        ),
    ]
)
