// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "journal",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "journal", targets: ["journal"]),
        .library(name: "JournalModel", targets: ["JournalModel"]),
        .library(name: "JournalTUI", targets: ["JournalTUI"]),
        .library(name: "JournalDemo", targets: ["JournalDemo"]),
        .executable(name: "journal-bench", targets: ["JournalBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .systemLibrary(name: "CXlsxWriter", path: "Sources/CXlsxWriter", pkgConfig: "xlsxwriter",
                       providers: [.apt(["libxlsxwriter-dev"])]),
        .systemLibrary(name: "CPangoCairo", path: "Sources/CPangoCairo", pkgConfig: "pangocairo",
                       providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        .target(
            name: "JournalModel",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Reports drawn from the model's `ReportDocument`: CSV here, PDF and XLSX through their C libraries.
        .target(name: "JournalPrint", dependencies: ["JournalModel", "CXlsxWriter", "CPangoCairo"]),
        // The demo school: a made-up school's plan and its writing through the model's one seeding entry.
        .target(name: "JournalDemo", dependencies: ["JournalModel"]),
        .target(
            name: "JournalTUI",
            dependencies: [
                "JournalModel",
                "JournalPrint",
                "CNcurses",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            plugins: ["EmbedKeymaps"]  // keymaps/*.toml, compiled in as EmbeddedPresets
        ),
        // Build-time only: writes the preset files as Swift literals for the plugin above.
        .executableTarget(name: "KeymapEmbedder"),
        .plugin(name: "EmbedKeymaps", capability: .buildTool(), dependencies: ["KeymapEmbedder"]),
        .executableTarget(
            name: "journal",
            dependencies: [
                "JournalModel",
                "JournalDemo",
                "JournalTUI",
                "JournalPrint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks and fault drivers (`make bench`, `make faults`); not part of the shipped program.
        .executableTarget(
            name: "JournalBench",
            dependencies: [
                "JournalModel",
                "JournalTUI",
                "JournalPrint",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/JournalBench"
        ),
        // What the test targets share: the small school every test starts from, child processes, tmux.
        .target(
            name: "JournalTestSupport",
            dependencies: ["JournalModel", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/JournalTestSupport"
        ),
        .testTarget(name: "JournalModelTests", dependencies: ["JournalModel", "JournalDemo", "JournalTestSupport",
                                                             .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "JournalPrintTests", dependencies: ["JournalPrint", "JournalModel", "JournalTestSupport",
                                                             .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(
            name: "JournalTUITests",
            dependencies: ["JournalTUI", "JournalModel", "JournalDemo", "JournalTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Snapshots"]  // golden screens are read from the source tree, not bundled
        ),
        // Everything that drives the built programs: subcommands, tmux sessions, SSH, faults
        // (depending on `journal` and `JournalBench` makes SwiftPM build them first).
        .testTarget(
            name: "JournalEndToEndTests",
            dependencies: ["journal", "JournalBench", "JournalModel", "JournalDemo", "JournalTestSupport",
                           .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures"]  // a school's files, read from the source tree
        ),
    ],
    swiftLanguageModes: [.v6]
)
