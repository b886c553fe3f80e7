// swift-tools-version:6.2
import PackageDescription

let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "Ballast",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "ballast", targets: ["ballast"]),
        .executable(name: "ballast-bench", targets: ["ballast-bench"]),
        .library(name: "BallastCore", targets: ["BallastCore"]),
        .library(name: "BallastData", targets: ["BallastData"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib",
                       providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CSystemShims", path: "Sources/CSystemShims"),
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "BallastCore", swiftSettings: strict),
        .target(
            name: "BallastData",
            dependencies: ["BallastCore", "CZlib", "CSystemShims", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/instruments.yaml")],
            swiftSettings: strict),
        .target(name: "BallastRisk", dependencies: ["BallastCore"], swiftSettings: strict),
        .target(name: "BallastEngine", dependencies: ["BallastCore", "BallastRisk"], swiftSettings: strict),
        .target(name: "BallastBacktest", dependencies: ["BallastCore", "BallastRisk", "BallastEngine", "BallastData"], swiftSettings: strict),
        .target(
            name: "BallastStore",
            dependencies: ["BallastCore", "CSQLite", .product(name: "PostgresNIO", package: "postgres-nio")],
            swiftSettings: strict),
        .target(name: "BallastExecution", dependencies: ["BallastCore", "BallastRisk", "BallastEngine", "BallastStore"], swiftSettings: strict),
        .target(name: "BallastBrokers", dependencies: ["BallastCore", "BallastExecution"], swiftSettings: strict),
        .target(name: "BallastResearch", dependencies: ["BallastCore", "BallastData"], swiftSettings: strict),
        .target(name: "BallastTestSupport", dependencies: ["BallastCore", "BallastData", "BallastStore"], swiftSettings: strict),
        .executableTarget(
            name: "ballast",
            dependencies: ["BallastCore", "BallastData", "BallastRisk", "BallastEngine", "BallastBacktest", "BallastStore", "BallastExecution", "BallastBrokers", "BallastResearch", "CSystemShims", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict),
        .executableTarget(
            name: "ballast-bench",
            dependencies: ["BallastCore", "BallastData", "BallastRisk", "BallastEngine", "BallastBacktest", "BallastStore", "BallastExecution", "BallastBrokers", "BallastResearch", "CSystemShims", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict),
        .testTarget(name: "BallastCoreTests", dependencies: ["BallastCore", "BallastTestSupport"], swiftSettings: strict),
        .testTarget(name: "BallastDataTests", dependencies: ["BallastCore", "BallastData", "BallastTestSupport"], swiftSettings: strict),
        .testTarget(name: "BallastEngineTests", dependencies: ["BallastCore", "BallastRisk", "BallastEngine", "BallastData", "BallastTestSupport"], swiftSettings: strict),
        .testTarget(name: "BallastBacktestTests", dependencies: ["BallastCore", "BallastRisk", "BallastEngine", "BallastBacktest", "BallastData", "BallastTestSupport"], swiftSettings: strict),
        .testTarget(name: "BallastStoreTests", dependencies: ["BallastCore", "BallastStore", "BallastTestSupport"], swiftSettings: strict),
        .testTarget(name: "BallastRiskTests", dependencies: ["BallastCore", "BallastRisk", "BallastTestSupport", .product(name: "Yams", package: "Yams")], swiftSettings: strict),
        .testTarget(
            name: "BallastExecutionTests",
            dependencies: ["BallastCore", "BallastRisk", "BallastExecution", "BallastStore", "BallastBrokers", "BallastTestSupport",
                           "BallastEngine", "BallastBacktest", "BallastData",
                           .product(name: "PropertyBased", package: "swift-property-based")],
            swiftSettings: strict),
        .testTarget(name: "BallastBrokersTests", dependencies: ["BallastCore", "BallastBrokers", "BallastExecution", "BallastTestSupport"], swiftSettings: strict),
        .testTarget(name: "BallastResearchTests", dependencies: ["BallastCore", "BallastData", "BallastResearch", "BallastTestSupport"],
                    exclude: ["Models/Fixtures"], swiftSettings: strict),
        // End-to-end tests that spawn the built `ballast` binary; the dependency makes `swift test` build it.
        .testTarget(name: "BallastCLITests", dependencies: ["ballast", "ballast-bench", "BallastCore", "BallastData", "BallastTestSupport"], swiftSettings: strict),
    ]
)
