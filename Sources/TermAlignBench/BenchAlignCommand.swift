import ArgumentParser
import Foundation
import TermAlignEvaluation
import TermAlign
import TermAlignCommandSupport

/// `termalign-bench align`: sentence-alignment accuracy and speed on perturbed documents built from
/// the real parallel sentences of ../shared/parallel.
struct BenchAlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Measure alignment accuracy (strict bead F1) on perturbed real parallel documents.",
        discussion: """
            Each document of the UN, TICO-19, NTREX and FLORES sets becomes a pair of versions: its \
            lines joined into paragraphs of 2–6 sentences, then version B loses, splits and merges \
            sentences (4 % each) and version A loses some. For ru-zh, the Tatoeba set, which no \
            parameter was tuned on, is measured apart (runs of 20 lines). With --write DIR the pairs \
            and their gold beads are written for scripts/bench-nltk-gale-church.py, which runs \
            NLTK's gale_church on the same input.
            """
    )

    @Option(help: "The directory of the parallel sets.")
    var parallel = "../shared/parallel"

    @Option(parsing: .upToNextOption, help: "Language pairs (ru-en zh-en ru-zh).")
    var pairs: [String] = ["ru-en", "zh-en", "ru-zh"]

    @Option(help: "Seed of the perturbations.")
    var seed: UInt64 = 2026

    @Flag(help: "Lengths only: no numbers, acronyms or section numerals.")
    var lengthsOnly = false

    @Option(help: "Write the generated pairs and gold beads into this directory.")
    var write: String?

    @Option(help: "A glossary whose concepts anchor the alignment, as in `align --glossary`.")
    var glossary: String?

    @Flag(help: "Print every document whose F1 is below 1.")
    var verbose = false

    func run() throws {
        let directory = URL(fileURLWithPath: parallel)
        let corpora = ParallelCorpus.sets.compactMap { ParallelCorpus.load($0, from: directory) }
        guard !corpora.isEmpty else { throw CLIError.message("no parallel sets in \(parallel)") }
        let options = AlignmentOptions(unit: .sentence, anchors: lengthsOnly ? [] : .all)
        let aligner = try glossary.map { Aligner(matcher: try TermMatcher(glossary: try GlossaryOption.load(path: $0).glossary), options: options) }
            ?? Aligner(options: options)
        print(Console.left("pair", 7) + Console.left("set", 24) + Console.right("docs", 6) + Console.right("gold", 7)
              + Console.right("P", 8) + Console.right("R", 8) + Console.right("F1", 8) + Console.right("del.", 9)
              + Console.right("seconds", 9))
        for pair in pairs {
            let codes = pair.split(separator: "-").compactMap { Language(rawValue: String($0)) }
            guard codes.count == 2 else { throw CLIError.message("bad pair \(pair)") }
            var total = GoldPair.Score()
            var totalTime = 0.0
            for corpus in corpora {
                let (score, time) = try measure(corpus, codes, aligner)
                total = total + score
                totalTime += time
                print(line(pair, corpus.name, corpus.pairs(codes[0], codes[1]).count, score, time))
            }
            print(line(pair, "all", 0, total, totalTime))
            if let heldOut = ParallelCorpus.heldOut(from: directory), !heldOut.pairs(codes[0], codes[1]).isEmpty {
                let (score, time) = try measure(heldOut, codes, aligner, writes: false)
                print(line(pair, heldOut.name, heldOut.documents.count, score, time))
            }
        }
    }

    /// Aligns every perturbed document of one set and scores it: the counts and the seconds spent aligning.
    private func measure(_ corpus: ParallelCorpus, _ codes: [Language], _ aligner: Aligner,
                         writes: Bool = true) throws -> (GoldPair.Score, Double) {
        var builder = PairBuilder(seed: seed)
        var score = GoldPair.Score()
        var time = 0.0
        let pair = codes.map(\.rawValue).joined(separator: "-")
        for (index, lines) in corpus.pairs(codes[0], codes[1]).enumerated() {
            guard let gold = builder.build(lines, languages: (codes[0], codes[1]), name: "\(corpus.name)-\(index)") else {
                continue
            }
            let start = DispatchTime.now().uptimeNanoseconds
            let alignment = try aligner.align(gold.documents)
            time += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let predicted = gold.beads(of: alignment.segments.map { ($0.ranges[0], $0.ranges[1]) })
            let documentScore = gold.score(predicted)
            score = score + documentScore
            if verbose && documentScore.f1 < 1 { report(gold, Set(predicted), documentScore) }
            if writes, let write { try save(gold, pair: pair, into: write) }
        }
        return (score, time)
    }

    private func line(_ pair: String, _ name: String, _ documents: Int, _ score: GoldPair.Score, _ time: Double) -> String {
        Console.left(pair, 7) + Console.left(name, 24) + Console.right(documents == 0 ? "" : String(documents), 6)
            + Console.right(String(score.gold), 7) + Console.right(Console.decimal(score.precision * 100, places: 2), 8)
            + Console.right(Console.decimal(score.recall * 100, places: 2), 8)
            + Console.right(Console.decimal(score.f1 * 100, places: 2), 8)
            + Console.right("\(score.deletionsFound)/\(score.deletions)", 9) + Console.right(Console.decimal(time, places: 2), 9)
    }

    private func report(_ gold: GoldPair, _ predicted: Set<UnitPair>, _ score: GoldPair.Score) {
        print("-- \(gold.documents[0].id): F1 \(Console.decimal(score.f1 * 100, places: 1))")
        for bead in gold.beads.sorted(by: { ($0.first.lowerBound, $0.second.lowerBound) < ($1.first.lowerBound, $1.second.lowerBound) })
            where !predicted.contains(bead) {
            print("   missed gold \(bead.first) \(bead.second)")
        }
        for bead in predicted.subtracting(gold.beads) { print("   wrong \(bead.first) \(bead.second)") }
    }

    /// Writes `<name>.a.txt`, `<name>.b.txt` (one gold sentence per line, blank line between
    /// paragraphs) and `<name>.gold.tsv` (a-range TAB b-range per bead).
    private func save(_ gold: GoldPair, pair: String, into directory: String) throws {
        let folder = URL(fileURLWithPath: directory).appendingPathComponent(pair)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (side, document) in gold.documents.enumerated() {
            var text = ""
            var previousEnd = 0
            for range in gold.sentences[side] {
                let gap = document.bytes[previousEnd..<range.lowerBound]
                if gap.filter({ $0 == 0x0A }).count >= 2 { text += "\n" }
                text += document.text(in: range) + "\n"
                previousEnd = range.upperBound
            }
            try text.write(to: folder.appendingPathComponent("\(document.id).txt"), atomically: true, encoding: .utf8)
        }
        let beads = gold.beads.map { "\($0.first.lowerBound)-\($0.first.upperBound)\t\($0.second.lowerBound)-\($0.second.upperBound)" }
        try (beads.joined(separator: "\n") + "\n").write(
            to: folder.appendingPathComponent("\(gold.documents[0].id.dropLast(2)).gold.tsv"), atomically: true, encoding: .utf8)
    }
}
