import Testing
@testable import TermAlignAlignment
import TermAlignText

/// The sentence level aligns each passage as a window on its versions' whole sentence tables rather
/// than on copies of its sentences: both must give the same beads and posteriors.
@Suite("Unit windows")
struct UnitWindowTests {
    /// `count` random units: lengths, numbers and lexicon words drawn from small ranges so that
    /// units share anchors, and some headings.
    static func units(_ count: Int, _ random: inout SplitMix64) -> UnitSequence {
        var table = AnchorTable()
        var headings: [Bool] = []
        var lengths: [Double] = []
        for _ in 0..<count {
            table.append((0..<Int(random.next() % 4)).map { _ in Anchor.number(Double(random.next() % 30)) }
                         + (0..<Int(random.next() % 4)).map { _ in Anchor(.word, payload: random.next() % 20) })
            lengths.append(Double(5 + random.next() % 200))
            headings.append(random.next() % 9 == 0)
        }
        return UnitSequence(lengths: lengths, anchors: table, headings: headings)
    }

    /// Units `range` of `sequence` copied into a sequence of their own.
    static func copy(_ sequence: UnitSequence, _ range: Range<Int>) -> UnitSequence {
        var table = AnchorTable()
        for unit in range {
            let anchors = sequence.anchors.values[sequence.anchors.starts[unit]..<sequence.anchors.starts[unit + 1]]
            table.append(Array(anchors))
        }
        return UnitSequence(lengths: Array(sequence.lengths[range]), anchors: table,
                            headings: sequence.headings.isEmpty ? [] : Array(sequence.headings[range]))
    }

    static func randomRange(in count: Int, _ random: inout SplitMix64) -> Range<Int> {
        let start = Int(random.next() % UInt64(count))
        return start..<start + Int(random.next() % UInt64(count - start + 1))
    }

    @Test("a window aligns as a copy of its units does, short and long, sentences and paragraphs",
          arguments: [false, true])
    func windowEqualsCopy(paragraphs: Bool) {
        var random = SplitMix64(seed: paragraphs ? 21 : 22)
        let shapes = paragraphs ? BeadShape.paragraph : BeadShape.sentence
        let span = BeadShape.maxSpan(shapes)
        var longest = 0, copiedLimit = 0
        for _ in 0..<120 {
            let (a, b) = (Self.units(60, &random), Self.units(60, &random))
            let (preparedA, preparedB) = (PreparedUnits(a, maxSpan: span), PreparedUnits(b, maxSpan: span))
            let (rangeA, rangeB) = (Self.randomRange(in: 60, &random), Self.randomRange(in: 60, &random))
            let model = LengthModel(ratio: 0.5 + Double(random.next() % 100) / 50, variance: 1 + Double(random.next() % 8))
            var windowed = PairwiseAligner(a: UnitWindow(preparedA, units: rangeA), b: UnitWindow(preparedB, units: rangeB),
                                           shapes: shapes, model: model)
            var copied = PairwiseAligner(a: Self.copy(a, rangeA), b: Self.copy(b, rangeB), shapes: shapes, model: model)
            if paragraphs {
                (windowed.lengthCostCap, copied.lengthCostCap) = (5, 5)
                (windowed.gapCost, copied.gapCost) = (2.5, 2.5)
                (windowed.checksJoinedUnits, copied.checksJoinedUnits) = (false, false)
            }
            let (fromWindow, fromCopy) = (windowed.alignWithinBudget(posteriors: true), copied.alignWithinBudget(posteriors: true))
            #expect(fromWindow.beads == fromCopy.beads)
            #expect(fromWindow.limited == fromCopy.limited)
            var (evidenceOfWindow, evidenceOfCopy) = (ModelEstimate(), ModelEstimate())
            evidenceOfWindow.add(fromWindow.beads, windowed)
            evidenceOfCopy.add(fromCopy.beads, copied)
            #expect(evidenceOfWindow.pairs.map(\.0) == evidenceOfCopy.pairs.map(\.0))
            #expect(evidenceOfWindow.sharedAnchors == evidenceOfCopy.sharedAnchors)
            longest = max(longest, min(rangeA.count, rangeB.count))
            copiedLimit = copied.wholeBandLimit
        }
        // Windows longer than the whole-band limit were met: their band runs through landmarks.
        #expect(longest > copiedLimit)
    }

    @Test("landmarks of windows are counted in the windows' numbering")
    func landmarksOfWindows() {
        // Units 100–199 of a hold the numbers 0–99 once each; b holds them in units 0–99.
        let a = BandTests.sequence(Array(5000..<5100) + Array(0..<100))
        let b = BandTests.sequence(Array(0..<100))
        let window = UnitWindow(PreparedUnits(a, maxSpan: 1), units: 100..<200)
        let landmarks = BandCentre.landmarks(window, UnitWindow(b, maxSpan: 1))
        // Every number but 1 (in every unit) and the last unit's (no landmark after the end).
        #expect(landmarks.count == 98)
        #expect(landmarks.allSatisfy { $0.0 == $0.1 })
        let copied = BandCentre.landmarks(UnitWindow(Self.copy(a, 100..<200), maxSpan: 1), UnitWindow(b, maxSpan: 1))
        #expect(landmarks.map(\.0) == copied.map(\.0) && landmarks.map(\.1) == copied.map(\.1))
    }
}
