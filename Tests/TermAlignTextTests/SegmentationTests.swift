import Testing
@testable import TermAlignText

/// Paragraphs, sentences and words, with their offsets.
struct SegmentationTests {
    let analyzer = Fixtures.analyzer

    private func analyze(_ text: String, _ language: Language? = nil) throws -> AnalyzedText {
        try analyzer.analyze(Document(text: text, language: language))
    }

    private func paragraphs(_ text: String) throws -> [(String, Paragraph.Kind)] {
        let analyzed = try analyze(text)
        return analyzed.paragraphs.map { (analyzed.text(of: $0.range), $0.kind) }
    }

    private func sentences(_ text: String, _ language: Language? = nil) throws -> [String] {
        let analyzed = try analyze(text, language)
        return analyzed.sentences.map { analyzed.text(of: $0.range) }
    }

    // MARK: - Paragraphs

    @Test func blankLinesSeparateParagraphsAndWrappedLinesStayTogether() throws {
        let found = try paragraphs("Первая строка\nпродолжение.\n\n  \t\nВторой абзац.\r\n\r\nТретий.\n")
        #expect(found.map(\.0) == ["Первая строка\nпродолжение.", "Второй абзац.", "Третий."])
        #expect(found.allSatisfy { $0.1 == .text })
    }

