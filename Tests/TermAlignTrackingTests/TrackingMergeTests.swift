import Testing
import TermAlignGlossary
import TermAlignMatching
import TermAlignText
import TermAlignTracking

/// A tracking is the same however its documents are split and merged: counts add up, first and last
/// are the corpus's, samples are the earliest of all.
struct TrackingMergeTests {
    static let tracker = Tracker(matcher: try! TermMatcher(glossary: ShippedGlossary.load().glossary), samplesPerRendering: 2)

    static let documents: [DatedDocument] = (0..<24).map { index in
        let texts = ["The Sides oppose NATO expansion and hegemonism.", "Стороны против расширения НАТО и гегемонизма.",
                     "双方反对北约扩张和霸权主义。", "The Sides respect sovereignty and territorial integrity."]
        let language: Language = [.en, .ru, .zh, .en][index % 4]
        let date = "2023-0\(1 + index % 5)-1\(index % 7)"
        return DatedDocument(id: "d\(index)", date: date, source: ["tass", "xinhua", "rg"][index % 3],
                             document: Document(text: texts[index % 4], id: "d\(index)", language: language))
    }

    @Test(arguments: [1, 2, 3, 5, 24])
    func anySplitMergesIntoTheWhole(_ parts: Int) throws {
        let whole = Self.tracker.track(Self.documents, threads: 1)
        #expect(whole.documents == 24 && whole.concepts["nato-enlargement"] != nil)
        var shards = (0..<parts).map { part in
            Self.tracker.track(Self.documents.enumerated().filter { $0.offset % parts == part }.map(\.element), threads: 2)
        }
        let forward = shards.dropFirst().reduce(shards[0]) { $0.merged(with: $1) }
        shards.reverse()
        let backward = shards.dropFirst().reduce(shards[0]) { $0.merged(with: $1) }
        #expect(forward == whole && backward == whole)
        let nato = try #require(whole.concepts["nato-enlargement"])
        #expect(nato.first.date == "2023-01-10" && nato.samples.count <= 2 * 3)
    }

    @Test func periodsCutTheDate() {
        #expect(TrackingPeriod.day.of("2023-03-21") == "2023-03-21")
        #expect(TrackingPeriod.month.of("2023-03-21") == "2023-03")
        #expect(TrackingPeriod.year.of("2023-03-21") == "2023")
    }
}
