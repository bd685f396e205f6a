import Foundation
import TermAlignTestSupport
import PropertyBased
import Testing
@testable import TermAlignAlignment
import TermAlignText

/// The aligner's shortcuts give what the long way gives: paragraph anchors taken from the sentences,
/// the signature that skips merging runs without a common anchor, and costs kept between passes.
@Suite("Evidence reuse")
struct EvidenceReuseTests {
    static var sampleFolder: URL { Checkout.root.appendingPathComponent("Examples/sample") }

    static func builder(_ name: String) throws -> UnitBuilder {
        let document = try Document.load(path: sampleFolder.appendingPathComponent(name).path)
        let text = try TextAnalyzer(lemmaKeys: nil).analyze(document)
        return UnitBuilder(text: text, occurrences: [], anchors: .all)
    }

    /// The same anchors, but for one improvement: a capitalized word opening a sentence inside a
    /// paragraph is grammar, not a name, and the sentence scan (like the paragraph scan for the first
    /// word) does not take it for one.
    @Test(arguments: ["statement.ru.txt", "statement.zh.txt", "statement.en.txt", "statement-2022.ru.txt",
                      "statement-2022.zh.txt", "statement-2022.en.txt"])
    func paragraphAnchorsFromSentencesEqualAScan(file: String) throws {
        let builder = try Self.builder(file)
        let sentences = builder.units(builder.sentenceRanges, markers: builder.sentenceMarkers())
        let reused = builder.paragraphUnits(from: sentences), scanned = builder.paragraphUnits()
        #expect(reused.lengths == scanned.lengths && reused.headings == scanned.headings)
        #expect(reused.anchors.count == scanned.anchors.count)
        for paragraph in 0..<scanned.anchors.count {
            let range = paragraph..<paragraph + 1
            #expect(reused.anchors.numbers(range) == scanned.anchors.numbers(range))
            let (left, right) = (Self.anchors(reused.anchors, range), Self.anchors(scanned.anchors, range))
            #expect(left.filter { $0.kind != .name } == right.filter { $0.kind != .name })
            let names = right.filter { $0.kind == .name }
            #expect(left.filter { $0.kind == .name }.allSatisfy { name in names.contains(name) })
        }
    }

    static func anchors(_ table: AnchorTable, _ range: Range<Int>) -> [Anchor] {
        Array(table.values[table.starts[range.lowerBound]..<table.starts[range.upperBound]])
    }

    @Test("costs kept from the estimation pass give the same beads and posteriors")
    func keptCostsChangeNothing() throws {
        let ru = try Self.builder("statement.ru.txt"), en = try Self.builder("statement.en.txt")
        let (a, b) = (ru.paragraphUnits(), en.paragraphUnits())
        let plain = PairwiseAligner(a: a, b: b, shapes: BeadShape.paragraph, model: LengthModel(ratio: 0.6, variance: 6))
        var cached = plain
        cached.fixedCosts = FixedCostCache()
        _ = cached.align(posteriors: false)
        #expect(cached.fixedCosts?.tables.isEmpty == false)
        // A second pass with another model, as after re-estimation.
        var plainSecond = plain, cachedSecond = cached
        plainSecond.model = LengthModel(ratio: 0.55, variance: 5)
        cachedSecond.model = LengthModel(ratio: 0.55, variance: 5)
        #expect(cachedSecond.align(posteriors: true) == plainSecond.align(posteriors: true))
    }

    @Test("runs whose signatures share no bit share no anchor")
    func signaturesNeverHideASharedAnchor() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...40).array(of: 0...5).array(of: 1...12)) { passages in
            var table = AnchorTable()
            for anchors in passages { table.append(anchors.map { Anchor(.number, payload: UInt64($0)) }) }
            let runs = AnchorRuns(table, maxSpan: 3)
            for first in 0..<table.count {
                for second in 0..<table.count where first != second {
                    let left = Set(runs.run(first..<first + 1)), right = Set(runs.run(second..<second + 1))
                    if runs.signature(first..<first + 1) & runs.signature(second..<second + 1) == 0 {
                        #expect(left.isDisjoint(with: right))
                    }
                }
            }
        }
    }
}
