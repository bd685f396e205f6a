/// The checks of beads that join units (see ``PairwiseAligner/checksJoinedUnits``): where the anchors
/// lie inside a 2–1, 1–2 or 2–2 bead says whether its units belong together.
extension PairwiseAligner {
    /// What a bead that joins units (2–1, 3–1, 2–2 and their mirrors) costs for each joined unit
    /// that has lexicon words of its own yet shares no anchor with the other side: that unit is more
    /// likely a sentence the other version dropped than part of a merged sentence.
    func unsupportedMergeCost(_ shape: BeadShape, _ rangeA: Range<Int>, _ rangeB: Range<Int>) -> Double {
        var cost = 0.0
        // 2–2: either side's units; otherwise the side that joins.
        for joinsA in shape.a == shape.b ? [true, false] : [shape.a > shape.b] {
            for unit in joinsA ? rangeA : rangeB {
                let alone = unit..<unit + 1
                let words = joinsA ? a.words(alone) : b.words(alone)
                let anchors = joinsA ? a.anchors(alone) : b.anchors(alone)
                guard words >= wordsOfAnUnsupportedUnit || anchors >= 2 * wordsOfAnUnsupportedUnit else { continue }
                let shared = joinsA ? compareAnchors(alone, rangeB).shared : compareAnchors(rangeA, alone).shared
                // Translations share about 60 % of a unit's anchors; a seventh is what chance gives.
                if Double(shared) <= Double(anchors) / 7 { cost += unsupportedMergeWeight }
            }
        }
        return cost
    }

    /// What a 2–2 bead costs when two 1–1 beads explain all its anchors, each with some: the lengths
    /// alone fitted better merged, the anchors say the sentences pair off in order.
    func splitCost(_ rangeA: Range<Int>, _ rangeB: Range<Int>, shared: Int) -> Double {
        let first = compareAnchors(rangeA.lowerBound..<rangeA.lowerBound + 1, rangeB.lowerBound..<rangeB.lowerBound + 1).shared
        let second = compareAnchors(rangeA.lowerBound + 1..<rangeA.upperBound, rangeB.lowerBound + 1..<rangeB.upperBound).shared
        return first > 0 && second > 0 && first + second >= shared ? splitWeight : 0
    }
}
