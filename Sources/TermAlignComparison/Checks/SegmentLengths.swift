import TermAlignText

/// Visible characters (spaces left out) of each version in each segment, and each pair's length
/// ratio over the segments where both have text: what the length checks of passages compare.
struct SegmentLengths {
    /// `lengths[segment][document]`.
    let lengths: [[Int]]
    /// Which versions have text in each segment.
    let hasText: [[Bool]]

    init(context: ComparisonContext, hasText: [[Bool]]) {
        self.hasText = hasText
        lengths = context.alignment.segments.map { segment in
            context.documents.indices.map { document in
                segment.ranges[document].map { Self.visible(context.documents[document], $0) } ?? 0
            }
        }
    }

    /// How long `document`'s text is against `other`'s where both have text: this pair's own ratio.
    func ratio(of document: Int, to other: Int) -> Double {
        var own = 0, others = 0
        for (row, present) in zip(lengths, hasText) where present[document] && present[other] {
            own += row[document]
            others += row[other]
        }
        return own > 0 && others > 0 ? Double(own) / Double(others) : 1
    }

    private static func visible(_ document: Document, _ range: ByteRange) -> Int {
        document.text(in: range).unicodeScalars.count { !$0.properties.isWhitespace }
    }
}
