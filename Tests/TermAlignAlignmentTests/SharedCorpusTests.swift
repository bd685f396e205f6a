import Foundation
import Testing
@testable import TermAlignAlignment
import TermAlignEvaluation
import TermAlignGlossary
import TermAlignMatching
import TermAlignText

/// The real texts of ../shared: official excerpts with passage markers, and parallel test sets.
@Suite("Shared corpora")
struct SharedCorpusTests {
    /// A corpus file with its `# ` lines replaced by blank lines (passages stay paragraphs, markers go),
    /// and for each byte offset of the result the passage ([Pn]) it belongs to.
    static func passages(_ name: String) throws -> (Document, [(ByteRange, String)])? {
        guard let shared = Fixtures.shared else { return nil }
        let text = try String(contentsOf: shared.appendingPathComponent("corpus/\(name)"), encoding: .utf8)
        var output = "", marks: [(ByteRange, String)] = []
        var passage = "", start = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("# ") {
                // Only a line that starts with the marker opens a passage: the header lines mention
                // passages too ("coverage: opening + [P0]-[P3]").
                if line.hasPrefix("# [P"), let open = line.firstIndex(of: "["), let close = line.firstIndex(of: "]") {
                    if !passage.isEmpty { marks.append((ByteRange(lowerBound: start, upperBound: output.utf8.count), passage)) }
                    passage = String(line[line.index(after: open)..<close])
                    start = output.utf8.count
                }
                output += "\n"
                continue
            }
            output += line + "\n"
        }
        if !passage.isEmpty { marks.append((ByteRange(lowerBound: start, upperBound: output.utf8.count), passage)) }
        let language: Language = name.contains(".zh.") ? .zh : .en
        return (Document(text: output, id: name, language: language), marks)
    }

    @Test("the readout and the joint statement align at paragraph level as their passage markers say",
          .enabled(if: Fixtures.shared != nil, "../shared/corpus is absent: the passages are read from it"), arguments: [
        ("2022-02-25-xi-putin-call-prc-readout.en.txt", "2022-02-25-xi-putin-call-prc-readout.zh.txt", ["P0", "P1", "P2", "P3"]),
        ("2022-02-04-joint-statement.en.txt", "2022-02-04-joint-statement.zh.txt", ["P6"]),
        ("2022-02-04-joint-statement.zh.txt", "2022-02-04-joint-statement-un-annex.zh.txt", ["P1"]),
    ])
    func markedPassages(first: String, second: String, shared: [String]) throws {
        let (a, marksA) = try #require(try Self.passages(first))
        let (b, marksB) = try #require(try Self.passages(second))
        // With the shipped glossary, as compare aligns: its concepts (NATO = 北约) anchor the passages.
        let matcher = try TermMatcher(glossary: ShippedGlossary.load().glossary)
        let alignment = try Aligner(matcher: matcher, options: AlignmentOptions(unit: .paragraph)).align([a, b])
        // Every passage of the shorter side must at least land in one segment with text on both sides.
        #expect(alignment.segments.contains { $0.ranges[0] != nil && $0.ranges[1] != nil })
        let problems = Self.markerProblems(alignment, marksA, marksB, shared)
        #expect(problems.isEmpty, "\(first) ↔ \(second): \(problems)")
    }

    /// Segments whose two sides lie in different passages, and shared passages left without counterpart.
    static func markerProblems(_ alignment: Alignment, _ marksA: [(ByteRange, String)], _ marksB: [(ByteRange, String)],
                               _ shared: [String]) -> [String] {
        func passage(_ offset: Int, _ marks: [(ByteRange, String)]) -> String? {
            marks.first { $0.0.range.contains(offset) }?.1
        }
        var problems: [String] = []
        for segment in alignment.segments {
            guard let unitsA = segment.units[0], let unitsB = segment.units[1] else { continue }
            let passagesA = Set(unitsA.compactMap { passage(alignment.units[0][$0].lowerBound, marksA) }).intersection(shared)
            let passagesB = Set(unitsB.compactMap { passage(alignment.units[1][$0].lowerBound, marksB) }).intersection(shared)
            if passagesA != passagesB { problems.append("\(segment.id): \(passagesA.sorted()) ≠ \(passagesB.sorted())") }
        }
        for name in shared {
            let holding = alignment.segments.filter { segment in
                segment.units[0].map { $0.contains { passage(alignment.units[0][$0].lowerBound, marksA) == name } } == true
            }
            // A passage may hold a paragraph the other version lacks (Xinhua's dateline, the section
            // numeral 一 that the UN annex omits); it must not be left without any counterpart.
            if !holding.isEmpty && holding.allSatisfy({ $0.ranges[1] == nil }) { problems.append("\(name) has no counterpart") }
            if holding.isEmpty { problems.append("\(name) is not in the first version") }
        }
        return problems
    }

    @Test("perturbed documents from the UN, TICO-19, NTREX and FLORES sets: strict sentence-bead F1 per language pair",
          .enabled(if: Fixtures.shared != nil, "../shared/parallel is absent: the sets are built from it"),
          arguments: [(Language.ru, Language.en), (.zh, .en), (.ru, .zh)])
    func parallelSets(a: Language, b: Language) throws {
        let shared = try #require(Fixtures.shared)
        let aligner = Aligner()
        var total = GoldPair.Score()
        for set in ParallelCorpus.sets {
            guard let corpus = ParallelCorpus.load(set, from: shared.appendingPathComponent("parallel")) else { continue }
            var builder = PairBuilder(seed: 2026)
            for (index, lines) in corpus.pairs(a, b).enumerated() {
                guard let gold = builder.build(lines, languages: (a, b), name: "\(corpus.name)-\(index)") else { continue }
                let alignment = try aligner.align(gold.documents)
                total = total + gold.score(gold.beads(of: alignment.segments.map { ($0.ranges[0], $0.ranges[1]) }))
            }
        }
        print("parallel \(a)–\(b): \(total.gold) gold beads, precision \(total.precision), recall \(total.recall), F1 \(total.f1), deletions \(total.deletionsFound)/\(total.deletions)")
        #expect(total.f1 >= 0.97)
    }

    @Test("unrelated documents are mostly left unpaired, with low confidence and a warning",
          .enabled(if: Fixtures.shared != nil, "../shared/parallel is absent: the documents are read from it"))
    func unrelated() throws {
        let shared = try #require(Fixtures.shared)
        let un = try #require(ParallelCorpus.load(ParallelCorpus.sets[0], from: shared.appendingPathComponent("parallel")))
        let flores = try #require(ParallelCorpus.load(ParallelCorpus.sets[3], from: shared.appendingPathComponent("parallel")))
        let russian = un.documents.flatMap { $0 }.prefix(60).map { $0[0] }.joined(separator: " ")
        let english = flores.documents.flatMap { $0 }.prefix(60).map { $0[2] }.joined(separator: " ")
        let alignment = try Aligner().align([Document(text: russian, id: "ru", language: .ru),
                                             Document(text: english, id: "en", language: .en)])
        // Unrelated texts are mostly left out, each on its own; what is paired is not trusted.
        let paired = alignment.segments.filter { $0.ranges.allSatisfy { $0 != nil } }
        print("unrelated: \(paired.count) of \(alignment.segments.count) segments pair text, pairs \(alignment.pairs.map { ($0.lengthVariance, $0.anchors, $0.relatedness) })")
        #expect(alignment.warnings.contains { $0.kind == .unrelated })
        #expect(paired.count < alignment.segments.count / 2)
        #expect(paired.allSatisfy { $0.confidence < 0.5 })
    }
}

