// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets, kept out of the main package: their executables have no main (libFuzzer
// provides one), so they only link with --sanitize=fuzzer. Run them with `make fuzz`.
//   TermAlignFuzz      the text layer: any bytes read lossily and analyzed fully
//   FuzzYAMLGlossary   the glossary readers, one format each, with a write-and-read-back check
//   FuzzTBXGlossary
//   FuzzCSVGlossary
//   FuzzInputs         the readers of web pages, XLIFF, TMX, Word and OpenDocument files
let package = Package(
    name: "TermAlignFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "TermAlign", path: "..")],
    targets: [
        .executableTarget(
            name: "TermAlignFuzz",
            dependencies: [.product(name: "TermAlign", package: "TermAlign")]
        ),
        .target(name: "GlossaryFuzzing", dependencies: [.product(name: "TermAlign", package: "TermAlign")]),
        .executableTarget(name: "FuzzYAMLGlossary", dependencies: ["GlossaryFuzzing"]),
        .executableTarget(name: "FuzzTBXGlossary", dependencies: ["GlossaryFuzzing"]),
        .executableTarget(name: "FuzzCSVGlossary", dependencies: ["GlossaryFuzzing"]),
        .executableTarget(name: "FuzzInputs", dependencies: [.product(name: "TermAlign", package: "TermAlign")]),
    ],
    swiftLanguageModes: [.v6]
)
