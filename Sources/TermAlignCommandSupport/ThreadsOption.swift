import ArgumentParser

/// `--threads N`: how many threads a command may keep busy at once.
package struct ThreadsOption: ParsableArguments {
    @Option(help: "The most threads to work on at once (default: one per core). 1 costs the least CPU time, for running many jobs side by side; the output is the same.")
    package var threads: Int?

    package init() {}

    package func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, got \(threads)") }
    }
}
