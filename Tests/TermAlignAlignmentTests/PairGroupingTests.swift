import Testing
@testable import TermAlignAlignment
import TermAlignText

/// Where one version renders a sentence as three and another joins it with the next, the three-way
/// segment holds both sentences; the pair that aligns sentence by sentence keeps its own beads.
@Suite("Pair groupings")
struct PairGroupingTests {
    /// Version 0: two sentences; version 1: the first of them as three, then the second; version 2:
    /// both joined. The merged segment holds all of them.
    static let versions = [
        GapTests.units([[1, 2, 3, 4, 5, 6], [7, 8, 9]], lengths: [120, 60]),
        GapTests.units([[1, 2], [3, 4], [5, 6], [7, 8, 9]], lengths: [40, 40, 40, 60]),
        GapTests.units([[1, 2, 3, 4, 5, 6, 7, 8, 9]], lengths: [180]),
    ]
    static let segment = UnitSegment(units: [0..<2, 0..<4, 0..<1], confidence: 0.9)

    static func grouped() -> UnitSegment {
        let prepared = versions.map { PreparedUnits($0, maxSpan: BeadShape.maxSpan(BeadShape.sentence)) }
        let models = PairModels(count: 3) { _, _ in LengthModel(ratio: 1, variance: 4) }
        return AlignmentRun.grouped([segment], prepared, models: models)[0]
    }

    @Test func aPairWithSeveralSentencesOnBothSidesKeepsItsBeads() {
        let result = Self.grouped()
        #expect(result.units == Self.segment.units && result.confidence == Self.segment.confidence)
        #expect(result.pairs == [PairGrouping(first: 0, second: 1, beads: [UnitPair(first: 0..<1, second: 0..<3),
                                                                           UnitPair(first: 1..<2, second: 3..<4)])])
    }

    @Test func theSegmentAnswersForEveryPairInEitherOrder() {
        let grouped = Self.grouped()
        let segment = AlignedSegment(id: "s1", ranges: [nil, nil, nil], units: grouped.units, confidence: 0.9, pairs: grouped.pairs)
        #expect(segment.beads(1, 0) == [UnitPair(first: 0..<3, second: 0..<1), UnitPair(first: 3..<4, second: 1..<2)])
        // A pair without a grouping of its own takes the segment as one bead.
        #expect(segment.beads(0, 2) == [UnitPair(first: 0..<2, second: 0..<1)])
        let partial = AlignedSegment(id: "s2", ranges: [nil, nil, nil], units: [0..<1, nil, 0..<1], confidence: 1)
        #expect(partial.beads(0, 1) == nil)
    }
}
