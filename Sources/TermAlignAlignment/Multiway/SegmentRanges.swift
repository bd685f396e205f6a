import TermAlignText

/// Turns unit segments into byte ranges that tile each document: a segment starts where its first
/// unit starts (the first at byte 0) and ends where the document's next segment starts (the last at
/// the document's end), so whitespace between units belongs to the segment before it.
enum SegmentRanges {
    static func segments(_ segments: [UnitSegment], unitRanges: [[ByteRange]], sizes: [Int]) -> [AlignedSegment] {
        let documents = sizes.count
        var ranges = [[ByteRange?]](repeating: [ByteRange?](repeating: nil, count: documents), count: segments.count)
        for document in 0..<documents {
            let holding = segments.indices.filter { segments[$0].units[document] != nil }
            for (position, index) in holding.enumerated() {
                let start = position == 0 ? 0 : unitRanges[document][segments[index].units[document]!.lowerBound].lowerBound
                let end = position + 1 < holding.count
                    ? unitRanges[document][segments[holding[position + 1]].units[document]!.lowerBound].lowerBound
                    : sizes[document]
                ranges[index][document] = ByteRange(lowerBound: start, upperBound: end)
            }
        }
        return segments.enumerated().map { index, segment in
            AlignedSegment(id: "s\(index + 1)", ranges: ranges[index], units: segment.units, passage: segment.passage,
                           confidence: (segment.confidence * 1000).rounded() / 1000, pairs: segment.pairs)
        }
    }
}
