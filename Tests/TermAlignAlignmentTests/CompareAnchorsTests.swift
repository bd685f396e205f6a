import Testing
@testable import TermAlignAlignment
import TermAlignText

/// The section-by-section merge of two anchor runs counts what a plain multiset intersection counts.
@Suite("Comparing anchor runs")
struct CompareAnchorsTests {
    /// Anchors of every kind, drawn from few values so that runs share some, with repeats.
    private static func units(_ count: Int, _ random: inout SplitMix64) -> UnitSequence {
        let kinds: [Anchor.Kind] = [.number, .acronym, .concept, .section, .mark, .name, .word]
        var table = AnchorTable()
        for _ in 0..<count {
            table.append((0..<Int(random.next() % 9)).map { _ in
                let kind = kinds[Int(random.next() % UInt64(kinds.count))]
                return kind == .number ? Anchor.number(Double(random.next() % 6)) : Anchor(kind, payload: random.next() % 6)
            })
        }
        return UnitSequence(lengths: Array(repeating: 10, count: count), anchors: table)
    }

    /// The anchors of units `range`, counted by value.
    private static func counts(_ units: UnitSequence, _ range: Range<Int>) -> [UInt32: Int] {
        var counts: [UInt32: Int] = [:]
        for anchor in units.anchors.values[units.anchors.starts[range.lowerBound]..<units.anchors.starts[range.upperBound]] {
            counts[anchor.rawValue, default: 0] += 1
        }
        return counts
    }

    @Test func sharedNumbersAndWordsAreCountedAsMultisets() {
        var random = SplitMix64(seed: 5)
        let shapes = BeadShape.paragraph
        var wordsCapped = 0
        for _ in 0..<40 {
            let (a, b) = (Self.units(30, &random), Self.units(30, &random))
            let aligner = PairwiseAligner(a: a, b: b, shapes: shapes, model: LengthModel(ratio: 1, variance: 1))
            for _ in 0..<50 {
                let spanA = 1 + Int(random.next() % 3), spanB = 1 + Int(random.next() % 3)
                let endA = spanA + Int(random.next() % UInt64(30 - spanA + 1))
                let endB = spanB + Int(random.next() % UInt64(30 - spanB + 1))
                let (rangeA, rangeB) = (endA - spanA..<endA, endB - spanB..<endB)
                let wordLimit = random.next() % 2 == 0 ? Int.max : Int(random.next() % 4)
                let (left, right) = (Self.counts(a, rangeA), Self.counts(b, rangeB))
                var shared = 0, sharedNumbers = 0, words = 0, numbers = 0
                for (value, count) in left {
                    let common = min(count, right[value] ?? 0)
                    shared += common
                    if value >> Anchor.kindShift == Anchor.Kind.number.rawValue { sharedNumbers += common }
                    if value >> Anchor.kindShift == Anchor.Kind.word.rawValue { words += common }
                }
                for (value, count) in left.merging(right, uniquingKeysWith: +)
                where value >> Anchor.kindShift == Anchor.Kind.number.rawValue { numbers += count }
                let found = aligner.compareAnchors(rangeA, rangeB, wordLimit: wordLimit)
                if words > wordLimit {
                    // Counting stops at the limit, after every other kind is complete.
                    wordsCapped += 1
                    #expect(found.words == wordLimit)
                    #expect(found.shared == shared - words + wordLimit)
                } else {
                    #expect(found.words == words)
                    #expect(found.shared == shared)
                }
                #expect(found.unmatchedNumbers == numbers - 2 * sharedNumbers)
            }
        }
        #expect(wordsCapped > 20)
    }
}
