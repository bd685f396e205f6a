import ArgumentParser
import Foundation
import TermAlignText

/// `--cache DIR` and `--no-cache`: where the tool keeps what it would otherwise compute at every start
/// (docs/corpus-scale.md). Default: `$TERMALIGN_CACHE`, else the user's cache folder.
package struct CacheOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Keep start-up data (the normalizer's table) in this folder. Default: $TERMALIGN_CACHE, else ~/.cache/termalign.", valueName: "DIR"))
    package var cache: String?

    @Flag(name: .long, help: "Compute start-up data in this run and keep nothing.")
    package var noCache = false

    package init() {}

    package func validate() throws {
        if cache != nil && noCache { throw ValidationError("give --cache DIR or --no-cache, not both") }
    }

    /// Makes the choice the process's own, before any text is analyzed.
    package func apply() {
        StartupCache.directory = noCache ? nil : cache ?? StartupCache.userDirectory(ProcessInfo.processInfo.environment)
    }
}
