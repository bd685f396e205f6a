import Foundation
import Testing
@testable import TermAlignText

/// The sentence scanner finds exactly the boundaries ICU's sentence break finds: ICU is the oracle,
/// on every short string of the classes, on random paragraphs, and on whole documents.
struct SentenceBreakScannerTests {
    /// ICU's boundaries strictly inside `text`, read as the segmenter gives ICU a paragraph: its line
    /// breaks blanked to spaces.
    private func icuBoundaries(_ text: String, locale: String) throws -> [Int] {
        var bytes = Array(text.utf8)
        SentenceSegmenter.blankLineBreaks(in: &bytes, 0..<bytes.count)
        let iterator = try BreakIterator(.sentence, locale: locale)
        var found: [Int] = []
        try bytes.withUnsafeBufferPointer { (bytes) throws(TextError) in
            try iterator.forEachBoundary(in: bytes, viaUTF16: true) { boundary, _ in
                if boundary > 0 && boundary < bytes.count { found.append(boundary) }
            }
        }
        return found
    }

    private func scannedBoundaries(_ text: String) -> [Int] {
        let bytes = Array(text.utf8)
        var found: [Int] = []
        bytes.withUnsafeBufferPointer { bytes in
            SentenceBreakScanner.with { scanner in
                scanner.forEachBoundary(in: bytes, 0..<bytes.count) { found.append($0) }
            }
        }
        return found
    }

    /// One character of each class: lower, upper, other letter, digit, full stop, ! and 。, closing
    /// marks, space, comma (SContinue), other, combining accent (Extend), soft hyphen (Format), and a
    /// line break inside the paragraph.
    private static let classes: [Character] = ["a", "Б", "中", "5", ".", "!", "\"", ")", " ", ",", "#", "\u{301}",
                                               "\u{AD}", "\n"]

    @Test(arguments: ["ru", "zh", "en"])
    func everyStringOfUpToFourClassCharactersBreaksAsInICU(locale: String) throws {
        var strings = [""]
        var mismatches: [String] = []
        for _ in 1...4 {
            strings = strings.flatMap { prefix in Self.classes.map { prefix + String($0) } }
            for text in strings where try scannedBoundaries(text) != icuBoundaries(text, locale: locale) {
                mismatches.append(text)
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).map(\.debugDescription))")
    }

    @Test(arguments: ["ru", "zh", "en"])
    func randomParagraphsBreakAsInICU(locale: String) throws {
        let alphabet: [Character] = Self.classes + ["я", "A", "z", "É", "ё", "9", "。", "？", "！", "，", "»", "«", "”",
                                                    "“", "(", "'", "-", ":", ";", "\u{2014}", "\u{2026}", "\t", "国",
                                                    "ア", "א", "٣", "؟", "।", "\u{200D}", "😀", "𝐀", "𠀀", "\u{85}",
                                                    "\u{2028}", "\u{B}", "\r"]
        var random = SplitMix64(seed: 41)
        var boundariesSeen = 0
        for _ in 0..<4000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...50, using: &random) {
                // Letters and spaces most of the time, so that sentences have words in them.
                let pick = Int.random(in: 0..<100, using: &random) < 50
                    ? ["a", "Б", " ", "я", "中", " "].randomElement(using: &random)!
                    : alphabet.randomElement(using: &random)!
                text.append(pick)
            }
            let scanned = scannedBoundaries(text)
            boundariesSeen += scanned.count
            #expect(scanned == (try icuBoundaries(text, locale: locale)), "\(text.debugDescription)")
        }
        #expect(boundariesSeen > 1000)
    }

    @Test func theRulesThatKeepASentenceTogether() {
        // SB6 a digit right after the stop, SB7 a letter, stop and capital ("U.S"), SB8 a lowercase
        // word ahead ("etc. and"); a boundary after a stop, closing marks and spaces ("S. Army": the
        // abbreviations are corrected later), and none before the end of the text.
        #expect(scannedBoundaries("v.2 U.S. Army etc. and so. Yes, sir.\" Next!) No.") == [9, 27, 38, 45])
        #expect(scannedBoundaries("Он сказал. Мы согласны") == [19])
        #expect(scannedBoundaries("第一句。第二句！第三句") == [12, 24])
    }

    /// Whole documents: the scanner's sentences are ICU's, corrections included.
    @Test func documentsGiveTheSameSentencesEitherWay() throws {
        var texts = ["Первый абзац. Он продолжается\nна второй строке. И т. д. Конец.\n\nВторой абзац! «Цитата.» Вот.",
                     "1. The Parties agree. The U.S. and China\nmet.\n2. Second item. 31 December 2019 was a date.",
                     "双方认为。“合作”是重要的！\n\n第二段？是的。"]
        if let shared = Fixtures.shared {
            let url = shared.appendingPathComponent("parallel/ntrex128_newstest2019.ru-zh-en.tsv")
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").prefix(600)
            for column in 0..<3 {
                texts.append(lines.map { $0.split(separator: "\t", omittingEmptySubsequences: false)[column] }
                    .chunked(into: 4).map { $0.joined(separator: " ") }.joined(separator: "\n\n"))
            }
        }
        for text in texts {
            let document = Document(text: text)
            let iterator = try BreakIterator(.sentence, locale: document.language.locale)
            try document.bytes.withUnsafeBufferPointer { (bytes) throws(TextError) in
                let paragraphs = ParagraphSegmenter.paragraphs(in: bytes)
                let scanned = try SentenceSegmenter.sentences(in: bytes, paragraphs: paragraphs, breaker: .rules)
                let icu = try SentenceSegmenter.sentences(in: bytes, paragraphs: paragraphs,
                                                          breaker: .icu(iterator, viaUTF16: true))
                #expect(scanned.count > paragraphs.count)
                #expect(scanned.map(\.range) == icu.map(\.range), "\(text.prefix(80))")
            }
        }
    }
}
