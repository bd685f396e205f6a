import ArgumentParser
import Foundation
import TermAlign
import TermAlignCommandSupport

#if canImport(Glibc)
import Glibc
#endif

/// `termalign-bench compare`: the whole comparison on a large trilingual document with a large glossary.
struct BenchCompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Measure compare on a generated trilingual document with a generated large glossary.",
        discussion: """
            Build with -c release first (make bench-compare does). Each version is the bundled sample \
            repeated (item numbers and years running on) to --megabytes; the glossary is the shipped one \
            plus generated concepts up to --concepts. Reports the glossary compile time, the median \
            time of compare (analysis, matching, alignment, findings) and of rendering the JSON and HTML reports, \
            throughput, and the process's peak memory after one comparison against input plus glossary size.
            """
    )

    @Option(help: "Average size of a version in MB (all versions hold the same number of copies of the sample).")
    var megabytes: Double = 1

    @Option(help: "Concepts in the glossary (the shipped ones included).")
    var concepts = 10_000

    @Option(help: "Runs; the median is reported.")
    var runs = 3

    @Option(help: "The folder with the bundled sample.")
    var sample = "Examples/sample"

    @Option(help: "Also write the generated versions and glossary (YAML) to this folder.")
    var write: String?

    @Flag(help: "Skip rendering the reports (so that a heap profiler's peak is the comparison's).")
    var skipReports = false

    @OptionGroup var threadsOption: ThreadsOption

    @Flag(help: "Skip timing the stages one by one (which holds their results; a heap profiler's peak is then the comparison's).")
    var skipStages = false

    func run() throws {
        let languages = [Language.ru, .zh, .en]
        let samples = try languages.map { language in
            try Document.load(path: "\(sample)/statement.\(language.rawValue).txt", language: language).bytes
        }
        // The versions stay parallel: each repeats its sample the same number of times.
        let copies = max(1, Int(megabytes * 3_000_000) / samples.reduce(0) { $0 + $1.count })
        let documents = try zip(languages, samples).map { language, bytes in
            try Document(bytes: Self.repeated(bytes, copies: copies), id: language.rawValue, language: language)
        }
        var glossary = try ShippedGlossary.load().glossary
        let extra = max(0, concepts - glossary.concepts.count)
        glossary.concepts += SyntheticGlossary.make(terms: extra * 4).concepts.prefix(extra)
        let glossaryBytes = glossary.serialized(as: .yaml).text.utf8.count
        if let write {
            try FileManager.default.createDirectory(atPath: write, withIntermediateDirectories: true)
            for document in documents {
                try Data(document.bytes).write(to: URL(fileURLWithPath: "\(write)/bench.\(document.id).txt"))
            }
            try glossary.serialized(as: .yaml).text.write(toFile: "\(write)/bench-glossary.yaml", atomically: true, encoding: .utf8)
        }
        let input = documents.reduce(0) { $0 + $1.bytes.count }
        let started = Date()
        let comparer = try Comparer(glossary: glossary, options: ComparisonOptions(threads: threadsOption.threads))
        let compile = Date().timeIntervalSince(started)
        var times: [Double] = [], cpuTimes: [Double] = []
        var comparison: Comparison?
        let baseline = ProcessUsage.residentBytes
        // The peak is read after the first comparison, as `termalign compare` makes one per process:
        // later runs leave glibc's per-thread arenas holding freed memory, which inflates the peak
        // by 10–15 MB without any comparison needing it.
        var peak = 0.0
        for _ in 0..<max(1, runs) {
            // The previous run's result goes first, so the peak is that of one comparison.
            comparison = nil
            let start = Date(), cpuStart = ProcessUsage.cpuSeconds
            comparison = try comparer.compare(documents)
            times.append(Date().timeIntervalSince(start))
            cpuTimes.append(ProcessUsage.cpuSeconds - cpuStart)
            if peak == 0 { peak = ProcessUsage.peakResidentBytes }
        }
        let time = Self.median(times)
        let peakOfAll = ProcessUsage.peakResidentBytes
        // The same comparison kept on one thread: what one comparison costs a core, with no second
        // thread to share caches and memory with (see docs/comparison.md).
        var oneThreadTimes: [Double] = []
        if threadsOption.threads != 1 {
            let oneThread = Comparer(matcher: comparer.matcher, options: ComparisonOptions(threads: 1))
            for _ in 0..<max(1, runs) {
                comparison = nil
                let cpuStart = ProcessUsage.cpuSeconds
                comparison = try oneThread.compare(documents)
                oneThreadTimes.append(ProcessUsage.cpuSeconds - cpuStart)
            }
        }
        // After the peak is read: a report holds every text again, and is not part of compare's memory.
        var renderTimes: [Double] = []
        for _ in 0..<(skipReports ? 0 : max(1, runs)) {
            let renderStart = Date()
            let bytes = ComparisonReport(comparison: comparison!, glossaryName: "bench").render(.json).utf8.count
            renderTimes.append(Date().timeIntervalSince(renderStart))
            precondition(bytes > 0)
        }
        let htmlStart = Date()
        let html = skipReports ? 0 : ComparisonReport(comparison: comparison!, glossaryName: "bench").render(.html).utf8.count
        let htmlTime = Date().timeIntervalSince(htmlStart)
        let megabytesIn = Double(input) / 1e6
        print("termalign-bench compare: ru/zh/en \(documents.map { Console.decimal(Double($0.bytes.count) / 1e6, places: 2) }.joined(separator: "/")) MB, "
              + "glossary \(glossary.concepts.count) concepts (\(glossary.termCount) terms, YAML \(Console.decimal(Double(glossaryBytes) / 1e6, places: 1)) MB), "
              + "\(sysconf(Int32(_SC_NPROCESSORS_ONLN))) cores, median of \(runs)")
        print("compile glossary  \(Console.decimal(compile, places: 2)) s")
        print("compare           \(Console.decimal(time, places: 2)) s  (\(Console.decimal(megabytesIn / time, places: 1)) MB/s of input; runs \(times.map { Console.decimal($0, places: 2) }.joined(separator: ", ")))")
        let cpu = Self.median(cpuTimes)
        print("compare CPU time  \(Console.decimal(cpu, places: 2)) s  (\(Console.decimal(megabytesIn / cpu, places: 1)) MB/s of input per core)")
        if !oneThreadTimes.isEmpty {
            let single = Self.median(oneThreadTimes)
            print("on one thread     \(Console.decimal(single, places: 2)) s CPU  (\(Console.decimal(megabytesIn / single, places: 1)) MB/s of input per core; --threads 1)")
        }
        print("render JSON       \(Console.decimal(Self.median(renderTimes), places: 2)) s")
        print("render HTML       \(Console.decimal(htmlTime, places: 2)) s  (\(Console.decimal(Double(html) / 1e6, places: 1)) MB page)")
        if !skipStages { try printStages(documents, comparer: comparer, compareCPU: cpu) }
        print("findings          \(comparison!.findings.count), occurrences \(comparison!.occurrences.count), segments \(comparison!.alignment.segments.count)")
        print("peak memory       \(Console.decimal(peak / 1e6, places: 0)) MB = \(Console.decimal(peak / Double(input + glossaryBytes), places: 1))× (input + glossary YAML); "
              + "before comparing (glossary compiled, dictionaries and versions loaded): \(Console.decimal(baseline / 1e6, places: 0)) MB; "
              + "after all \(runs) runs \(Console.decimal(peakOfAll / 1e6, places: 0)) MB")
        // What the comparison itself needs grows with its input; the rest is there for any input.
        print("compare added     \(Console.decimal((peak - baseline) / 1e6, places: 0)) MB = "
              + "\(Console.decimal((peak - baseline) / Double(input), places: 1))× its input, above what was resident before it")
    }

    /// CPU time of each stage run on its own: analysis and matching per version (one thread),
    /// alignment, and the checks as the rest of compare's CPU time.
    private func printStages(_ documents: [Document], comparer: Comparer, compareCPU: Double) throws {
        func cpu<T>(_ body: () throws -> T) rethrows -> (T, Double) {
            let start = ProcessUsage.cpuSeconds
            let result = try body()
            return (result, ProcessUsage.cpuSeconds - start)
        }
        var texts: [AnalyzedText] = [], found: [[Occurrence]] = []
        var analysis: [String] = [], matching: [String] = []
        var total = 0.0
        for document in documents {
            let components = Comparer.components(for: document.language)
            let (text, analyzeTime) = try cpu { try comparer.matcher.analyzer.analyze(document, components: components) }
            let (occurrences, matchTime) = cpu { comparer.matcher.occurrences(in: text) }
            texts.append(text)
            found.append(occurrences)
            analysis.append("\(document.id) \(Console.decimal(analyzeTime, places: 3))")
            matching.append("\(document.id) \(Console.decimal(matchTime, places: 3))")
            total += analyzeTime + matchTime
        }
        let aligner = Aligner(matcher: comparer.matcher, options: AlignmentOptions(unit: comparer.options.unit))
        let ((_, stages), alignTime) = try cpu {
            try aligner.alignTimingStages(texts, occurrences: found) { ProcessUsage.cpuSeconds }
        }
        let alignStages = stages.map { "\($0.stage) \(Console.decimal($0.seconds, places: 3))" }.joined(separator: ", ")
        print("stages, CPU s     analysis \(analysis.joined(separator: ", ")); matching \(matching.joined(separator: ", ")); "
              + "alignment \(Console.decimal(alignTime, places: 3)) (\(alignStages)); "
              + "checks and the rest \(Console.decimal(compareCPU - total - alignTime, places: 3))")
    }

    /// The sample again and again, its item numbers and years running on, so passages differ.
    static func repeated(_ sample: [UInt8], copies: Int) -> [UInt8] {
        let text = String(decoding: sample, as: UTF8.self)
        var output: [UInt8] = []
        output.reserveCapacity(copies * (sample.count + 8))
        for copy in 1...copies {
            let shifted = text.replacingOccurrences(of: "2022", with: String(2022 + copy))
                .replacingOccurrences(of: "190", with: String(190 + copy))
                .replacingOccurrences(of: "185", with: String(185 + copy))
            output += Array(shifted.utf8) + Array("\n\n".utf8)
        }
        return output
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