    /// A repost or a copy from a web page puts each paragraph on one line, with no blank line between:
    /// most lines end like sentences, so each line is a paragraph. Wrapped text keeps joining lines.
    @Test func aTextWrittenALinePerParagraphSplitsAtEveryLine() throws {
        let reposted = "Совместное заявление\nСтороны провели переговоры. Они обсудили торговлю.\nСтороны подписали соглашение.\n双方同意加强合作。"
        #expect(try paragraphs(reposted).map(\.0) == ["Совместное заявление", "Стороны провели переговоры. Они обсудили торговлю.",
                                                       "Стороны подписали соглашение.", "双方同意加强合作。"])
        let wrapped = "The sides held talks in Moscow and agreed\nto strengthen cooperation in trade, energy\nand transport. They signed six documents."
        #expect(try paragraphs(wrapped).count == 1)
    }

    /// A news report's lead, then the words it quotes on the next line, lowercase inside the marks: two
    /// sentences, though ICU joins them. A quotation inside a line, and one after an abbreviation, stay.
    @Test func aQuotationOnTheNextLineAfterAStopIsASentence() throws {
        let report = "В Москве прошли переговоры.\n«на заявленном пути следования»"
        #expect(try sentences(report) == ["В Москве прошли переговоры.", "«на заявленном пути следования»"])
        #expect(try sentences("The ministry said.\n\u{201C}all states must respect\u{201D}") ==
                ["The ministry said.", "\u{201C}all states must respect\u{201D}"])
        #expect(try sentences("Он сказал: «мы готовы» и ушёл.").count == 1)
        let wrapped = "Стороны действуют согласно\nст.\n«основные принципы» и\nдругих положений Договора"
        #expect(try sentences(wrapped).count == 1)
    }

    @Test(arguments: [("Стороны заявили.", true), ("“The sides agree.”", true), ("双方声明如下：", true), ("Итак?»", true),
                      ("2022-02-26 12:05", false), ("Joint Statement", false), ("«все государства уважать", false)])
    func sentenceEnds(_ text: String, _ ends: Bool) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer { SentenceEnd.isSentenceEnd($0, 0..<$0.count) } == ends)
    }

    @Test func numberedItemsStartParagraphs() throws {
        let found = try paragraphs("Стороны заявляют:\n1. Первое.\n2) Второе\nпродолжается.\n(3) Третье.\nа) пункт а;\n1.2 Подпункт.")
        #expect(found.map(\.0) == ["Стороны заявляют:", "1. Первое.", "2) Второе\nпродолжается.", "(3) Третье.",
                                   "а) пункт а;", "1.2 Подпункт."])
        #expect(found.dropFirst().allSatisfy { $0.1 == .item })
    }

    @Test func sectionNumeralsAreHeadingsOfTheirOwn() throws {
        let found = try paragraphs("I. Общие положения\nСтороны подчеркивают.\nII\nТекст.\n一、总体原则\n双方指出。\n二\n第三章 合作\n（一）加强合作。")
        #expect(found.map(\.0) == ["I. Общие положения", "Стороны подчеркивают.", "II", "Текст.", "一、总体原则",
                                   "双方指出。", "二", "第三章 合作", "（一）加强合作。"])
        #expect(found.map(\.1) == [.heading, .text, .heading, .text, .heading, .text, .heading, .heading, .item])
    }

    @Test func chineseNumberingRunsOnWithoutASpace() throws {
        let found = try paragraphs("双方声明：\n1．第一点。\n2.第二点。\n3、第三点。")
        #expect(found.map(\.1) == [.text, .item, .item, .item])
        #expect(try sentences("1．第一点。第二句。") == ["1．第一点。", "第二句。"])
    }

    @Test func aLongNumberedLineIsAnItemNotAHeading() throws {
        let found = try paragraphs("IV. Стороны выступают против расширения НАТО и призывают отказаться от подходов времен холодной войны.")
        #expect(found.map(\.1) == [.item])
    }

    @Test(arguments: ["I believe it.", "Xi Jinping said.", "CIVIL society", "2001 год.", "C. Smith"])
    func wordsThatLookLikeNumeralsAreText(_ line: String) throws {
        #expect(try paragraphs(line).map(\.1) == [.text])
    }

    @Test func everyStandardRomanNumeralUpToThirtyNineIsAHeading() throws {
        let (tens, units) = (["", "X", "XX", "XXX"], ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"])
        let numerals = (1...39).map { tens[$0 / 10] + units[$0 % 10] }
        let found = try paragraphs(numerals.map { "\($0). Раздел" }.joined(separator: "\n"))
        #expect(found.map(\.1) == Array(repeating: .heading, count: 39))
    }

    @Test(arguments: ["IIII. Раздел", "VX. Раздел", "IC. Раздел", "XL. Раздел", "XXXX. Раздел", "IIV. Раздел", "L. Раздел"])
    func nonstandardOrLargeRomanNumeralsAreText(_ line: String) throws {
        #expect(try paragraphs(line).map(\.1) == [.text])
    }

    @Test func paragraphMarkersAreReported() throws {
        let analyzed = try analyze("II. Название\n（一）加强合作。")
        #expect(analyzed.paragraphs.map { $0.marker.map { analyzed.text(of: $0) } } == ["II.", "（一）"])
    }

    // MARK: - Sentences

    @Test func russianAbbreviationsAndInitialsDoNotEndSentences() throws {
        let found = try sentences("Встреча прошла в г. Москве, т. е. в столице. В. В. Путин и Си Цзиньпин подписали ст. 5. Это важно.")
        #expect(found == ["Встреча прошла в г. Москве, т. е. в столице.", "В. В. Путин и Си Цзиньпин подписали ст. 5.",
                          "Это важно."])
    }

    /// Р and х end in the bytes 0xA0 and 0x85, which are blanks only as whole characters (NBSP, NEL).
    @Test func initialsAndAbbreviationsWithРAndХ() throws {
        #expect(try sentences("Доклад сделали Х. Р. Хасанов и Р. Х. Петров. Это важно. См. Рис. Петрова ниже.") ==
                ["Доклад сделали Х. Р. Хасанов и Р. Х. Петров.", "Это важно.", "См. Рис. Петрова ниже."])
    }

    @Test func aYearAbbreviationEndsASentenceWhenOneFollows() throws {
        #expect(try sentences("Договор подписан в 2001 г. Россия его соблюдает.") ==
                ["Договор подписан в 2001 г.", "Россия его соблюдает."])
    }

    /// ICU reads past a number to the next lowercase word and joins «… терапия. 31 декабря …»; a
    /// sentence that opens with a date or a count still begins after the full stop, except after an
    /// abbreviation (п. 5, ст. 12) or a year («в 2001 г. 5 марта»).
    @Test(arguments: [
        ("Нужна интенсивная терапия. 31 декабря 2019 года выявлен первый случай.",
         ["Нужна интенсивная терапия.", "31 декабря 2019 года выявлен первый случай."]),
        ("Итог подведён! 12 стран подписали. Who signed? 5 countries did.",
         ["Итог подведён!", "12 стран подписали.", "Who signed?", "5 countries did."]),
        ("См. п. 5 выше и ст. 12 ниже.", ["См. п. 5 выше и ст. 12 ниже."]),
        ("Договор подписан в 2001 г. 5 марта он вступил в силу.", ["Договор подписан в 2001 г. 5 марта он вступил в силу."]),
        ("Версия 3.5 вышла. Рост 2,5 процента.", ["Версия 3.5 вышла.", "Рост 2,5 процента."]),
    ])
    func aSentenceMayOpenWithANumber(text: String, expected: [String]) throws {
        #expect(try sentences(text) == expected)
    }

    @Test func englishAbbreviationsAndInitials() throws {
        let found = try sentences("Mr. Smith met Dr. Brown in the U.S. Senate. V. V. Putin spoke, e.g. on trade. The U.S. The end.")
        #expect(found == ["Mr. Smith met Dr. Brown in the U.S. Senate.", "V. V. Putin spoke, e.g. on trade.", "The U.S.",
                          "The end."])
    }

    @Test func anAbbreviatedMonthEndsASentenceUnlessADayFollows() throws {
        #expect(try sentences("The airport stays closed until Oct. President Widodo visits on Oct. 5 and Sept. 12.") ==
                ["The airport stays closed until Oct.", "President Widodo visits on Oct. 5 and Sept. 12."])
    }

    @Test func chineseSentencesAndTransliteratedNames() throws {
        let found = try sentences("弗·弗·普京说：“我们是朋友。”习近平表示同意！双方还讨论了什么？")
        #expect(found == ["弗·弗·普京说：“我们是朋友。”", "习近平表示同意！", "双方还讨论了什么？"])
    }

    /// ICU gives every quotation mark after 。 to the sentence before; one that opens the next
    /// sentence belongs to it. Closing marks stay where they are.
    @Test(arguments: [
        ("水即将溢出堤坝。“卡特里娜”飓风来袭时，水位很高。", ["水即将溢出堤坝。", "“卡特里娜”飓风来袭时，水位很高。"]),
        ("表示支持。\"布什政府发言人称，这是重要一步。\"", ["表示支持。", "\"布什政府发言人称，这是重要一步。\""]),
        // (ICU ends a sentence after ！」 whatever follows.)
        ("他说：「好。」「我们走吧！」她答。", ["他说：「好。」", "「我们走吧！」", "她答。"]),
        ("会议通过了决议。《条约》第七条规定如下。", ["会议通过了决议。", "《条约》第七条规定如下。"]),
        ("他说：“我们同意。”双方随后签字。", ["他说：“我们同意。”", "双方随后签字。"]),
    ])
    func openingQuotesBeginTheNextChineseSentence(text: String, expected: [String]) throws {
        #expect(try sentences(text, .zh) == expected)
    }

    @Test func lineBreaksInsideASentenceDoNotEndIt() throws {
        #expect(try sentences("Стороны выступают\r\nпротив расширения\nНАТО. Второе.") ==
                ["Стороны выступают\r\nпротив расширения\nНАТО.", "Второе."])
    }

    @Test func aNumberingMarkerIsNotASentence() throws {
        #expect(try sentences("1. Первое предложение. Второе.\nIII. Заголовок") ==
                ["1. Первое предложение.", "Второе.", "III. Заголовок"])
    }

    @Test func sentencesNeverCrossParagraphs() throws {
        let analyzed = try analyze("Без точки\n\nНовый абзац без точки")
        #expect(analyzed.sentences.map { analyzed.text(of: $0.range) } == ["Без точки", "Новый абзац без точки"])
        #expect(analyzed.sentences.map(\.paragraph) == [0, 1])
    }

    // MARK: - Words

    @Test func chineseWordsComeFromTheDictionaryOverSimplifiedKeys() throws {
        let analyzed = try analyze("中華人民共和國和俄羅斯聯邦")
        let words = analyzed.tokens.map { analyzed.normalizedText(of: $0) }
        #expect(words.joined() == "中华人民共和国和俄罗斯联邦")
        #expect(words.count >= 3 && words.count < 13, "dictionary words, not single characters: \(words)")
        #expect(analyzed.tokens.allSatisfy { $0.kind == .ideographic })
    }

    @Test func transliteratedNamesStayOneWord() throws {
        let analyzed = try analyze("弗·弗·普京和习近平")
        #expect(analyzed.text(of: analyzed.tokens[0].range).hasPrefix("弗·弗·"))
    }

    @Test func wordsPointAtTheOriginalSpelling() throws {
        let analyzed = try analyze("«ГРАЖДАНЕ» ли\u{0301}ца ＮＡＴＯ")
        #expect(analyzed.tokens.map { analyzed.text(of: $0.range) } == ["ГРАЖДАНЕ", "ли\u{0301}ца", "ＮＡＴＯ"])
        #expect(analyzed.tokens.map { analyzed.normalizedText(of: $0) } == ["граждане", "лица", "nato"])
        #expect(analyzed.tokens.map(\.kind) == [.word, .word, .word])
    }

    @Test func aCharacterThatExpandsIntoSeveralWordsIsOneToken() throws {
        let analyzed = try analyze("Слово \u{FDFA} слово ㍿")
        #expect(analyzed.tokens.map { analyzed.text(of: $0.range) } == ["Слово", "\u{FDFA}", "слово", "㍿"])
        #expect(analyzed.normalizedText(of: analyzed.tokens[1]) == Normalizer().key(for: "\u{FDFA}"))
        #expect(analyzed.normalizedText(of: analyzed.tokens[3]) == "株式会社")
    }

    @Test func numbersAreTokensOfTheirOwnKind() throws {
        let analyzed = try analyze("16 июля 2001 года")
        #expect(analyzed.tokens.map(\.kind) == [.number, .word, .number, .word])
    }
}

