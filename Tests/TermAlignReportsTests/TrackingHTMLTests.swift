import Foundation
import Testing
import TermAlignGlossary
import TermAlignMatching
@testable import TermAlignReports
import TermAlignText
import TermAlignTracking

/// The tracking page: a timeline per concept with a bar segment per rendering and period, one axis of
/// every period with gaps kept, data escaped, and the same bytes for merged shards as for the whole.
struct TrackingHTMLTests {
    static let tracker = Tracker(matcher: try! TermMatcher(glossary: ShippedGlossary.load().glossary), samplesPerRendering: 2)

    /// Documents in January and April 2023 only, from two sources (one with markup in its name).
    static let documents: [DatedDocument] = (0..<12).map { index in
        let texts = ["The Sides oppose NATO expansion.", "Стороны против расширения НАТО.", "双方反对北约扩张和北约东扩。"]
        let language: Language = [.en, .ru, .zh][index % 3]
        return DatedDocument(id: "d\(index)", date: index < 6 ? "2023-01-1\(index)" : "2023-04-0\(index - 5)",
                             source: ["tass", "<b>xinhua</b>"][index % 2],
                             document: Document(text: texts[index % 3], id: "d\(index)", language: language))
    }

    static func page(_ tracking: Tracking) -> String {
        TrackingReport(tracking: tracking, glossaryName: "test.yaml").render(.html)
    }

    @Test func eachRenderingAndPeriodIsABarSegmentOnAnAxisWithTheGaps() throws {
        let tracking = Self.tracker.track(Self.documents, threads: 1)
        let page = Self.page(tracking)
        let concept = try #require(tracking.concepts["nato-enlargement"])
        let section = try #require(page.components(separatedBy: "<section id=\"c-nato-enlargement\"").last?
            .components(separatedBy: "</section>").first)
        #expect(section.components(separatedBy: "<rect ").count - 1 == Set(concept.counts.keys.map { [$0.language, $0.rendering, $0.period] }).count)
        for (key, count) in concept.counts where key.period == "2023-04" {
            var total = 0
            for (other, more) in concept.counts where other.period == key.period && other.language == key.language && other.rendering == key.rendering {
                total += more
            }
            #expect(section.contains("<title>2023-04: \(key.rendering) (\(key.language)) — \(total)</title>"), "\(key) \(count)")
        }
        for month in ["2023-01", "2023-02", "2023-03", "2023-04"] {
            #expect(section.contains("text-anchor=\"middle\">\(month)</text>"), "axis label \(month)")
        }
        #expect(section.contains("role=\"img\"") && section.contains("aria-label=\"Occurrences of nato-enlargement by month, 2023-01 to 2023-04"))
        #expect(page.contains("&lt;b&gt;xinhua&lt;/b&gt;") && !page.contains("<b>xinhua"))
        #expect(!page.contains("<script"), "the page needs no script")
    }

    @Test func mergedShardsGiveTheBytesOfTheWhole() {
        let whole = Self.tracker.track(Self.documents, threads: 1)
        let odd = Self.tracker.track(Self.documents.enumerated().filter { $0.offset % 2 == 1 }.map(\.element), threads: 1)
        let even = Self.tracker.track(Self.documents.enumerated().filter { $0.offset % 2 == 0 }.map(\.element), threads: 2)
        #expect(Self.page(odd.merged(with: even)) == Self.page(whole))
        #expect(Self.page(even.merged(with: odd)) == Self.page(whole))
    }

    @Test func theGlossaryGivesEachConceptItsDefinitionAndNotes() throws {
        let tracking = Self.tracker.track(Self.documents, threads: 1)
        let glossary = Self.tracker.matcher.glossary
        let concept = try #require(glossary.concepts.first { $0.id == "nato-enlargement" })
        let definition = try #require(concept.definition)
        let page = TrackingReport(tracking: tracking, glossaryName: "test.yaml", glossary: glossary).render(.html)
        let section = try #require(page.components(separatedBy: "<section id=\"c-nato-enlargement\"").last)
        #expect(section.contains("<p class=\"definition\">\(definition)</p>"))
        let note = try #require(concept.notes.first)
        #expect(section.contains("<p class=\"note\">" + note.prefix(12)), "the glossary's note")
        #expect(!Self.page(tracking).contains("class=\"definition\""), "without the glossary, ids only")
    }

    @Test func anEmptyTrackingIsAPageWithoutCharts() {
        let page = Self.page(Tracking(period: .year, samplesPerRendering: 1))
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("0 concepts seen") && !page.contains("<svg"))
    }

    @Test(arguments: [(0, 1), (4, 1), (5, 1), (6, 2), (11, 5), (99, 20), (101, 50), (4_999, 1_000)])
    func gridStepsAreOneTwoOrFiveTimesAPowerOfTen(maximum: Int, step: Int) {
        #expect(TimelineChart.step(for: maximum) == step)
    }
}
