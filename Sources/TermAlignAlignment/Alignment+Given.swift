import TermAlignText

extension Alignment {
    /// The alignment a file states: one segment per unit (an XLIFF or TMX file's translation units),
    /// each with confidence 1, nothing computed. A version's segment runs from its unit's text to the
    /// next unit it has, so the segments tile every version as an aligner's do.
    ///
    /// - Parameters:
    ///   - documents: The versions.
    ///   - units: The units, in order; each has one range (or nil) per version, in increasing order
    ///     within a version and inside it.
    /// - Throws: ``AlignmentError/givenUnits(_:)`` when a unit has the wrong number of ranges, its ranges
    ///   go backwards or out of their version, or no unit has text in some version.
    public init(documents: [Document], given units: [ParallelUnit]) throws(AlignmentError) {
        var ends = [Int](repeating: 0, count: documents.count)
        var unitRanges = [[ByteRange]](repeating: [], count: documents.count)
        for unit in units {
            guard unit.ranges.count == documents.count else {
                throw .givenUnits("unit \(unit.id) has \(unit.ranges.count) versions, the file \(documents.count)")
            }
            for (document, range) in unit.ranges.enumerated() {
                guard let range else { continue }
                guard range.lowerBound >= ends[document], range.upperBound <= documents[document].bytes.count else {
                    throw .givenUnits("unit \(unit.id) of \(documents[document].id) is out of order or outside its text")
                }
                ends[document] = range.upperBound
                unitRanges[document].append(range)
            }
        }
        if let empty = unitRanges.firstIndex(where: \.isEmpty) {
            throw .givenUnits("\(documents[empty].id) has text in no unit")
        }
        var next = [Int](repeating: 0, count: documents.count)
        let segments = units.enumerated().map { index, unit in
            let ranges = unit.ranges.enumerated().map { document, range -> ByteRange? in
                guard range != nil else { return nil }
                let position = next[document]
                let start = position == 0 ? 0 : unitRanges[document][position].lowerBound
                let end = position + 1 < unitRanges[document].count ? unitRanges[document][position + 1].lowerBound
                    : documents[document].bytes.count
                return ByteRange(lowerBound: start, upperBound: end)
            }
            let unitIndices = unit.ranges.enumerated().map { document, range -> Range<Int>? in
                guard range != nil else { return nil }
                defer { next[document] += 1 }
                return next[document]..<next[document] + 1
            }
            return AlignedSegment(id: unit.id, ranges: ranges, units: unitIndices, passage: index, confidence: 1)
        }
        self.init(documents: documents, unit: .paragraph, units: unitRanges, segments: segments, pairs: [], warnings: [])
    }
}