/// Word segmentation in windows gives what segmenting the whole key at once gives.
struct WordWindowTests {
    @Test func windowsEndAfterASpaceOrLineBreak() {
        let key = Array(String(repeating: "слово ", count: 200_000).utf8)
        key.withUnsafeBufferPointer { key in
            var start = 0
            while start < key.count {
                let end = BreakIterator.windowEnd(in: key, from: start)
                #expect(end > start)
                #expect(end == key.count || key[end - 1] == 0x20)
                start = end
            }
        }
    }

    @Test func aLongTextSegmentsTheSameInWindows() throws {
        // Longer than one window, mixing languages, with a Chinese stretch of no spaces at all.
        var text = ""
        for index in 0..<40_000 { text += index % 7 == 0 ? "中华人民共和国和俄罗斯联邦" : "Стороны заявляют о «партнёрстве» — and NATO's. " }
        let analyzed = try Fixtures.analyzer.analyze(Document(text: text), components: [.words])
        #expect(analyzed.normalized.key.count > 2 * BreakIterator.windowSize)
        // The same pieces repeated must give the same words, wherever a window ends.
        let words = analyzed.tokens.map { analyzed.normalizedText(of: $0) }
        #expect(Set(words) == ["стороны", "заявляют", "о", "партнерстве", "and", "nato's", "中华", "人民", "共和国", "和", "俄罗斯", "联邦"])
        #expect(words.count == 40_000 * 6) // both pieces have six words
    }
}

