import PropertyBased
import Testing
@testable import TermAlignText

/// The invariant every later stage relies on: slicing the input at a reported range gives the
/// reported text, for paragraphs, sentences, words and confusables alike.
struct AnalysisPropertyTests {
    /// Russian, Chinese and English pieces with everything that moves offsets: combining marks,
    /// emoji, CRLF, a BOM, full-width characters, Traditional script, numbering and abbreviations.
    static let pieces: [String] = NormalizerTests.fragments + [
        "\u{FEFF}", "Стороны заявляют.", "В. В. Путин", "т. е.", "в 2001 г. ", "Mr. Smith", "U.S. Army. ",
        "1. ", "II. Общие положения\n", "一、", "（一）", "弗·弗·普京", "习近平表示。", "國家關係！", "Сrimea",
        "прoблема", "«находящиеся за рубежом лица»", "citizens’ rights", "\r\n\r\n", " — ", "?", "!", "…",
        "ＮＡＴＯ", "2022年2月4日", "emoji 🇨🇳🇷🇺 ", "e\u{0301}\u{0301}", "\u{00A0}", "\u{2028}",
    ]

    static let documents = Gen.element(of: pieces).compactMap { $0 }.array(of: 0...60).map { $0.joined() }

    @Test func everyRangeSlicesToItsTextAndStaysInOrder() async {
        await propertyCheck(count: 200, input: Self.documents) { text in
            let document = Document(text: text)
            let analyzed = try Fixtures.analyzer.analyze(document)
            let bytes = document.bytes
            func valid(_ range: ByteRange) -> Bool {
                range.upperBound <= bytes.count && String(validating: bytes[range.range], as: UTF8.self) != nil
            }
            var previous = 0
            for paragraph in analyzed.paragraphs {
                #expect(!paragraph.range.isEmpty && paragraph.range.lowerBound >= previous && valid(paragraph.range))
                if let marker = paragraph.marker { #expect(paragraph.range.contains(marker)) }
                previous = paragraph.range.upperBound
            }
            previous = 0
            for sentence in analyzed.sentences {
                #expect(!sentence.range.isEmpty && sentence.range.lowerBound >= previous && valid(sentence.range))
                #expect(analyzed.paragraphs[sentence.paragraph].range.contains(sentence.range))
                previous = sentence.range.upperBound
            }
            previous = 0
            for token in analyzed.tokens {
                #expect(!token.range.isEmpty && token.range.lowerBound >= previous && valid(token.range),
                        "\(text.debugDescription)")
                // The token's original text normalizes to its key slice.
                let original = analyzed.text(of: token.range)
                #expect(Normalizer().key(for: original) == analyzed.normalizedText(of: token), "\(original.debugDescription)")
                previous = token.range.upperBound
            }
            for confusable in analyzed.confusables {
                #expect(valid(confusable.range))
                for letter in confusable.letters {
                    #expect(confusable.range.contains(letter.range))
                    #expect(String(decoding: bytes[letter.range.range], as: UTF8.self) == String(letter.scalar))
                }
            }
        }
    }

    @Test func documentsAnalyzedConcurrentlyComeBackInOrderAndUnchanged() async throws {
        let texts = ["Стороны заявляют о партнёрстве.", "双方声明伙伴关系。", "The Sides state their partnership.",
                     "Находящиеся за рубежом лица.", "海外公民的合法权益。", "Persons located abroad."]
        let documents = texts.map { Document(text: $0) }
        let together = try await Fixtures.analyzer.analyze(documents)
        #expect(together.map(\.document.language) == [.ru, .zh, .en, .ru, .zh, .en])
        for (analysis, document) in zip(together, documents) {
            let alone = try Fixtures.analyzer.analyze(document)
            #expect(analysis.tokens == alone.tokens && analysis.lemmaKeys == alone.lemmaKeys)
        }
    }

    /// A second analyzer with its own lemma caches, filled in a different order, gives the same result.
    @Test func analysisIsDeterministic() async throws {
        let fresh = TextAnalyzer(lemmaKeys: try LemmaKeys())
        await propertyCheck(count: 100, input: Self.documents) { text in
            let first = try Fixtures.analyzer.analyze(Document(text: text))
            _ = try fresh.analyze(Document(text: String(text.reversed()))) // other words cached first
            let third = try fresh.analyze(Document(text: text))
            #expect(first.tokens == third.tokens && first.lemmaKeys == third.lemmaKeys)
            #expect(first.sentences == third.sentences && first.paragraphs == third.paragraphs)
        }
    }
}