@Suite("Estimation on a sample")
struct EstimationSampleTests {
    @Test("a long document's length models estimated from an even sample of passages and stretches of paragraphs align as well as from all of them",
          .enabled(if: Fixtures.shared != nil, "../shared/parallel is absent: the UN set is read from it"))
    func sampledEstimation() throws {
        let shared = try #require(Fixtures.shared)
        let un = try #require(ParallelCorpus.load(ParallelCorpus.sets[0], from: shared.appendingPathComponent("parallel")))
        // Paragraphs of one or two sentences: over a thousand passages, so the sentence level's sample
        // is every second passage, and the paragraph level (over twice the sample) estimates on four
        // stretches of 125 paragraphs.
        var builder = PairBuilder(seed: 7)
        builder.paragraphSizes = 1...2
        let lines = un.pairs(.ru, .en).flatMap { $0 }
        let built = builder.build(lines, languages: (.ru, .en), name: "un")
        let gold = try #require(built)
        var sampled = AlignmentOptions(), full = AlignmentOptions()
        sampled.estimationPassages = 500
        full.estimationPassages = .max
        let withSample = try Aligner(options: sampled).align(gold.documents)
        let withAll = try Aligner(options: full).align(gold.documents)
        #expect(withSample.segments.count > 1_000)
        let score = { (alignment: Alignment) in gold.score(gold.beads(of: alignment.segments.map { ($0.ranges[0], $0.ranges[1]) })) }
        let (sampledF1, fullF1) = (score(withSample).f1, score(withAll).f1)
        let same = Set(withSample.segments.map(\.ranges)).intersection(withAll.segments.map(\.ranges)).count
        print("estimation sample: F1 \(sampledF1) against \(fullF1) from all passages; \(same) of \(withAll.segments.count) segments identical")
        #expect(sampledF1 >= fullF1 - 0.002)
        #expect(Double(same) >= 0.99 * Double(withAll.segments.count))
    }
}
