import Foundation
import Testing
import TermAlign
import TermAlignTestSupport

/// XLIFF and TMX: their languages as versions, their units as the alignment; the comparison finds
/// what it finds in the text files.
struct AlignedInputTests {
    static let pairs = [("ru", "en"), ("zh", "en"), ("ru", "zh")]

    @Test(arguments: pairs)
    func anXLIFFFileGivesTwoVersionsAndItsUnits(_ source: String, _ target: String) throws {
        let (sourceText, targetText) = (try SampleVersions.text(source), try SampleVersions.text(target))
        let xliff = SampleFormats.xliff2(source: (source, sourceText), target: (target, targetText))
        let versions = try InputReader.alignedVersions(of: Array(xliff.utf8), format: .xliff, file: "pair.xlf")
        #expect(versions.documents.map(\.language.rawValue) == [source, target])
        #expect(versions.documents.map { $0.text(in: $0.wholeRange) }
                == [sourceText, targetText].map { $0.trimmingCharacters(in: .newlines) })
        #expect(versions.units.count == SampleFormats.paragraphs(sourceText).count)
        #expect(versions.units.first?.id == "p1")
        // The same findings as the aligner's on the text files: the sample aligns paragraph by paragraph.
        let documents = try SampleVersions.textDocuments().filter { [source, target].contains($0.id) }
        let fromText = try SampleVersions.comparer.compare(documents)
        let fromFile = try SampleVersions.comparer.compare(versions.documents.map { $0.with(id: $0.language.rawValue) }, units: versions.units)
        #expect(SampleVersions.occurrences(fromFile) == SampleVersions.occurrences(fromText))
        #expect(SampleVersions.findings(fromFile) == SampleVersions.findings(fromText))
        #expect(fromFile.findings.allSatisfy { fromFile.alignment.segments[$0.segment].id.hasPrefix("p") }, "findings name units")
    }

    @Test func aTMXFileOfThreeLanguagesGivesThreeVersions() throws {
        let texts = try SampleVersions.languages.map { ($0, try SampleVersions.text($0)) }
        let versions = try InputReader.alignedVersions(of: Array(SampleFormats.tmx(texts).utf8), format: .tmx, file: "all.tmx")
        #expect(versions.documents.map(\.language.rawValue) == SampleVersions.languages)
        let fromText = try SampleVersions.comparer.compare(try SampleVersions.textDocuments())
        let fromFile = try SampleVersions.comparer.compare(versions.documents.map { $0.with(id: $0.language.rawValue) }, units: versions.units)
        #expect(SampleVersions.occurrences(fromFile) == SampleVersions.occurrences(fromText))
        #expect(SampleVersions.findings(fromFile) == SampleVersions.findings(fromText))
        // Positions point into the TMX file.
        let source = Array(SampleFormats.tmx(texts).utf8)
        for located in fromFile.occurrences.prefix(20) {
            let offset = try #require(versions.documents[located.document].origin?.sourceOffset(of: located.occurrence.range.lowerBound))
            let quoted = String(decoding: source[offset..<offset + located.occurrence.range.count], as: UTF8.self)
            #expect(quoted == located.occurrence.text)
        }
    }

    @Test func xliff12WithCodesAlternativesAndAnUntranslatedUnit() throws {
        let xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en-US" target-language="ru-RU" datatype="plaintext" original="s.txt"><body>
            <trans-unit id="7"><source>The <g id="1">Sides</g> respect<ph id="2">&lt;br/&gt;</ph> sovereignty.</source>
            <target>Стороны уважают суверенитет.</target>
            <alt-trans><source>Old source</source><target>Старый перевод</target></alt-trans></trans-unit>
            <trans-unit id="8"><source>An untranslated unit.</source></trans-unit>
            <trans-unit id="9"><source>Territorial integrity.</source><target>Территориальная целостность.</target></trans-unit>
            </body></file></xliff>
            """
        let versions = try InputReader.alignedVersions(of: Array(xliff.utf8), format: .xliff, file: "old.xlf")
        #expect(versions.documents.map(\.language) == [.en, .ru])
        #expect(versions.documents[0].text(in: versions.documents[0].wholeRange) == "The Sides respect sovereignty.\n\nAn untranslated unit.\n\nTerritorial integrity.")
        #expect(versions.documents[1].text(in: versions.documents[1].wholeRange) == "Стороны уважают суверенитет.\n\nТерриториальная целостность.")
        #expect(versions.units.map(\.id) == ["7", "8", "9"])
        #expect(versions.units[1].ranges[1] == nil)
        let alignment = try Alignment(documents: versions.documents, given: versions.units)
        #expect(alignment.segments.map(\.id) == ["7", "8", "9"])
        #expect(alignment.segments[1].ranges[1] == nil && alignment.segments[2].ranges[1]?.lowerBound ?? 0 > 0)
    }

    @Test(arguments: [
        ("<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>Only English.</seg></tuv></tu></body></tmx>", "tmx", "nothing to compare"),
        ("<xliff version=\"2.0\"><file id=\"f\"><unit id=\"u\"><segment><source>No languages said.</source></segment></unit></file></xliff>", "xliff", "srcLang"),
        ("<html><body>not XLIFF</body></html>", "xliff", "not a XLIFF file"),
        ("<xliff version=\"2.0\" srcLang=\"en\" trgLang=\"ru\"><file id=\"f\"><unit id=\"u\">", "xliff", "missing"),
    ])
    func refusalsSayWhatIsWrong(_ file: String, _ format: String, _ expected: String) throws {
        #expect {
            _ = try InputReader.alignedVersions(of: Array(file.utf8), format: InputFormat(rawValue: format)!, file: "bad")
        } throws: { error in
            "\(error)".contains(expected)
        }
    }

    @Test func givenUnitsThatDoNotTileTheVersionsAreRefused() throws {
        let documents = [Document(text: "One. Two.", id: "en", language: .en), Document(text: "Один. Два.", id: "ru", language: .ru)]
        let backwards = [ParallelUnit(id: "b", ranges: [ByteRange(lowerBound: 5, upperBound: 9), ByteRange(lowerBound: 0, upperBound: 5)]),
                         ParallelUnit(id: "a", ranges: [ByteRange(lowerBound: 0, upperBound: 4), nil])]
        #expect(throws: AlignmentError.self) { _ = try Alignment(documents: documents, given: backwards) }
    }
}
