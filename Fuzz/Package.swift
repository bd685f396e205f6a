// swift-tools-version: 6.1
import PackageDescription

// A libFuzzer target for the text layer, kept out of the main package: its executable has no main
// (libFuzzer provides one), so it only links with --sanitize=fuzzer. Run it with `make fuzz`.
let package = Package(
    name: "TermAlignFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "TermAlign", path: "..")],
    targets: [
        .executableTarget(
            name: "TermAlignFuzz",
            dependencies: [.product(name: "TermAlign", package: "TermAlign")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
