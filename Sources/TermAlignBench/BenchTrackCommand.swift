import ArgumentParser
import Foundation
import TermAlignCommandSupport
import TermAlignTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `termalign-bench track`: `termalign track` on a generated dated corpus with planted renderings
/// (`PlantedCorpus`): its CPU throughput on one thread, and a check that its counts are the planted ones.
struct BenchTrackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "track",
        abstract: "Measure termalign track on a generated dated corpus and check its counts against the planted ones.",
        discussion: """
            Build termalign and termalign-bench with -c release first. The corpus is written to --write \
            (corpus.jsonl, and planted.csv: concept,language,rendering,source,period,count), then tracked \
            on one thread (--threads 1) with a start-up cache of its own: once while its word forms are \
            keyed anew, then --runs times with them kept (the median). CPU time is reported whole and past \
            start-up (a run on a one-document corpus). Fails when the counts of a planted concept differ \
            from the planted ones.
            """
    )

    @Option(help: "The folder of the real parallel sentences.")
    var parallel = "../shared/parallel"

    @Option(help: "Documents to generate (about 2 KB each).")
    var documents = 10_000

    @Option(help: "The termalign to measure.")
    var termalign = ".build/release/termalign"

    @Option(help: "Write the corpus, its planted counts and the tracking to this folder.")
    var write = "bench-data/track"

    @Option(help: "Runs; the median CPU time is reported.")
    var runs = 3

    func run() throws {
        let corpus = try PlantedCorpus.generate(parallel: URL(fileURLWithPath: parallel), documents: documents)
        try BenchCorpusCommand.write(corpus, manifest: nil, to: write)
        let path = "\(write)/corpus.jsonl"
        try Data((corpus.lines[0] + "\n").utf8).write(to: URL(fileURLWithPath: "\(write)/one.jsonl"))
        let megabytes = Double(corpus.textBytes) / 1e6
        print("TermAlign bench: track, \(documents) documents, \(Console.decimal(megabytes, places: 1)) MB of text, median CPU of \(runs) runs, one thread")
        // A cache of its own, empty at first: the first pass over the corpus keys its word forms with
        // Hunspell, later passes read them back (what a corpus tracked again, or grown, costs).
        let cache = "\(write)/cache"
        try? FileManager.default.removeItem(atPath: cache)
        let track = { (corpus: String, extra: [String]) in try cpuSeconds(["track", corpus, "--cache", cache] + extra) }
        _ = try track("\(write)/one.jsonl", [])
        let startUp = try (0..<max(1, runs)).map { _ in try track("\(write)/one.jsonl", []) }.sorted()[runs / 2]
        let options = ["--threads", "1", "-o", "\(write)/tracking.json"]
        let first = try track(path, options)
        let again = try (0..<max(1, runs)).map { _ in try track(path, options) }.sorted()[runs / 2]
        print("start-up (one document)          \(Console.decimal(startUp * 1000, places: 0)) ms CPU")
        for (label, seconds) in [("first pass (forms keyed anew)", first), ("again (forms kept)", again)] {
            print(Console.left(label, 33) + "\(Console.decimal(seconds, places: 2)) s CPU, "
                  + "\(Console.decimal(megabytes / seconds, places: 1)) MB/s per core, "
                  + "\(Console.decimal(megabytes / (seconds - startUp), places: 1)) past start-up")
        }
        let found = try Self.counts(URL(fileURLWithPath: "\(write)/tracking.json"))
        let planted = Set(PlantedRenderings.concepts.map(\.id))
        let differing = Set(found.keys).union(corpus.expected.keys).filter { key in
            planted.contains(String(key.prefix { $0 != "|" })) && found[key] != corpus.expected[key]
        }
        guard differing.isEmpty else {
            throw ValidationError("the counts of \(differing.count) rows differ from the planted ones, e.g. \(differing.sorted().prefix(3))")
        }
        print("counts of the \(planted.count) planted concepts equal the planted ones (\(corpus.expected.values.reduce(0, +)) occurrences, \(corpus.expected.count) rows)")
    }

    /// The CPU time (user and system) of one `termalign` run.
    private func cpuSeconds(_ arguments: [String]) throws -> Double {
        let before = Self.childrenCPU()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: termalign)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("\(termalign) \(arguments.joined(separator: " ")) failed") }
        return Self.childrenCPU() - before
    }

    private static func childrenCPU() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        let seconds = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// A tracking's counts, keyed as `PlantedCorpus.expected`.
    static func counts(_ file: URL) throws -> [String: Int] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any] ?? [:]
        var counts: [String: Int] = [:]
        for concept in object["concepts"] as? [[String: Any]] ?? [] {
            for count in concept["counts"] as? [[String: Any]] ?? [] {
                let key = ["concept", "language", "rendering", "source", "period"].map { (count[$0] ?? concept[$0]) as? String ?? "" }
                counts[key.joined(separator: "|"), default: 0] += count["count"] as? Int ?? 0
            }
        }
        return counts
    }
}
