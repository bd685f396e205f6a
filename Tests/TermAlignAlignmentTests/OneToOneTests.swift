import Testing
@testable import TermAlignAlignment
import TermAlignText

/// One unit against one, the commonest alignment of all (a passage of one sentence in each version),
/// is solved without the band's tables: it must give exactly what the tables give.
@Suite("One unit against one")
struct OneToOneTests {
    @Test("the direct solution gives the band's beads and posteriors, to the last bit", arguments: [false, true])
    func directEqualsBand(paragraphs: Bool) {
        var random = SplitMix64(seed: paragraphs ? 11 : 12)
        var outcomes = Set<Int>()
        for _ in 0..<400 {
            let unit = { () -> UnitSequence in
                var table = AnchorTable()
                table.append((0..<Int(random.next() % 4)).map { _ in Anchor.number(Double(random.next() % 5)) }
                             + (0..<Int(random.next() % 3)).map { _ in Anchor(.word, payload: random.next() % 4) })
                return UnitSequence(lengths: [Double(1 + random.next() % 300)], anchors: table,
                                    headings: paragraphs ? [random.next() % 5 == 0] : [])
            }
            let (a, b) = (unit(), unit())
            let model = LengthModel(ratio: 0.5 + Double(random.next() % 100) / 50, variance: 0.5 + Double(random.next() % 10))
            var direct = PairwiseAligner(a: a, b: b, shapes: paragraphs ? BeadShape.paragraph : BeadShape.sentence, model: model)
            if paragraphs {
                direct.lengthCostCap = 5
                direct.gapCost = 2.5
                direct.checksJoinedUnits = false
            }
            var band = direct
            band.solvesOneToOneDirectly = false
            for posteriors in [false, true] {
                let (fast, slow) = (direct.alignWithinBudget(posteriors: posteriors), band.alignWithinBudget(posteriors: posteriors))
                #expect(fast.beads == slow.beads)
                #expect(fast.limited == slow.limited)
            }
            outcomes.insert(direct.align(posteriors: false).count)
        }
        // Both outcomes were met: a 1–1 bead, and each unit left out.
        #expect(outcomes == [1, 2])
    }
}