/// Sentence segmentation in windows that end after a line break gives the sentences of the whole.
struct SentenceWindowTests {
    @Test(arguments: [false, true])
    func aLongTextSegmentsTheSameInWindows(illFormed: Bool) throws {
        let paragraph = "Первое предложение, т. е. с сокращением. Второе! Third one, e.g. this one\nwrapped on a line.\n\n"
        var bytes: [UInt8] = []
        let copies = 2 * BreakIterator.windowSize / paragraph.utf8.count + 50
        for _ in 0..<copies { bytes += Array(paragraph.utf8) }
        // One ill-formed byte keeps ICU on UTF-8 instead of its UTF-16 copy.
        if illFormed { bytes.insert(0xFF, at: bytes.count / 2) }
        let document = try Document(bytes: bytes, language: .ru, policy: .lossy)
        let analyzed = try Fixtures.analyzer.analyze(document, components: [.sentences])
        #expect(analyzed.sentences.count == 3 * copies)
        let texts = Set(analyzed.sentences.map { analyzed.text(of: $0.range) })
        var expected: Set<String> = ["Первое предложение, т. е. с сокращением.", "Второе!", "Third one, e.g. this one\nwrapped on a line."]
        if illFormed { expected.insert("\u{FFFD}Первое предложение, т. е. с сокращением.") }
        #expect(texts == expected)
    }
}

