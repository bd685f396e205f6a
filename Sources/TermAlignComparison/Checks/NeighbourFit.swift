import TermAlignText

/// Whether a passage one version seems to lack may lie inside its neighbouring passage instead: the
/// aligner left a sentence unpaired although the lacking version's text beside it is longer than its
/// counterpart by about that sentence's length (a sentence rendered as part of the next one, whose
/// words the aligner's anchors did not tie). A dropped sentence leaves its neighbours balanced.
struct NeighbourFit {
    /// The confidence an omission or addition keeps when a neighbour could hold it: below
    /// ``Finding/uncertainPassage``, so the finding is taken down a severity.
    static let doubtfulConfidence = 0.45
    /// A neighbour holds the passage when its excess over its counterpart is at least this share of
    /// the passage's expected length...
    static let excessShare = 0.5
    /// ...and at least this share of the neighbour's own expected length: the length of one
    /// passage varies by about a quarter between translations.
    static let neighbourShare = 0.3

    let lengths: SegmentLengths

    /// The first lacking–having pair of `run` whose lacking version's text in a segment next to the
    /// run is longer than its counterpart by about the run's length; nil when none is.
    func neighbourHolding(_ run: SegmentCoverage.Run) -> (lacking: Int, having: Int)? {
        for lacking in run.lacking {
            for having in run.having {
                let ratio = lengths.ratio(of: lacking, to: having)
                let passage = Double(run.segments.reduce(0) { $0 + lengths.lengths[$1][having] }) * ratio
                let neighbours = [run.segments.lowerBound - 1, run.segments.upperBound + 1].filter {
                    lengths.lengths.indices.contains($0) && lengths.hasText[$0][lacking] && lengths.hasText[$0][having]
                }
                for neighbour in neighbours {
                    let expected = Double(lengths.lengths[neighbour][having]) * ratio
                    let excess = Double(lengths.lengths[neighbour][lacking]) - expected
                    if excess >= Self.excessShare * passage && excess >= Self.neighbourShare * expected { return (lacking, having) }
                }
            }
        }
        return nil
    }
}
