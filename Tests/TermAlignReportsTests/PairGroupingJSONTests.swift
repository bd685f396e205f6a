import Foundation
import Testing
import TermAlignAlignment
@testable import TermAlignReports
import TermAlignText

/// A segment where two versions group their sentences more finely lists the pair's beads as byte
/// ranges; a segment without one has no `pairs` key.
struct PairGroupingJSONTests {
    @Test func aPairsOwnBeadsAreWrittenAsByteRanges() throws {
        let documents = [Document(text: "One. Two.", id: "a"), Document(text: "Eins. Zwei. Drei.", id: "b")]
        let units = [[ByteRange(lowerBound: 0, upperBound: 4), ByteRange(lowerBound: 5, upperBound: 9)],
                     [ByteRange(lowerBound: 0, upperBound: 5), ByteRange(lowerBound: 6, upperBound: 11), ByteRange(lowerBound: 12, upperBound: 17)]]
        let grouping = PairGrouping(first: 0, second: 1, beads: [UnitPair(first: 0..<1, second: 0..<2), UnitPair(first: 1..<2, second: 2..<3)])
        let segment = AlignedSegment(id: "s1", ranges: [ByteRange(lowerBound: 0, upperBound: 9), ByteRange(lowerBound: 0, upperBound: 17)],
                                     units: [0..<2, 0..<3], confidence: 0.9, pairs: [grouping])
        let plain = AlignedSegment(id: "s2", ranges: [nil, nil], units: [nil, nil], confidence: 1)
        let alignment = Alignment(documents: documents, unit: .sentence, units: units, segments: [segment, plain], pairs: [], warnings: [])
        let buffer = ByteSink()
        let writer = JSONWriter(out: buffer)
        writer.raw("{")
        writer.segments(alignment)
        writer.raw("}")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer.bytes)) as? [String: Any])
        let segments = try #require(json["segments"] as? [[String: Any]])
        let pairs = try #require(segments[0]["pairs"] as? [[String: Any]])
        #expect(pairs.first?["documents"] as? [String] == ["a", "b"])
        let beads = try #require(pairs.first?["beads"] as? [[String: [Int]]])
        #expect(beads == [["a": [0, 4], "b": [0, 11]], ["a": [5, 9], "b": [12, 17]]])
        #expect(segments[1]["pairs"] == nil)
    }
}
