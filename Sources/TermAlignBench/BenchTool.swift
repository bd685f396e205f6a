import ArgumentParser
import CTermAlignSystem

/// `termalign-bench`: the benchmarks and the generator of their data, kept out of the user's
/// `termalign` (figures and how to reproduce them: docs/performance.md; `make bench*` run them).
@main
struct BenchTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "termalign-bench",
        abstract: "Measure TermAlign's speed, memory and accuracy (build with -c release first).",
        subcommands: [BenchTextCommand.self, BenchMatchCommand.self, BenchAlignCommand.self, BenchCompareCommand.self, BenchInputsCommand.self, BenchTrackCommand.self, BenchCorpusCommand.self, BenchGlossaryScaleCommand.self,
                      GenerateGlossaryCommand.self]
    )

    static func main() {
        // As termalign does before any thread starts, so that the peak memory measured is the tool's.
        _ = ta_malloc_use_one_arena()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
