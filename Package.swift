// swift-tools-version: 6.1
import PackageDescription

// One target per pipeline stage (docs/architecture.md), C bridges at the bottom, the tools on top.
let package = Package(
    name: "TermAlign",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "TermAlign", targets: ["TermAlign"]),
        .executable(name: "termalign", targets: ["TermAlignCLI"]),
        .executable(name: "termalign-bench", targets: ["TermAlignBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // The archive of Word and OpenDocument files (the XML inside is read by the project's own scanner).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // `swift package generate-documentation`: the DocC catalog in Sources/TermAlign/TermAlign.docc.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // The only code that includes ICU headers; its public header speaks <stdint.h> types only.
        .target(
            name: "CTermAlignICU",
            linkerSettings: [
                .linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata"),
            ]
        ),
        // Hunspell and Snowball behind the same kind of header.
        .target(
            name: "CTermAlignMorphology",
            linkerSettings: [.linkedLibrary("hunspell-1.7"), .linkedLibrary("stemmer")]
        ),
        // libyaml's events for the YAML glossary reader, behind the same kind of header.
        .target(name: "CTermAlignYAML", linkerSettings: [.linkedLibrary("yaml")]),
        // What the command-line tool needs of the C library beyond Swift's Glibc module (malloc settings).
        .target(name: "CTermAlignSystem"),
        // The EmbedText build-tool plugin and its tool: the shipped glossary and the aligner's lexicon
        // are data files, embedded as string constants at build time (nothing generated is committed).
        .executableTarget(name: "TermAlignEmbedText"),
        .plugin(name: "EmbedText", capability: .buildTool(), dependencies: ["TermAlignEmbedText"]),
        .target(
            name: "TermAlignText",
            dependencies: ["CTermAlignICU", "CTermAlignMorphology"]
        ),
        .target(
            name: "TermAlignGlossary",
            dependencies: ["TermAlignText", "CTermAlignYAML"],
            plugins: ["EmbedText"]
        ),
        // Reading what people have: HTML pages, Word and OpenDocument files, PDF (through pdftotext),
        // XLIFF and TMX as versions already aligned; each text keeps a map back to its source.
        .target(
            name: "TermAlignInputs",
            dependencies: ["TermAlignText", "TermAlignGlossary", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(name: "TermAlignMatching", dependencies: ["TermAlignText", "TermAlignGlossary"]),
        .target(
            name: "TermAlignAlignment",
            dependencies: ["TermAlignText", "TermAlignMatching"],
            exclude: ["Evidence/core-lexicon.txt"],
            plugins: ["EmbedText"]
        ),
        .target(
            name: "TermAlignComparison",
            dependencies: ["TermAlignText", "TermAlignGlossary", "TermAlignMatching", "TermAlignAlignment"]
        ),
        // Terminology over a dated corpus: each concept's renderings by source and period (`track`).
        .target(name: "TermAlignTracking", dependencies: ["TermAlignText", "TermAlignMatching"]),
        .target(name: "TermAlignReports", dependencies: ["TermAlignComparison", "TermAlignTracking"]),
        .target(
            name: "TermAlign",
            dependencies: [
                "TermAlignText", "TermAlignInputs", "TermAlignGlossary", "TermAlignMatching", "TermAlignAlignment",
                "TermAlignComparison", "TermAlignReports", "TermAlignTracking",
            ]
        ),
        // The evaluations, out of the library: alignment sets perturbed from real parallel text and the
        // comparison of real versions (docs/evaluation.md), with gold by construction; used by
        // `termalign-eval`, `termalign-bench` and the tests.
        .target(name: "TermAlignEvaluation", dependencies: ["TermAlign"]),
        .executableTarget(
            name: "TermAlignEvalTool",
            dependencies: ["TermAlignEvaluation", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // What the two command-line tools share: messages on standard error, output files, --threads.
        .target(
            name: "TermAlignCommandSupport",
            dependencies: [
                "TermAlignReports", "CTermAlignSystem",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "TermAlignCLI",
            dependencies: [
                "TermAlign", "TermAlignCommandSupport", "CTermAlignSystem",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `termalign-bench`: the benchmarks (make bench*), out of the user's tool.
        .executableTarget(
            name: "TermAlignBench",
            dependencies: [
                "TermAlign", "TermAlignEvaluation", "TermAlignCommandSupport", "CTermAlignSystem",
                // The sample files in other formats (SampleFormats) for `termalign-bench inputs`.
                "TermAlignTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Example programs for translators and for Swift developers starting out (Examples/README.md):
        // built by `swift build`, written against the public API of `TermAlign` only.
        .executableTarget(name: "CompareStatement", dependencies: ["TermAlign"], path: "Examples/CompareStatement"),
        .executableTarget(name: "GlossaryCheck", dependencies: ["TermAlign"], path: "Examples/GlossaryCheck"),
        .executableTarget(name: "TermConcordance", dependencies: ["TermAlign"], path: "Examples/TermConcordance"),
        .executableTarget(name: "ExportComparison", dependencies: ["TermAlign"], path: "Examples/ExportComparison"),
        // What the test targets share: where the checkout and ../shared are.
        .target(
            name: "TermAlignTestSupport",
            dependencies: ["TermAlignText", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/TermAlignTestSupport"
        ),
        .testTarget(
            name: "TermAlignTextTests",
            dependencies: [
                "TermAlignTestSupport",
                "TermAlignText", "CTermAlignICU",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "TermAlignGlossaryTests",
            dependencies: [
                "TermAlignTestSupport",
                "TermAlignGlossary",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "TermAlignMatchingTests",
            dependencies: [
                "TermAlignTestSupport",
                "TermAlignMatching",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "TermAlignAlignmentTests",
            dependencies: [
                "TermAlignTestSupport",
                "TermAlignAlignment", "TermAlignEvaluation",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "TermAlignComparisonTests",
            dependencies: ["TermAlignComparison", "TermAlignTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "TermAlignReportsTests",
            dependencies: [
                "TermAlignTestSupport",
                "TermAlignReports",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Golden")]
        ),
        .testTarget(name: "TermAlignTrackingTests", dependencies: ["TermAlignTracking", "TermAlignGlossary"]),
        .testTarget(name: "TermAlignEvaluationTests", dependencies: ["TermAlignEvaluation", "TermAlignTestSupport"]),
        .testTarget(name: "TermAlignTests", dependencies: ["TermAlign"]),
        .testTarget(
            name: "TermAlignInputsTests",
            dependencies: ["TermAlign", "TermAlignTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "TermAlignCLITests",
            dependencies: ["TermAlignText", "CTermAlignSystem", "TermAlignTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
