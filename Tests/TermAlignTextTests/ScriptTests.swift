import Testing
@testable import TermAlignText

/// Dominant scripts, language detection, and look-alike mixed-script words.
struct ScriptTests {
    @Test(arguments: [("Совместное заявление сторон", Language.ru), ("中俄联合声明", .zh), ("Joint Statement", .en),
                      ("2022 — 1999 = 23", .undetermined), ("", .undetermined),
                      ("Стороны (the Sides) заявляют о партнёрстве", .ru), ("中俄 (China and Russia) 联合声明发表", .zh)])
    func languageComesFromTheDominantScript(_ text: String, _ language: Language) {
        #expect(LanguageDetector.detect(in: Array(text.utf8)) == language)
    }

    @Test func profilesCountLettersOnly() {
        let profile = ScriptProfile(utf8: Array("Мир 2022, NATO!".utf8))
        #expect(profile.letterCounts == [.cyrillic: 3, .latin: 4])
        #expect(profile.dominant == .latin)
        #expect(ScriptProfile(utf8: Array("123 …".utf8)).dominant == nil)
    }

    @Test func profilesCountEveryLetterByItsScriptAsICUSaysOneByOne() {
        // Letters of many scripts around the table's limit (U+3400), non-letters, combining marks,
        // full-width forms, an emoji, and an ill-formed byte.
        let text = "Ωμέγα Ἀθῆναι ёжик Ñandú Ǆ ʰ ß Հայ שָׁלוֹם عربي हिन्दी ไทย 한국어 ひらがな カタカナ ㄅㄆ 㐀㐁 中文 々〇 "
            + "ＡＢｃ ① № ™ ½ ﷺ 😀 \u{301}a"
            // ASCII read eight bytes at a time, with the neighbours of the letters: @ [ ` {
            + "@AZ[`az{ Hello, World! 0123456789 ~\u{7F}\u{1} @@@@@@@@ zzzzzzzz"
            // The first and last Cyrillic letters of lead bytes D0 and D1 (D0 80, D1 BF) and ones past them.
            + " Ѐѿ Ҁ Ӂ Ё"
        var bytes = Array(text.utf8)
        bytes.insert(0xFF, at: 0)
        // A Cyrillic lead byte before a letter (ill-formed: the letter still counts), and one at the end.
        bytes += [0xD0, 0x41, 0xD1]
        var expected: [Script: Int] = [:]
        let letters: Set<Unicode.GeneralCategory> = [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter,
                                                      .otherLetter]
        for scalar in (text + "A").unicodeScalars where letters.contains(scalar.properties.generalCategory) {
            expected[Script(of: scalar), default: 0] += 1
        }
        #expect(ScriptProfile(utf8: bytes).letterCounts == expected)
        #expect(expected.count > 12)
    }

    @Test func aCyrillicLetterInALatinWordIsReportedWithItsOffset() throws {
        let text = "The Сrimea question"
        let analyzed = try Fixtures.analyzer.analyze(Document(text: text))
        let found = try #require(analyzed.confusables.first)
        #expect(analyzed.confusables.count == 1)
        #expect(analyzed.text(of: found.range) == "Сrimea")
        #expect(found.range == ByteRange(4..<11))
        #expect(found.mainScript == .latin)
        #expect(found.scripts == [.latin, .cyrillic])
        let letter = try #require(found.letters.first)
        #expect(letter.scalar == "С" && letter.codePoint == "U+0421" && letter.script == .cyrillic)
        #expect(letter.range == ByteRange(4..<6))
        #expect(letter.looksLike == "C")
    }

    @Test func aLatinLetterInARussianWordIsReported() throws {
        let analyzed = try Fixtures.analyzer.analyze(Document(text: "Эта прoблема решена."))
        let found = try #require(analyzed.confusables.first)
        #expect(analyzed.text(of: found.range) == "прoблема")
        #expect(found.mainScript == .cyrillic)
        #expect(found.letters.map(\.scalar) == ["o"] && found.letters.first?.looksLike == "о")
    }

    @Test(arguments: ["Crimea и Крым", "COVID-19 疫情", "G20峰会", "Путин-Xi", "ПРО-ABM", "интернет-сайт"])
    func honestMixturesAreNotConfusables(_ text: String) throws {
        #expect(try Fixtures.analyzer.analyze(Document(text: text)).confusables.isEmpty)
    }

    @Test("without words, only the stretches that can mix scripts are split, and the same look-alikes are found", arguments: [
        ("中方反对北约（NАTO）东扩。俄方支持COVID-19溯源工作。", Language.zh),
        ("Эта прoблема решена.\nThe Сrimea question, and Crimea и Крым.\tПРО-ABM", .undetermined),
        ("1. Стороны — NАTO и ОДКБ — провели встречу.\n\n2. Речь шла о прoблемах безопасности.", .ru),
    ])
    func confusablesWithoutWords(text: String, language: Language) throws {
        let document = Document(text: text, language: language)
        let full = try Fixtures.analyzer.analyze(document, components: [.words, .confusables])
        let fast = try Fixtures.analyzer.analyze(document, components: [.confusables])
        #expect(!full.confusables.isEmpty)
        #expect(fast.confusables.map(\.range) == full.confusables.map(\.range))
        #expect(fast.confusables.map(\.letters.count) == full.confusables.map(\.letters.count))
        #expect(fast.tokens.isEmpty && !full.tokens.isEmpty)
    }

    @Test func transliterationForDisplay() throws {
        let russian = try #require(try Transliterator.display(for: .ru))
        #expect(try russian.transliterate("Находящиеся за рубежом лица") == "Nakhodyashchiyesya za rubezhom litsa")
        let chinese = try #require(try Transliterator.display(for: .zh))
        #expect(try chinese.transliterate("合理安全关切") == "hé lǐ ān quán guān qiè")
        #expect(try Transliterator.display(for: .en) == nil)
        #expect(throws: TextError.self) { try Transliterator(identifier: "No-Such-Transform") }
    }
}

@Suite("Analysis without words")
struct WithoutWordsTests {
    @Test("keeps paragraphs, sentences, scripts and look-alikes; lets the key and the words go")
    func keepsTheStructure() throws {
        let text = try Fixtures.analyzer.analyze(Document(text: "1. The Сrimea question.\n\n2. Another one. And a third.", language: .en))
        let slim = text.withoutWords
        #expect(slim.paragraphs == text.paragraphs && slim.sentences == text.sentences)
        #expect(slim.confusables.map(\.range) == text.confusables.map(\.range) && !slim.confusables.isEmpty)
        #expect(slim.scripts.letterCounts == text.scripts.letterCounts)
        #expect(slim.document.bytes == text.document.bytes)
        #expect(slim.tokens.isEmpty && slim.lemmaKeys.isEmpty && slim.normalized.key.isEmpty && !text.tokens.isEmpty)
        #expect(slim.text(of: slim.sentences[1].range) == text.text(of: text.sentences[1].range))
    }
}
