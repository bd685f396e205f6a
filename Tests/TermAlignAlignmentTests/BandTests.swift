import Testing
@testable import TermAlignAlignment
import TermAlignText

/// The band of the dynamic program: centred through landmarks so an abridged version stays inside a
/// narrow band, and bounded so that versions that do not correspond cannot take unbounded memory.
@Suite("Band")
struct BandTests {
    /// `count` units of length 40, unit i holding the number `first + i` (unique) and a repeated one.
    static func sequence(_ numbers: [Int]) -> UnitSequence {
        var table = AnchorTable()
        for number in numbers { table.append([Anchor.number(Double(number)), Anchor.number(1)]) }
        return UnitSequence(lengths: numbers.map { _ in 40 }, anchors: table)
    }

    @Test("an abridged version: the centre follows the shared part, then runs along the end")
    func centreFollowsLandmarks() {
        let long = Self.sequence(Array(1000..<1300)), short = Self.sequence(Array(1000..<1100))
        let centres = BandCentre.centres(UnitWindow(long, maxSpan: 2), UnitWindow(short, maxSpan: 2))
        #expect(centres.count == 301)
        for row in stride(from: 0, through: 99, by: 11) { #expect(abs(centres[row] - Double(row)) < 1.01) }
        for row in stride(from: 101, through: 300, by: 19) { #expect(centres[row] >= 99) }
        // The diagonal would have put row 150 at column 50, a hundred units off the path.
        let aligner = PairwiseAligner(a: long, b: short, shapes: BeadShape.sentence, model: LengthModel(ratio: 1, variance: 4))
        let result = aligner.alignWithinBudget(posteriors: false)
        #expect(!result.limited)
        #expect(result.beads.filter { $0.a.count == 1 && $0.b.count == 1 }.allSatisfy { $0.a == $0.b })
        #expect(result.beads.filter { $0.a.count == 1 && $0.b.count == 1 }.count == 100)
    }

    @Test("landmarks out of order are dropped, not followed")
    func crossingLandmarksDropOut() {
        // One pair of numbers swapped far apart: the chain keeps the order most anchors agree on.
        var numbers = Array(0..<50)
        numbers.swapAt(5, 45)
        let landmarks = BandCentre.landmarks(UnitWindow(Self.sequence(Array(0..<50).map { $0 + 500 }), maxSpan: 1),
                                             UnitWindow(Self.sequence(numbers.map { $0 + 500 }), maxSpan: 1))
        #expect(landmarks.count >= 47)
        #expect(zip(landmarks, landmarks.dropFirst()).allSatisfy { $0.0 < $1.0 && $0.1 < $1.1 })
    }

    /// An abridged version without anchors to place it: b is a's first 100 units (same lengths), a
    /// goes on for 200 more, so the path runs up to 67 units off the diagonal i·m/n.
    static func abridged() -> (UnitSequence, UnitSequence) {
        var generator = SplitMix64(seed: 7)
        let lengths = (0..<300).map { _ in Double(20 + generator.next() % 180) }
        let empty = { (count: Int) -> AnchorTable in
            var table = AnchorTable()
            for _ in 0..<count { table.append([]) }
            return table
        }
        return (UnitSequence(lengths: lengths, anchors: empty(300)), UnitSequence(lengths: Array(lengths[0..<100]), anchors: empty(100)))
    }

    @Test("versions that part further than the budget allows: bounded, covered, and flagged")
    func budgetBoundsTheBand() {
        let (a, b) = Self.abridged()
        // A tight model: a unit paired with the wrong one costs far more than leaving it out.
        let model = LengthModel(ratio: 1, variance: 0.05)
        // Unbounded, the band widens until it holds the path.
        let free = PairwiseAligner(a: a, b: b, shapes: BeadShape.sentence, model: model).alignWithinBudget(posteriors: false)
        #expect(!free.limited)
        #expect(free.beads.count { $0.a.count == 1 && $0.b.count == 1 && $0.a == $0.b } >= 95)
        // With room for a band of half-width 16 only, it stops there and says so.
        var bounded = PairwiseAligner(a: a, b: b, shapes: BeadShape.sentence, model: model)
        bounded.maximumCells = Band(n: 300, m: 100, halfWidth: 16).cellCount * BeadShape.sentence.count
        let result = bounded.alignWithinBudget(posteriors: true)
        #expect(result.limited)
        // Whatever the band, the beads cover both sides exactly once, in order.
        var (i, j) = (0, 0)
        for bead in result.beads {
            #expect(bead.a.lowerBound == i && bead.b.lowerBound == j)
            (i, j) = (bead.a.upperBound, bead.b.upperBound)
        }
        #expect(i == 300 && j == 100)
    }
}
