import Foundation
import Testing
@testable import TermAlignAlignment
import TermAlignEvaluation
import TermAlignText

/// The project's own trilingual statement (Fixtures/parallel-statement.tsv: one sentence or heading
/// per line, ru TAB zh TAB en, blank lines between paragraphs) and perturbed copies of it.
@Suite("Own parallel statement")
struct StatementCorpusTests {
    struct Statement {
        var lines: [[String]] = []
        var paragraphEnds = Set<Int>()

        func pairs(_ a: Int, _ b: Int) -> [(String, String)] { lines.map { ($0[a], $0[b]) } }
    }

    static let statement: Statement = {
        let text = try! String(contentsOf: Fixtures.directory.appendingPathComponent("parallel-statement.tsv"), encoding: .utf8)
        var statement = Statement()
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                if !statement.lines.isEmpty { statement.paragraphEnds.insert(statement.lines.count - 1) }
                continue
            }
            statement.lines.append(line.split(separator: "\t").map(String.init))
        }
        return statement
    }()

    static let languages: [Language] = [.ru, .zh, .en]
    static let languagePairs = [(0, 2), (1, 2), (0, 1)]

    /// The perturbations of the issue: deletions on both sides, a split, a merge, an abridged
    /// version (the last section missing) and two sentences in the other order.
    static let variants: [(String, [Int: PairBuilder.Change])] = [
        ("unchanged", [:]),
        ("deleted sentences", [6: .deleteFromB, 12: .deleteFromA]),
        ("split sentence", [7: .split]),
        ("merged sentences", [1: .merge]),
        ("abridged", Dictionary(uniqueKeysWithValues: (14...20).map { ($0, PairBuilder.Change.deleteFromB) })),
        ("swapped order", [10: .swap]),
        ("everything at once", [2: .deleteFromA, 6: .split, 10: .swap, 15: .merge, 19: .deleteFromB]),
    ]

    static func gold(_ pair: (Int, Int), _ changes: [Int: PairBuilder.Change]) -> GoldPair {
        PairBuilder.assemble(statement.pairs(pair.0, pair.1), languages: (languages[pair.0], languages[pair.1]),
                             name: "statement", paragraphEnds: statement.paragraphEnds, changes: changes)!
    }

    @Test("strict sentence-bead F1 ≥ 0.98 over every pair and perturbation; every deletion is a 1–0/0–1 bead")
    func perturbedCopies() throws {
        let aligner = Aligner()
        var total = GoldPair.Score()
        for pair in Self.languagePairs {
            for (name, changes) in Self.variants {
                let gold = Self.gold(pair, changes)
                let alignment = try aligner.align(gold.documents)
                let score = gold.score(gold.beads(of: alignment.segments.map { ($0.ranges[0], $0.ranges[1]) }))
                #expect(score.deletionsFound == score.deletions,
                        "\(Self.languages[pair.0])–\(Self.languages[pair.1]) \(name): \(score.deletionsFound) of \(score.deletions) deletions")
                if score.f1 < 1 {
                    print("statement \(Self.languages[pair.0])–\(Self.languages[pair.1]) \(name): F1 \(score.f1)")
                }
                total = total + score
            }
        }
        print("own statement: \(total.correct) of \(total.gold) gold beads, precision \(total.precision), recall \(total.recall), F1 \(total.f1)")
        #expect(total.f1 >= 0.98)
        #expect(total.deletions >= 3 * 9)
    }

    @Test("three versions get one alignment: a sentence missing from one version is null there and 1–1 in the others")
    func threeWay() throws {
        var lines = Self.statement.lines
        let missing = 12
        let documents = Self.languages.indices.map { column -> Document in
            var text = ""
            for (index, line) in lines.enumerated() where !(column == 1 && index == missing) {
                text += line[column] + (Self.statement.paragraphEnds.contains(index) ? "\n\n" : (column == 1 ? "" : " "))
            }
            return Document(text: text, id: Self.languages[column].rawValue, language: Self.languages[column])
        }
        lines.remove(at: missing)
        let alignment = try Aligner().align(documents)
        #expect(alignment.segments.count == Self.statement.lines.count)
        let shapes = alignment.segments.map(\.shape)
        #expect(shapes.filter { $0 == [1, 1, 1] }.count == Self.statement.lines.count - 1)
        #expect(shapes.contains([1, 0, 1]))
        let gap = try #require(alignment.segments.first { $0.shape == [1, 0, 1] })
        #expect(documents[0].text(in: gap.ranges[0]!).contains("мирным переговорам"))
        #expect(documents[2].text(in: gap.ranges[2]!).contains("peace talks"))
        #expect(alignment.warnings.isEmpty)
        #expect(alignment.segments.allSatisfy { $0.confidence > 0.5 })
    }

    @Test("dates, numbers and section numerals are the same anchors in every script")
    func anchorsAcrossScripts() {
        func anchors(_ text: String) -> [Anchor] {
            Array(text.utf8).withUnsafeBufferPointer { EvidenceScanner.anchors(in: $0, 0..<$0.count) }
                .filter { $0.kind == .number }.sorted()
        }
        let date = anchors("2001年7月16日")
        #expect(date.count == 3)
        #expect(anchors("16 июля 2001 года") == date)
        #expect(anchors("July 16, 2001") == date)
        #expect(anchors("二十") == [.number(20)])
        #expect(anchors("第二十四届") == [.number(24)])
        #expect(anchors("1900亿美元") == anchors("190 billion") && anchors("190 миллиардов") == anchors("190 billion"))
        #expect(anchors("10万人") == anchors("100,000") && anchors("100 тысяч") == anchors("100 000"))
        #expect(anchors("二〇二二年") == [.number(2022)])
        #expect(anchors("统一、一致、两国") == [])
        #expect(anchors("3,5 процента") == [.number(3.5)])
        #expect(SectionNumeral.value(of: "IV.") == 4 && SectionNumeral.value(of: "四、") == 4
                && SectionNumeral.value(of: "4)") == 4 && SectionNumeral.value(of: "第四章") == 4
                && SectionNumeral.value(of: "(г)") == 4)
    }
}
