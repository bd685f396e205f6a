/// Each pair's own grouping inside the segments of a multi-way alignment. The merge groups sentences
/// the coarsest way the pairs agree on: where one version renders a sentence as three and another
/// joins it with the next, the segment holds both sentences of the first version. A pair in which
/// both versions have several sentences there is aligned again inside the segment, so that it keeps
/// its own beads.
extension AlignmentRun {
    static func grouped(_ segments: [UnitSegment], _ prepared: [PreparedUnits], models: PairModels) -> [UnitSegment] {
        segments.map { segment in
            var result = segment
            for low in segment.units.indices {
                for high in low + 1..<segment.units.count {
                    guard let first = segment.units[low], let second = segment.units[high],
                          first.count >= 2, second.count >= 2 else { continue }
                    let level = MultiwayAligner.Level.sentence
                    var aligner = PairwiseAligner(a: UnitWindow(prepared[low], units: first), b: UnitWindow(prepared[high], units: second),
                                                  shapes: level.shapes, model: models[low, high])
                    aligner.lengthCostCap = level.lengthCostCap
                    aligner.checksJoinedUnits = level.checksJoinedUnits
                    aligner.headingMismatchCost = level.headingMismatchCost
                    let beads = aligner.align(posteriors: false)
                    guard beads.count > 1 else { continue }
                    let pairs = beads.map { bead in
                        UnitPair(first: bead.a.lowerBound + first.lowerBound..<bead.a.upperBound + first.lowerBound,
                                 second: bead.b.lowerBound + second.lowerBound..<bead.b.upperBound + second.lowerBound)
                    }
                    result.pairs.append(PairGrouping(first: low, second: high, beads: pairs))
                }
            }
            return result
        }
    }
}
