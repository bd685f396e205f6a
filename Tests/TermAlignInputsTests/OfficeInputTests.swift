import Foundation
import Testing
import TermAlign
import TermAlignTestSupport

/// Word and OpenDocument files: their paragraphs, notes after the body, positions in the XML, and
/// archives that would expand without bound refused.
struct OfficeInputTests {
    @Test(arguments: SampleVersions.languages)
    func aWordFileGivesTheTextOfItsParagraphs(_ language: String) throws {
        let text = try SampleVersions.text(language)
        let xml = SampleFormats.wordDocument(text)
        let (extracted, origin) = try InputReader.text(of: try SampleFormats.docx(document: xml), format: .docx, file: "s.docx")
        #expect(String(decoding: extracted, as: UTF8.self) == text.trimmingCharacters(in: .newlines))
        #expect(origin.part == "word/document.xml")
        // Positions point into the XML: every occurrence's words are there, split runs aside.
        let document = try SampleVersions.document(extracted, origin, language)
        let source = Array(xml.utf8)
        var exact = 0
        let found = try SampleVersions.comparer.matcher.occurrences(in: document)
        for occurrence in found {
            let start = try #require(origin.sourceOffset(of: occurrence.range.lowerBound))
            let first = occurrence.text.utf8.prefix { $0 != 0x20 }
            #expect(Array(source[start..<start + first.count]) == Array(first), "\(occurrence.text)")
            if String(decoding: source[start..<min(source.count, start + occurrence.range.count)], as: UTF8.self) == occurrence.text { exact += 1 }
        }
        #expect(found.count > 5 && exact > 0)
    }

    @Test(arguments: SampleVersions.languages)
    func anOpenDocumentFileGivesTheSameText(_ language: String) throws {
        let text = try SampleVersions.text(language)
        let (extracted, origin) = try InputReader.text(of: try SampleFormats.odt(text), format: .odt, file: "s.odt")
        #expect(String(decoding: extracted, as: UTF8.self) == text.trimmingCharacters(in: .newlines))
        #expect(origin.part == "content.xml")
    }

    @Test func footnotesFollowTheBodyAndPointAtTheirCitation() throws {
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="w"><w:body><w:p><w:r><w:t>The Sides oppose hegemonism.</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell one</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Cell two</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p><w:r><w:delText>deleted words</w:delText><w:instrText>PAGE</w:instrText><w:t>Kept</w:t><w:tab/><w:t>after a tab &amp; more</w:t></w:r></w:p></w:body></w:document>
            """
        let footnotes = """
            <?xml version="1.0" encoding="UTF-8"?>
            <w:footnotes xmlns:w="w"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
            <w:footnote w:id="2"><w:p><w:r><w:t>A note on hegemonism.</w:t></w:r></w:p></w:footnote></w:footnotes>
            """
        let (text, origin) = try InputReader.text(of: try SampleFormats.docx(document: document, footnotes: footnotes),
                                                  format: .docx, file: "notes.docx")
        let string = String(decoding: text, as: UTF8.self)
        #expect(string == "The Sides oppose hegemonism.\n\nCell one\n\nCell two\n\nKept after a tab & more\n\nA note on hegemonism.")
        let note = string.utf8.count - "A note on hegemonism.".utf8.count
        let citation = try #require(document.range(of: "<w:footnoteReference"))
        #expect(origin.sourceOffset(of: note) == document.utf8.distance(from: document.startIndex, to: citation.lowerBound))
    }

    @Test func anArchiveThatExpandsBeyondPlausibleIsRefused() throws {
        // 40 MB of one letter compresses about a thousandfold: no document does that.
        let bomb = try SampleFormats.zip([("word/document.xml", [UInt8](repeating: UInt8(ascii: "a"), count: 40 << 20))])
        #expect(bomb.count < 1 << 20)
        #expect {
            _ = try InputReader.text(of: bomb, format: .docx, file: "bomb.docx")
        } throws: { error in
            let error = error as? InputError
            return error?.kind == .unsafe && error?.description.contains("save its text as a .txt file") == true
        }
    }

    @Test func anArchiveWithoutADocumentAndBytesThatAreNoArchiveAreRefused() throws {
        let other = try SampleFormats.zip([("readme.txt", Array("hello".utf8))])
        #expect(throws: InputError.self) { _ = try InputReader.text(of: other, format: .docx, file: "other.docx") }
        #expect {
            _ = try InputReader.text(of: Array("PK\u{3}\u{4} not really".utf8), format: .docx, file: "cut.docx")
        } throws: { error in
            (error as? InputError)?.description.contains("save it again") == true
        }
    }

    @Test func malformedXMLInsideIsAnErrorWithItsPlace() throws {
        let broken = try SampleFormats.docx(document: "<w:document xmlns:w=\"w\"><w:body><w:p><w:t>text</w:p></w:body></w:document>")
        #expect {
            _ = try InputReader.text(of: broken, format: .docx, file: "broken.docx")
        } throws: { error in
            let error = error as? InputError
            return error?.kind == .malformed && error?.location?.file == "broken.docx (word/document.xml)"
        }
    }
}