/// An idle break iterator gives back the UTF-16 copy of a large text, and works the same after.
struct BreakIteratorTrimTests {
    private func boundaries(_ iterator: BreakIterator, _ text: String) throws -> [Int] {
        var found: [Int] = []
        try Array(text.utf8).withUnsafeBufferPointer { bytes in
            try iterator.forEachBoundary(in: bytes, viaUTF16: true) { boundary, _ in found.append(boundary) }
        }
        return found
    }

    @Test func aLargeCopyIsFreedAndASmallOneKept() throws {
        let iterator = try BreakIterator(.sentence, locale: "ru")
        let large = String(repeating: "Стороны заявляют. Это «второе» предложение!\n", count: 2_000)
        let small = "Одно. Два."
        let first = try boundaries(iterator, large)
        #expect(first.count == 4_000)
        #expect(iterator.bufferedUnits > Int(BreakIterator.keptUnits))
        iterator.trim()
        #expect(iterator.bufferedUnits == 0)
        #expect(try boundaries(iterator, small) == ["Одно. ".utf8.count, small.utf8.count])
        iterator.trim()
        #expect(iterator.bufferedUnits > 0 && iterator.bufferedUnits <= Int(BreakIterator.keptUnits))
        #expect(try boundaries(iterator, large) == first)
    }

    @Test func thePoolTrimsWhatItTakesBack() throws {
        let pool = BreakIteratorPool()
        let large = Array(String(repeating: "Первое. Второе.\n", count: 5_000).utf8)
        let borrowed = try pool.with(.sentence, locale: "ru") { iterator throws(TextError) in
            try large.withUnsafeBufferPointer { bytes throws(TextError) in
                try iterator.forEachBoundary(in: bytes, viaUTF16: true) { _, _ in }
            }
            #expect(iterator.bufferedUnits > Int(BreakIterator.keptUnits))
            return iterator
        }
        #expect(borrowed.bufferedUnits == 0)
    }
}

/// The paragraph segmenter's eight-bytes-at-a-time search finds what a byte-by-byte search finds.
struct BreakCandidateTests {
    @Test func everyCandidateIsFoundInRandomBytes() {
        var random = SplitMix64(seed: 7)
        // Bytes near the candidates (0x0D, 0x0E, C1–C3, E1–E3) and ordinary ones.
        let pool: [UInt8] = [0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F, 0x00, 0x20, 0x41, 0x7F, 0x80, 0xC1, 0xC2, 0xC3,
                             0xD0, 0xE1, 0xE2, 0xE3, 0xFF, 0x8D, 0x42, 0x82]
        for _ in 0..<2000 {
            let count = Int.random(in: 0...40, using: &random)
            let bytes = (0..<count).map { _ in
                Int.random(in: 0..<4, using: &random) == 0 ? pool.randomElement(using: &random)! : UInt8(0x61)
            }
            bytes.withUnsafeBufferPointer { bytes in
                for start in 0...bytes.count {
                    let expected = (start..<bytes.count).first { bytes[$0] <= 0x0D || bytes[$0] == 0xC2 || bytes[$0] == 0xE2 }
                    #expect(ParagraphSegmenter.nextBreakCandidate(bytes, from: start) == expected ?? bytes.count)
                }
            }
        }
    }
}

