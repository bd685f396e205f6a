import Foundation

/// Judges from the evidence of an alignment whether two documents are versions of one text.
///
/// Translations keep lengths in proportion (a length variance of 2–6 per character) and keep their
/// numbers and acronyms; unrelated texts forced into an alignment misfit by an order of magnitude and
/// share few anchors.
enum Relatedness {
    /// In [0, 1]: 1 for a typical translation, near 0 for unrelated texts.
    static func score(_ estimate: ModelEstimate) -> Double {
        var score = 1.0
        if let model = estimate.model() {
            let excess = model.variance / LengthModel.typicalVariance
            // Up to 2.5× the typical variance is still translation; 12× and more is not.
            score = interpolate(log(excess), from: (log(2.5), 1), to: (log(12), 0.05))
        }
        // The alignment may leave out what one version lacks (an excerpt's missing paragraphs, a
        // lead), but the shorter version's text must mostly pair: unrelated texts end up all left out.
        let (smaller, paired) = estimate.unitsA <= estimate.unitsB ? (estimate.unitsA, estimate.pairedA) : (estimate.unitsB, estimate.pairedB)
        if smaller >= 4 {
            score = min(score, interpolate(Double(paired) / Double(smaller), from: (0.1, 0.05), to: (0.5, 1)))
        }
        let anchors = estimate.anchorsA + estimate.anchorsB
        if anchors >= 8 {
            let agreement = 2 * Double(estimate.sharedAnchors) / Double(anchors)
            score = (score * interpolate(agreement, from: (0.02, 0.05), to: (0.25, 1))).squareRoot()
        }
        return score
    }

    private static func interpolate(_ x: Double, from start: (Double, Double), to end: (Double, Double)) -> Double {
        if x <= start.0 { return start.1 }
        if x >= end.0 { return end.1 }
        return start.1 + (end.1 - start.1) * (x - start.0) / (end.0 - start.0)
    }
}
