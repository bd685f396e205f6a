#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Foundation
import TermAlign
import TermAlignCommandSupport

/// `termalign track`: each concept's renderings over a dated corpus, by source and period.
struct TrackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "track",
        abstract: "Count how each concept is rendered over a dated corpus: by term, language, source and period, with first and last seen and samples.",
        discussion: """
            Each corpus line is a document: {"id": "…", "date": "2023-03-21", "source": "xinhua", \
            "language": "zh", "text": "…"} (or "path": a file of any format compare reads, relative to \
            the corpus's folder). A line that cannot be read is reported on standard error and left out, \
            and the output counts it as skipped. JSON is what --merge reads back: trackings of shards of \
            a corpus merge into the same bytes whatever their order. Schema: docs/tracking.md.

            Example: termalign track articles.jsonl --period month -o terms.json
            """
    )

    @Argument(help: "The corpus (JSON Lines; - reads standard input), or with --merge the JSON files of track to merge.")
    var inputs: [String]

    @Flag(help: "Merge trackings that track --format json wrote (of shards of one corpus) into one.")
    var merge = false

    @OptionGroup var glossaryOption: GlossaryOption
    @OptionGroup var cacheOption: CacheOption
    @OptionGroup var threadsOption: ThreadsOption

    @Option(help: "The period counts are by: day, month or year.")
    var period: TrackingPeriod = .month

    @Option(help: "Samples (keyword in context) kept per rendering of each concept.")
    var samples = 3

    @Option(help: "Output format: json, csv or html (a timeline per concept). Default: from -o's extension, else json.")
    var format: TrackingReport.Format?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give the corpus, or with --merge the trackings to merge") }
        if !merge && inputs.count > 1 { throw ValidationError("give one corpus (or --merge with several trackings)") }
        guard samples >= 0 else { throw ValidationError("--samples must not be negative") }
    }

    func run() throws {
        cacheOption.apply()
        let out = try ByteSink.destination(output, inputs: inputs, forPeople: false)
        let chosen = format ?? output.flatMap { TrackingReport.Format(rawValue: String($0.split(separator: ".").last ?? "")) } ?? .json
        let (tracking, glossaryName, glossary) = merge ? try merged(describing: chosen == .html) : try tracked()
        TrackingReport(tracking: tracking, glossaryName: glossaryName, glossary: glossary).write(chosen, to: out)
        try out.finish()
        if !merge {
            Console.error("termalign: track: \(tracking.documents) documents, \(tracking.concepts.count) concepts seen"
                          + (tracking.skipped > 0 ? ", \(tracking.skipped) documents left out (see above)" : ""))
        }
    }

    /// The trackings merged, and the glossary they were counted with (shards of one corpus share it):
    /// its name, and for a page (`describing`) the glossary itself when --glossary (or its absence,
    /// for the shipped one) names the same.
    private func merged(describing: Bool) throws -> (Tracking, String, Glossary?) {
        var result: Tracking?
        var glossaries = Set<String>()
        for path in inputs {
            let bytes = try FileReader.readAll(path: path, limit: Int(Int32.max))
            let (one, glossary) = try Tracking.read(bytes, file: path)
            glossaries.insert(glossary)
            guard result == nil || (result!.period == one.period && result!.samplesPerRendering == one.samplesPerRendering) else {
                throw CLIError.message("\(path): counts by \(one.period.rawValue) with \(one.samplesPerRendering) samples, the others by "
                                       + "\(result!.period.rawValue) with \(result!.samplesPerRendering): track every shard with the same --period and --samples")
            }
            if result == nil { result = one } else { result!.merge(one) }
        }
        guard glossaries.count == 1, let glossary = glossaries.first else {
            throw CLIError.message("the trackings were counted with different glossaries (\(glossaries.sorted().joined(separator: ", "))): "
                                   + "counts of different glossaries do not add up; track every shard with the same --glossary")
        }
        let described = describing && glossary == glossaryOption.name ? try glossaryOption.load().glossary : nil
        return (result!, glossary, described)
    }

    private func tracked() throws -> (Tracking, String, Glossary?) {
        let corpus = inputs[0]
        let folder = corpus.lastIndex(of: "/").map { String(corpus[..<$0]) }
        let matcher = try glossaryOption.matcher()
        for skipped in matcher.skippedTerms { Console.error("termalign: warning: \(glossaryOption.name): \(skipped)") }
        let tracker = Tracker(matcher: matcher, period: period, samplesPerRendering: samples)
        let items = try BatchLines(path: corpus).reader()
        var total = Tracking(period: period, samplesPerRendering: samples)
        let workers = threadsOption.threads ?? ProcessInfo.processInfo.activeProcessorCount
        try Concurrently.stream(items, threads: workers, window: 16 * workers, work: { item in
            CorpusLine.tracked(item, folder: folder, tracker: tracker)
        }, consume: { result in
            switch result {
            case let .success(one): total.merge(one)
            case let .failure(problem):
                Console.error("termalign: warning: \(corpus): line \(problem.line): \(problem.message) (left out)")
                total.skipped += 1
            }
        })
        if let failure = items.failure {
            throw CLIError.message("\(corpus): reading failed (\(failure)); nothing was written")
        }
        return (total, glossaryOption.name, matcher.glossary)
    }
}

extension TrackingPeriod: ExpressibleByArgument {}
extension TrackingReport.Format: ExpressibleByArgument {}
