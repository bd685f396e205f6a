#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Foundation
import TermAlign
import TermAlignCommandSupport

/// `termalign batch`: many comparisons in one process, the glossary compiled once.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Compare many sets of versions listed in a JSON Lines manifest, one JSON line of results per set.",
        discussion: """
            Each manifest line is a set: {"id": "…", "documents": [{"path": "a.ru.txt"}, {"text": "…", \
            "language": "en"}], "metadata": {…}}. Paths are relative to the manifest's folder and may be \
            any file compare reads. Each output line, in manifest order, is {"id", "metadata", \
            "comparison"} — the comparison exactly as compare --format json writes it, on one line — or \
            {"id", "line", "error"} for a set that cannot be compared; a bad set does not stop the batch. \
            The glossary is compiled once and the sets run on all cores. Lines are written as sets finish, \
            so an interrupted batch is resumed with --resume OUT: the ids OUT holds are skipped and the \
            rest appended. Exit status: 0 every set compared, 2 some could not be (their lines say why) \
            or a usage error.

            Example: termalign batch statements.jsonl -o results.jsonl
            """
    )

    @Argument(help: "The manifest: one JSON object per line (JSON Lines); - reads standard input.")
    var manifest: String

    @OptionGroup var glossaryOption: GlossaryOption
    @OptionGroup var cacheOption: CacheOption
    @OptionGroup var threadsOption: ThreadsOption
    @OptionGroup(title: "Review") var review: ReviewOptions

    @Option(help: "Compare sentence by sentence or paragraph by paragraph.")
    var unit: AlignmentUnit = .sentence

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (line by line, as sets finish).")
    var output: String?

    @Option(help: ArgumentHelp("Continue an interrupted batch: skip the sets whose ids this output file holds and append the others to it.", valueName: "OUT"))
    var resume: String?

    func validate() throws {
        if output != nil && resume != nil { throw ValidationError("give -o or --resume, not both: --resume appends to its file") }
    }

    func run() throws {
        cacheOption.apply()
        // Paths are joined to the manifest's folder as it was typed (data/m.jsonl: data/a.ru.txt), so
        // that reports name the files as `compare` given the same paths would.
        let folder = manifest.lastIndex(of: "/").map { String(manifest[..<$0]) }
        let lines = BatchLines(path: manifest)
        let items = try lines.reader()
        let showsProgress = isatty(STDERR_FILENO) == 1
        let total = showsProgress ? try lines.count() : nil
        let (out, done) = try openOutput()
        let matcher = try glossaryOption.matcher()
        var options = ComparisonOptions(unit: unit)
        // The waiver file beside the manifest serves every set: a waiver that names no finding of one
        // set is not stale, and the batch says at its end which named none at all.
        try review.apply(to: &options, glossary: matcher.glossary, firstVersion: manifest)
        options.listsStaleWaivers = false
        let comparer = Comparer(matcher: matcher, options: options)
        for skipped in comparer.matcher.skippedTerms { Console.error("termalign: warning: \(glossaryOption.name): \(skipped)") }
        let glossaryName = glossaryOption.name
        let single = comparer.oneThreadEach
        var progress = BatchProgress(total: total.map { $0 - done.count }, enabled: showsProgress)
        var failed: [Int] = []
        var written = 0
        var waived = Set<String>()
        try Concurrently.stream(items, threads: threadsOption.threads ?? ProcessInfo.processInfo.activeProcessorCount,
                                window: 8 * (threadsOption.threads ?? ProcessInfo.processInfo.activeProcessorCount), work: { item in
            BatchResult.make(item, folder: folder, comparer: single, glossaryName: glossaryName, skipping: done)
        }, consume: { result in
            guard case let .written(bytes, ok, line, waivedHere) = result else { return }
            waived.formUnion(waivedHere)
            out.write(bytes: bytes)
            out.flush()
            if let failure = out.failure { throw CLIError.output(path: out.name, reason: failure) }
            if !ok { failed.append(line) }
            written += 1
            progress.advance()
        })
        progress.finish()
        try out.finish()
        if let failure = items.failure {
            throw CLIError.message("\(manifest): reading failed after \(written) sets (\(failure)); "
                                   + "the results so far are written: run again with --resume")
        }
        reportStale(options.waivers, used: waived, resumed: !done.isEmpty)
        let compared = written - failed.count
        Console.error("termalign: batch: \(compared) sets compared" + (done.isEmpty ? "" : ", \(done.count) already done")
                      + (failed.isEmpty ? "" : ", \(failed.count) could not be (manifest lines "
                         + failed.prefix(10).map(String.init).joined(separator: ", ") + (failed.count > 10 ? " …" : "") + ")"))
        if !failed.isEmpty { throw ExitCode(2) }
    }

    /// Says which waivers named no finding in any set; a resumed batch cannot know, having skipped
    /// the sets already done.
    private func reportStale(_ waivers: [Waiver], used: Set<String>, resumed: Bool) {
        let stale = waivers.filter { !used.contains($0.fingerprint) }
        guard !stale.isEmpty else { return }
        guard !resumed else {
            Console.error("termalign: batch: stale waivers are not reported for a resumed batch (the sets already done were not compared again)")
            return
        }
        ReviewOptions.reportStale(stale, scope: "in any set")
    }

    /// The sink results go to, and the ids already written there (resume).
    private func openOutput() throws -> (ByteSink, Set<String>) {
        guard let path = resume ?? output else { return (ByteSink.standardOutput(), []) }
        if resume != nil {
            let resumed = try BatchResume.read(path)
            return (try BatchResume.appending(to: path, keeping: resumed.validLength), resumed.ids)
        }
        return (try BatchResume.appending(to: path, keeping: 0), [])
    }
}
