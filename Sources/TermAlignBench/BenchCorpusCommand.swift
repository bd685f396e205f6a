import ArgumentParser
import Foundation
import TermAlignTestSupport

/// `termalign-bench corpus`: writes the generated corpora of `track` and `batch` (`PlantedCorpus`) for
/// runs outside the bench, such as `make spark-demo`.
struct BenchCorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Write a generated dated corpus with planted renderings, and a batch manifest, from real parallel sentences.",
        discussion: """
            Writes corpus.jsonl (dated documents for track), planted.csv (the planted counts, in track's CSV \
            columns) and manifest.jsonl (ru/zh/en sets of inline text for batch) to --write. The same \
            options give the same bytes.
            """
    )

    @Option(help: "The folder of the real parallel sentences.")
    var parallel = "../shared/parallel"

    @Option(help: "Documents of the dated corpus.")
    var documents = 3_000

    @Option(help: "Version sets of the batch manifest.")
    var sets = 200

    @Option(help: "The folder to write to.")
    var write = "bench-data/corpus"

    func run() throws {
        let corpus = try PlantedCorpus.generate(parallel: URL(fileURLWithPath: parallel), documents: documents)
        let manifest = try PlantedCorpus.manifest(parallel: URL(fileURLWithPath: parallel), sets: sets)
        try Self.write(corpus, manifest: manifest, to: write)
        print("\(write): \(documents) documents (\(corpus.textBytes) bytes of text, \(corpus.expected.values.reduce(0, +)) planted), \(sets) sets")
    }

    /// Writes corpus.jsonl, planted.csv and (when given) manifest.jsonl into `folder`.
    static func write(_ corpus: PlantedCorpus, manifest: [String]?, to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = { (name: String, text: String) in try Data(text.utf8).write(to: URL(fileURLWithPath: "\(folder)/\(name)")) }
        try file("corpus.jsonl", corpus.lines.joined(separator: "\n") + "\n")
        try file("planted.csv", "concept,language,rendering,source,period,count\n"
                 + corpus.expected.keys.sorted().map { $0.replacingOccurrences(of: "|", with: ",") + ",\(corpus.expected[$0]!)\n" }.joined())
        if let manifest { try file("manifest.jsonl", manifest.joined(separator: "\n") + "\n") }
    }
}
