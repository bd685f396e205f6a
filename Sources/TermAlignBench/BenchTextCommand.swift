import ArgumentParser
import TermAlign
import TermAlignCommandSupport

#if canImport(Glibc)
import Glibc
#endif

struct BenchTextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Measure normalize, segment and analyze throughput next to raw ICU NFKC_Casefold on the same bytes.",
        discussion: """
            Build with -c release first (make bench does). Each stage runs --runs times per document and \
            the median is reported; MB/s counts input UTF-8 bytes. Analysis runs start with a fresh \
            lemmatizer each time, so the lemma cache is cold as on first use.
            """
    )

    @Option(help: "Size of the generated corpus in MB (split evenly between ru, zh and en).")
    var megabytes = 24

    @Option(help: "Runs per stage; the median is reported.")
    var runs = 5

    @Option(parsing: .upToNextOption, help: "Measure these UTF-8 files instead of the generated corpus.")
    var input: [String] = []

    @Option(help: "Write the corpus to this folder (bench-ru.txt …) so other tools can be measured on the same bytes.")
    var saveCorpus: String?

    func run() throws {
        let documents = try corpus()
        if let folder = saveCorpus {
            for document in documents {
                let out = try ByteSink.outputFile("\(folder)/bench-\(document.id).txt")
                out.write(bytes: document.bytes)
                try out.finish()
            }
        }
        let total = documents.reduce(0) { $0 + $1.bytes.count }
        let cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        print("TermAlign bench: \(megabytesText(total)) MB in \(documents.count) documents ("
              + documents.map { "\($0.id) \(megabytesText($0.bytes.count))" }.joined(separator: ", ")
              + "), median of \(runs) runs, \(cores) cores")

        let utf16 = try documents.map { try ICUBaseline.utf16($0.bytes) }
        var rows: [(String, [Double])] = []
        rows.append(("ICU NFKC_Casefold, UTF-16 in memory", try documents.indices.map { index in
            var output = [UInt16](repeating: 0, count: utf16[index].count * 3 + 16)
            return try median { _ = try ICUBaseline.nfkcCasefold(utf16[index], into: &output) }
        }))
        rows.append(("ICU UTF-8→UTF-16 + NFKC_Casefold", try documents.map { document in
            var output = [UInt16](repeating: 0, count: document.bytes.count * 3 + 16)
            return try median { _ = try ICUBaseline.nfkcCasefold(try ICUBaseline.utf16(document.bytes), into: &output) }
        }))
        let normalizer = Normalizer()
        rows.append(("normalize: key + offset map", try documents.map { document in
            try median { _ = try normalizer.normalize(document) }
        }))
        let stages: [(String, TextAnalyzer.Components)] = [
            ("segment: paragraphs + sentences", [.sentences]),
            ("segment: words (normalize + ICU words)", [.words]),
            ("analyze: all (lemmas, scripts …)", .all),
        ]
        for (label, components) in stages {
            rows.append((label, try documents.map { document in
                try median(fresh: { TextAnalyzer(lemmaKeys: try LemmaKeys()) }) { analyzer in
                    _ = try analyzer.analyze(document, components: components)
                }
            }))
        }
        report(rows, documents: documents)
        print("peak resident memory: \(Int(ProcessUsage.peakResidentBytes) / 1_048_576) MB")
    }

    private func corpus() throws -> [Document] {
        if !input.isEmpty {
            return try input.map { path in try Document.load(path: path, id: String(path.split(separator: "/").last ?? "")) }
        }
        var generator = BenchCorpus()
        let share = megabytes * 1_000_000 / 3
        return try [Language.ru, .zh, .en].map { language in
            try Document(bytes: generator.text(language, bytes: share), id: language.rawValue, language: language)
        }
    }

    /// Median seconds of `runs` executions of `body`.
    private func median(_ body: () throws -> Void) throws -> Double {
        try median(fresh: { () }) { _ in try body() }
    }

    /// Median seconds of `runs` executions of `body`, each given a fresh `setup()` made untimed.
    private func median<State>(fresh setup: () throws -> State, _ body: (State) throws -> Void) throws -> Double {
        var times: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<max(1, runs) {
            let state = try setup()
            let elapsed = try clock.measure { try body(state) }
            times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        times.sort()
        return times[times.count / 2]
    }

    /// One row per stage: MB/s per document, over all documents, and relative to the first row (ICU).
    private func report(_ rows: [(String, [Double])], documents: [Document]) {
        let sizes = documents.map { Double($0.bytes.count) / 1e6 }
        let width = rows.map(\.0.count).max() ?? 0
        let header = documents.map { Console.right("\($0.id) MB/s", 11) }.joined()
            + Console.right("all MB/s", 11) + Console.right("vs ICU", 9)
        print(Console.left("", width) + header)
        let baseline = rows.first.map { sizes.reduce(0, +) / $0.1.reduce(0, +) } ?? 1
        for (label, times) in rows {
            let perDocument = zip(sizes, times).map { Console.right(Console.decimal($0 / $1), 11) }.joined()
            let overall = sizes.reduce(0, +) / times.reduce(0, +)
            print(Console.left(label, width) + perDocument + Console.right(Console.decimal(overall), 11)
                  + Console.right(Console.decimal(overall / baseline * 100) + "%", 9))
        }
    }

    private func megabytesText(_ bytes: Int) -> String { Console.decimal(Double(bytes) / 1e6, places: 1) }
}
