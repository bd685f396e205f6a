import Foundation
import Testing
import TermAlign

/// Files as tools write them (fixtures): an older site's page with entities, a comment, a script and
/// a table layout; an XLIFF 1.2 file of a CAT project; a TMX memory of three languages.
struct FixtureFileTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return Array(try Data(contentsOf: url))
    }

    @Test func anOlderSitesPageGivesItsTitleAndParagraphs() throws {
        let (text, _) = try InputReader.text(of: try Self.fixture("page.html"), format: .html, file: "page.html")
        #expect(String(decoding: text, as: UTF8.self) == """
            Заявление о\u{A0}стратегическом партнёрстве

            Стороны подтверждают, что отношения всеобъемлющего партнёрства и стратегического взаимодействия вступили в новую эпоху.

            Стороны выступают против вмешательства во\u{A0}внутренние дела и\u{A0}уважают суверенитет и территориальную целостность друг друга.
            Стороны продолжат диалог «без ограничений» — на всех уровнях.

            Стороны будут защищать права и интересы граждан, находящихся за рубежом.
            """)
    }

    @Test func aCATProjectsXLIFFGivesItsUnitsAsSegments() throws {
        let versions = try InputReader.alignedVersions(of: try Self.fixture("bilingual.xlf"), format: .xliff, file: "b.xlf")
        #expect(versions.documents.map(\.id) == ["en-US", "ru-RU"])
        #expect(versions.units.map(\.id) == ["u1", "u2", "u3", "u4"])
        #expect(versions.units.map { $0.ranges.map { $0 != nil } } == [[true, true], [true, true], [true, true], [true, false]])
        let english = versions.documents[0]
        #expect(english.text(in: versions.units[1].ranges[0]!) == "They respect sovereignty and territorial integrity.")
        let comparer = SampleVersions.comparer
        let comparison = try comparer.compare(versions.documents.map { $0.with(id: $0.language.rawValue) }, units: versions.units)
        #expect(comparison.alignment.segments.map(\.id) == ["u1", "u2", "u3", "u4"])
        // The untranslated unit is text ru does not have, with the concepts it carries.
        let missing = try #require(comparison.findings.first { $0.kind == .coverage })
        #expect(comparison.alignment.segments[missing.segment].id == "u4")
        #expect(missing.message.contains("rights-and-interests"))
    }

    @Test func aTMXMemoryOfThreeLanguagesKeepsItsGaps() throws {
        let versions = try InputReader.alignedVersions(of: try Self.fixture("three.tmx"), format: .tmx, file: "t.tmx")
        #expect(versions.documents.map(\.language) == [.ru, .zh, .en])
        #expect(versions.units.map(\.id) == ["101", "102", "103"])
        #expect(versions.units[1].ranges[1] == nil)
        let english = versions.documents[2]
        #expect(english.text(in: english.wholeRange) == "The Sides support a multipolar world.\n\nRelations have entered a new era.\n\nThe Sides oppose hegemonism & power politics.")
        // "&amp;" is one character of the text and five of the file: the map keeps both places.
        let origin = try #require(english.origin)
        let source = try Self.fixture("three.tmx")
        let power = english.text(in: english.wholeRange).utf8.count - "power politics.".utf8.count
        let mapped = try #require(origin.sourceOffset(of: power))
        #expect(String(decoding: source[mapped..<mapped + 14], as: UTF8.self) == "power politics")
    }

    /// Found by fuzzing: an archive whose directory points past its end is refused, not a crash.
    @Test func anArchiveThatPointsPastItsEndIsRefused() throws {
        #expect(throws: InputError.self) {
            _ = try InputReader.text(of: try Self.fixture("seek-past-end.odt"), format: .odt, file: "seek-past-end.odt")
        }
    }
}
