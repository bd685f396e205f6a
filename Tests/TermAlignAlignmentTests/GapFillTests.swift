import Testing
@testable import TermAlignAlignment
import TermAlignText

/// Units that two versions share and the pivot lacks are aligned between those two versions, apart
/// from the pivot's pairs.
@Suite("Gap filling")
struct GapFillTests {
    /// Units of length 40, unit i holding the number `numbers[i]`.
    private static func sequence(_ numbers: [Int]) -> UnitSequence {
        var table = AnchorTable()
        for number in numbers { table.append([Anchor.number(Double(number))]) }
        return UnitSequence(lengths: numbers.map { _ in 40 }, anchors: table)
    }

    @Test("two gaps of different sizes at paragraph level, with costs kept between passes")
    func gapsOfDifferentSizes() {
        // The pivot lacks one unit after its 6th and six after its 13th that both others have.
        let pivot = Array(0..<20)
        let others = Array(0..<6) + [100] + Array(6..<13) + Array(200..<206) + Array(13..<20)
        let sequences = [Self.sequence(pivot), Self.sequence(others), Self.sequence(others)]
        let caches = (0..<9).map { _ in FixedCostCache() }
        for _ in 0..<2 { // the estimation pass, then the final pass over the same caches
            var aligner = MultiwayAligner(level: .paragraph, models: PairModels(count: 3) { _, _ in LengthModel(ratio: 1, variance: 4) },
                                          count: 3)
            aligner.fixedCosts = caches
            let segments = aligner.align(sequences, pivot: 0)
            // Every extra unit of the other two is a segment of its own, paired between them.
            let gaps = segments.filter { $0.units[0] == nil }
            #expect(gaps.count == 7)
            #expect(gaps.allSatisfy { $0.units[1] != nil && $0.units[1] == $0.units[2] && $0.units[1]!.count == 1 })
            #expect(segments.filter { $0.units[0] != nil }.count == 20)
        }
    }

    @Test("three versions where two share paragraphs the third lacks, at two places: aligned, not a crash",
          arguments: [AlignmentUnit.paragraph, .sentence])
    func documentsWithTwoGaps(unit: AlignmentUnit) throws {
        let paragraph = { (number: Int) in "Item \(number) concerns the sum of \(number * 7) units. It was agreed in \(1900 + number)." }
        let shared = (1...20).map(paragraph)
        // The first version lacks one paragraph after its 6th and six after its 13th; a closing
        // paragraph of many sentences makes it the pivot, the version with the most sentences.
        let extra = Array(shared[0..<6]) + [paragraph(100)] + Array(shared[6..<13]) + (200..<206).map(paragraph) + Array(shared[13...])
        let closing = (1...40).map { "Point \($0 + 500) holds." }.joined(separator: " ")
        let documents = [
            Document(text: (shared + [closing]).joined(separator: "\n\n"), id: "a", language: .en),
            Document(text: extra.joined(separator: "\n\n"), id: "b", language: .en),
            Document(text: extra.joined(separator: "\n\n"), id: "c", language: .en),
        ]
        let alignment = try Aligner(options: AlignmentOptions(unit: unit)).align(documents)
        // The seven paragraphs (fourteen sentences) only b and c have are segments of b and c together.
        let onlyTheOthers = alignment.segments.filter { $0.ranges[0] == nil }
        #expect(onlyTheOthers.count == (unit == .paragraph ? 7 : 14))
        #expect(onlyTheOthers.allSatisfy { $0.ranges[1] != nil && $0.ranges[2] != nil })
    }
}
