import Testing
@testable import TermAlignText

/// The scanner for plain lines finds exactly the words, kinds and offsets that ICU's word break
/// finds: ICU itself is the oracle.
struct PlainWordScannerTests {
    private func words(_ text: String, locale: String, plainLines: Bool) throws -> [String] {
        let key = Array(text.utf8)
        let iterator = try BreakIterator(.word, locale: locale)
        var found: [String] = []
        try key.withUnsafeBufferPointer { (key) throws(TextError) in
            try WordSegmenter.forEachWord(in: key, iterator: iterator, plainLines: plainLines) { range, kind in
                found.append("\(kind.rawValue):\(range.lowerBound)-\(range.upperBound)")
            }
        }
        return found
    }

    private func isPlain(_ text: String) -> Bool {
        let key = Array(text.utf8)
        var found: [(range: Range<Int>, kind: Token.Kind)] = []
        return key.withUnsafeBufferPointer { key in
            PlainWordScanner.with { scanner in scanner.scan(key, 0..<key.count, into: &found) }
        }
    }

    /// One character of every class the scanner models, ICU's exception (the colon), a quotation
    /// mark that matters only to Hebrew, and a line break.
    private static let classes: [Character] = ["a", "я", "1", ".", "\u{2019}", "'", ":", "·", ",", ";", "_", "\"",
                                               " ", "«", "-", "\n"]

    @Test(arguments: ["ru", "en"])
    func everyStringOfUpToFourClassCharactersSegmentsAsInICU(locale: String) throws {
        var strings = [""]
        var mismatches: [String] = []
        for _ in 1...4 {
            strings = strings.flatMap { prefix in Self.classes.map { prefix + String($0) } }
            for text in strings where try words(text, locale: locale, plainLines: true)
                != words(text, locale: locale, plainLines: false) {
                mismatches.append(text)
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test(arguments: ["ru", "en"])
    func randomLinesWithPlainAndComplexCharactersSegmentAsInICU(locale: String) throws {
        // Plain letters and punctuation of Latin, Greek and Cyrillic, and characters that send a
        // line to ICU: a combining accent, Chinese, Hebrew, katakana, an emoji, a joiner.
        let alphabet: [Character] = Self.classes + ["é", "ß", "Ω", "ё", "9", "\t", "\u{2014}", "\u{2018}", "\u{2024}",
                                                    "\u{2027}", "»", "$", "%", "(", "\u{301}", "中", "国", "א",
                                                    "ア", "©", "\u{200D}", "\u{0483}", "\u{00AD}"]
        var random = SplitMix64(seed: 29)
        var plainSeen = 0
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...60, using: &random) {
                // Mostly plain characters, so that many lines stay plain.
                let pick = Int.random(in: 0..<100, using: &random) < 92
                    ? Int.random(in: 0..<alphabet.count - 10, using: &random)
                    : Int.random(in: 0..<alphabet.count, using: &random)
                text.append(alphabet[pick])
            }
            if isPlain(text) { plainSeen += 1 }
            #expect(try words(text, locale: locale, plainLines: true) == words(text, locale: locale, plainLines: false),
                    "\(text.debugDescription)")
        }
        #expect(plainSeen > 300)
    }

    @Test func plainAndComplexLinesAreTold() {
        #expect(isPlain("стороны заявляют, что 1,5 млн. — «партнерство» and nato's 2.0 a_b."))
        #expect(!isPlain("中俄"))
        #expect(!isPlain("cafe\u{301}"))
        #expect(!isPlain("שלום"))
        #expect(!isPlain("a©b"))
    }

    @Test func wordsOfAPlainLineAndTheirKinds() throws {
        let found = try words("nato's 1,5 a1 1a x_ 1_ _ __ a:b", locale: "en", plainLines: true)
        #expect(found == ["word:0-6", "number:7-10", "number:11-13", "word:14-16", "word:17-19", "number:20-22",
                          "word:25-27", "word:28-29", "word:30-31"])
    }
}
