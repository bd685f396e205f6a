/// Re-estimates a length model from the 1–1 beads of a first alignment: the ratio from their
/// summed lengths, the variance from their median squared misfit (robust to the few wrong beads).
struct ModelEstimate: Sendable {
    /// Lengths of the 1–1 beads: (side A, side B).
    var pairs: [(Double, Double)] = []
    /// Anchors on each side of the 1–1 beads, and how many of them the beads share.
    var anchorsA = 0
    var anchorsB = 0
    var sharedAnchors = 0
    /// All units of the alignments added.
    var units = 0
    /// The units of each side, and those paired with units of the other side (in any bead but a
    /// deletion or a gap).
    var unitsA = 0, unitsB = 0
    var pairedA = 0, pairedB = 0
    /// Whether an alignment of the pair stopped widening its band at the budget (see
    /// ``PairwiseAligner/alignWithinBudget(posteriors:)``).
    var bandLimited = false

    /// Too few beads tell nothing.
    static let minimumBeads = 5

    /// Adds the beads of one alignment of `a` and `b`.
    mutating func add(_ beads: [Bead], _ aligner: PairwiseAligner) {
        for bead in beads {
            units += bead.a.count + bead.b.count
            unitsA += bead.a.count
            unitsB += bead.b.count
            if !bead.a.isEmpty && !bead.b.isEmpty {
                pairedA += bead.a.count
                pairedB += bead.b.count
            }
            guard bead.a.count == 1 && bead.b.count == 1 else { continue }
            let i = bead.a.lowerBound, j = bead.b.lowerBound
            pairs.append((aligner.a.length(i), aligner.b.length(j)))
            anchorsA += aligner.a.anchors(bead.a)
            anchorsB += aligner.b.anchors(bead.b)
            sharedAnchors += aligner.sharedAnchors(bead.a, bead.b)
        }
    }

    /// Adds what another estimate gathered (its beads after these).
    mutating func add(_ other: ModelEstimate) {
        pairs += other.pairs
        anchorsA += other.anchorsA
        anchorsB += other.anchorsB
        sharedAnchors += other.sharedAnchors
        units += other.units
        unitsA += other.unitsA
        unitsB += other.unitsB
        pairedA += other.pairedA
        pairedB += other.pairedB
        bandLimited = bandLimited || other.bandLimited
    }

    /// The model these beads imply, or nil when there are too few.
    func model() -> LengthModel? {
        guard pairs.count >= Self.minimumBeads else { return nil }
        let totalA = pairs.reduce(0) { $0 + $1.0 }, totalB = pairs.reduce(0) { $0 + $1.1 }
        guard totalA > 0, totalB > 0 else { return nil }
        let ratio = totalB / totalA
        let misfits = pairs.map { pair -> Double in
            let expected = max(1, (ratio * pair.0 + pair.1) / 2)
            let difference = pair.1 - ratio * pair.0
            return difference * difference / expected
        }.sorted()
        // The median of a χ²(1) variable is 0.455 times its mean.
        let variance = max(0.25, misfits[misfits.count / 2] / 0.455)
        return LengthModel(ratio: ratio, variance: variance)
    }
}
