import TermAlignText

/// Visible characters (spaces left out) of each version in each segment, and each pair's length
/// ratio over the segments where both have text: what the length checks of passages compare.
struct SegmentLengths {
    /// `lengths[segment][document]`.
    let lengths: [[Int]]
    /// Which versions have text in each segment.
    let hasText: [[Bool]]
    /// `ratios[document][other]`: how long `document`'s text is against `other`'s where both have
    /// text (1 where they share none).
    private let ratios: [[Double]]

    init(context: ComparisonContext, hasText: [[Bool]]) {
        self.hasText = hasText
        let lengths = context.alignment.segments.map { segment in
            context.documents.indices.map { document in
                segment.ranges[document].map { range in
                    context.documents[document].bytes.withUnsafeBufferPointer { VisibleLength.count($0, range.range) }
                } ?? 0
            }
        }
        self.lengths = lengths
        let count = context.documents.count
        ratios = (0..<count).map { document in
            (0..<count).map { other in
                var own = 0, others = 0
                for (row, present) in zip(lengths, hasText) where present[document] && present[other] {
                    own += row[document]
                    others += row[other]
                }
                return own > 0 && others > 0 ? Double(own) / Double(others) : 1
            }
        }
    }

    /// How long `document`'s text is against `other`'s where both have text: this pair's own ratio.
    func ratio(of document: Int, to other: Int) -> Double { ratios[document][other] }
}
