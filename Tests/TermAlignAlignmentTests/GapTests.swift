import Testing
@testable import TermAlignAlignment
import TermAlignText

/// Leading and trailing gaps: what one version has before the other's text begins or after it ends
/// is left out, not paired with whatever lies nearest.
@Suite("Gaps")
struct GapTests {
    /// Units with anchors drawn from `words` (each a lexicon word) and lengths in proportion.
    static func units(_ words: [[UInt64]], lengths: [Double]) -> UnitSequence {
        var table = AnchorTable()
        for list in words { table.append(list.map { Anchor(.word, payload: $0) }) }
        return UnitSequence(lengths: lengths, anchors: table)
    }

    /// Side A: five sentences; side B: a short lead of its own (a dateline), then A's third and fourth
    /// sentences.
    static let complete = units([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12], [13, 14, 15]], lengths: [100, 90, 110, 95, 105])
    static let report = units([[40, 41, 42, 43], [7, 8, 9], [10, 11, 12]], lengths: [30, 110, 95])

    @Test func aLeadAndTheUnquotedTextAreLeftOutWithTheirProbability() {
        var aligner = PairwiseAligner(a: UnitWindow(PreparedUnits(Self.complete, maxSpan: 3)), b: UnitWindow(PreparedUnits(Self.report, maxSpan: 3)),
                                      shapes: BeadShape.sentence, model: LengthModel(ratio: 1, variance: 4))
        aligner.gapCost = MultiwayAligner.Level.sentence.gapCost
        aligner.unsharedAnchorWeight = MultiwayAligner.Level.sentence.unsharedAnchorWeight
        let beads = aligner.align(posteriors: true)
        let pairs = beads.filter { !$0.a.isEmpty && !$0.b.isEmpty }
        #expect(pairs.map { [$0.a, $0.b] } == [[2..<3, 1..<2], [3..<4, 2..<3]])
        // Every unit once, in order: A's first two and B's lead before, A's last after.
        #expect(beads.flatMap { Array($0.a) } == Array(0..<5) && beads.flatMap { Array($0.b) } == Array(0..<3))
        let gaps = beads.filter { $0.a.isEmpty || $0.b.isEmpty }
        #expect(gaps.count == 4 && gaps.allSatisfy { $0.posterior > 0.5 && $0.posterior <= 1 })
    }

    @Test func withoutGapsLeavingTheLeadOutIsAGuess() {
        let aligner = PairwiseAligner(a: UnitWindow(PreparedUnits(Self.complete, maxSpan: 3)), b: UnitWindow(PreparedUnits(Self.report, maxSpan: 3)),
                                      shapes: BeadShape.sentence, model: LengthModel(ratio: 1, variance: 4))
        let beads = aligner.align(posteriors: true)
        // The same pairs, but the lead's being left out is a guess (with gaps, it is more likely than not).
        #expect(beads.filter { !$0.a.isEmpty && !$0.b.isEmpty }.map { [$0.a, $0.b] } == [[2..<3, 1..<2], [3..<4, 2..<3]])
        let lead = beads.first { $0.b == 0..<1 }
        #expect(lead.map { $0.a.isEmpty && $0.posterior < 0.5 } == true)
    }

    /// A quoted fragment is half its sentence's length; its length alone must not keep it from it.
    @Test func aFragmentPairsWithItsSentenceDespiteItsLength() {
        var fragment = Self.units([[7, 8]], lengths: [45])
        fragment.partial = [true]
        var aligner = PairwiseAligner(a: UnitWindow(PreparedUnits(Self.complete, maxSpan: 3)), b: UnitWindow(PreparedUnits(fragment, maxSpan: 3)),
                                      shapes: BeadShape.sentence, model: LengthModel(ratio: 1, variance: 4))
        aligner.gapCost = MultiwayAligner.Level.sentence.gapCost
        aligner.unsharedAnchorWeight = MultiwayAligner.Level.sentence.unsharedAnchorWeight
        let pairs = aligner.align(posteriors: true).filter { !$0.a.isEmpty && !$0.b.isEmpty }
        #expect(pairs.map(\.a) == [2..<3])
    }
}
