import Testing
import TermAlignAlignment
import TermAlignText

/// The numbers an alignment keeps from scanning its units are the numbers its segments hold.
@Suite("Numbers kept by the alignment")
struct UnitNumbersTests {
    static let versions = [
        Document(text: "1. Договор подписан 16 июля 2001 г. Он действует 20 лет.\n\n2. Товарооборот превысил 190 млрд долларов в 2023 году.\n\nIII. Стороны провели 3 раунда переговоров.",
                 id: "ru", language: .ru),
        Document(text: "1．条约于2001年7月16日签署。条约有效期二十年。\n\n2．2023年贸易额突破1900亿美元。\n\n三、双方举行了三轮会谈。",
                 id: "zh", language: .zh),
        Document(text: "1. The treaty was signed on July 16, 2001. It is valid for 20 years.\n\n2. In 2023 trade exceeded 190 billion dollars.\n\nIII. The sides held three rounds of talks.",
                 id: "en", language: .en),
    ]

    @Test("each segment's kept numbers are what reading the segment gives, list markers aside", arguments: [AlignmentUnit.sentence, .paragraph])
    func keptNumbersMatchAScan(unit: AlignmentUnit) throws {
        let alignment = try Aligner(options: AlignmentOptions(unit: unit)).align(Self.versions)
        #expect(alignment.numbers.count == 3)
        let markers = try Self.versions.map { try TextAnalyzer(lemmaKeys: nil).analyze($0, components: [.paragraphs]).paragraphs.compactMap(\.marker) }
        var checked = 0
        for segment in alignment.segments {
            for (document, units) in segment.units.enumerated() {
                guard let units, let range = segment.ranges[document] else { continue }
                let kept = alignment.numbers[document].mentions(of: units).map(\.value).sorted()
                let scanned = NumberMention.scan(Self.versions[document], range)
                    .filter { mention in !markers[document].contains { $0.range.contains(mention.range.lowerBound) } }
                    .map(\.value).sorted()
                #expect(kept == scanned, "\(unit) \(segment.id) \(Self.versions[document].id)")
                checked += kept.count
            }
        }
        // 2001, 7, 16, 20, 190 billion, 2023 and 3 in each version.
        #expect(checked >= 3 * 7)
    }
}
