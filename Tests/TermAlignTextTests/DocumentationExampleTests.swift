import Testing
@testable import TermAlignText

/// The code of the DocC getting-started article, run as written, so the article cannot rot.
struct DocumentationExampleTests {
    @Test func gettingStartedFindsEveryFormOfAWord() throws {
        let analyzer = Fixtures.analyzer
        let document = Document(text: "\u{FEFF}Права находящихся за рубежом лиц. Эти лица — граждане.")
        #expect(document.language == .ru)
        let analyzed = try analyzer.analyze(document)
        #expect(analyzed.sentences.map { analyzed.text(of: $0.range) } ==
                ["Права находящихся за рубежом лиц.", "Эти лица — граждане."])
        let face = analyzer.lemmaKey(for: "лицо")
        let forms = analyzed.tokens.filter { analyzed.lemmaKey(of: $0) == face }
        #expect(forms.map { analyzed.text(of: $0.range) } == ["лиц", "лица"])
        #expect(forms.first?.range.lowerBound == 3 + "Права находящихся за рубежом ".utf8.count)
    }

    @Test func keysAndTheMapBack() throws {
        let normalized = try Normalizer().normalize(Array("«Ли\u{0301}ца»".utf8))
        #expect(normalized.keyString == "\"лица\"")
        #expect(normalized.sourceRange(forKey: 1..<9) == ByteRange(2..<12))
    }
}
