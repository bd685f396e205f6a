import Testing
@testable import TermAlignText

/// The byte-level test of a sentence's last word agrees with the string test it stands in for.
struct FinalWordBytesTests {
    /// What the sentence segmenter asked before the byte test existed.
    private static func byStrings(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        let initial = scalars.count == 2 && scalars[1] == "." && scalars[0].properties.isUppercase
        return initial || Abbreviations.finalWords.contains(word.lowercased())
    }

    private static func byBytes(_ word: String) -> Bool? {
        Array(word.utf8).withUnsafeBufferPointer { FinalWordBytes.mayEndAbbreviation($0) }
    }

    /// Every final word as listed, capitalised and upper-cased, initials in both scripts, and short
    /// words that end no abbreviation.
    static let words: [String] = {
        var words: [String] = []
        for word in Abbreviations.finalWords.sorted() {
            words += [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst()]
        }
        words += ["В.", "V.", "Ё.", "ё.", "в.", "v.", "5.", "мира.", "China.", "2023.", "ЁЖ.", "-.", "Г-Н.", "Mr.", "MR.",
                  "НАТО.", "США.", "e.G.", "Ст.", "Jan.", "Dec.", "Sept.", "I.E.", "U.S.S.R."]
        return words
    }()

    @Test(arguments: words)
    func agreesWithTheStringTest(_ word: String) {
        // nil (left to the strings) would fail too: these words are plain Latin or Russian.
        #expect(Self.byBytes(word) == Self.byStrings(word), "\(word)")
    }

    /// Other scripts, other Cyrillic letters and ill-formed bytes are left to the strings.
    @Test(arguments: ["É.", "Ї.", "Ѣ.", "中.", "ß."])
    func otherLettersAreLeftToTheStrings(_ word: String) {
        #expect(Self.byBytes(word) == nil)
    }

    @Test func illFormedBytesAreLeftToTheStrings() {
        let word: [UInt8] = [0xD0, 0x2E]
        #expect(word.withUnsafeBufferPointer { FinalWordBytes.mayEndAbbreviation($0) } == nil)
    }
}

/// The abbreviation check's words, split on bytes where the text allows, are the words of
/// `Character.isWhitespace` that it split before.
struct AbbreviationWordsTests {
    @Test func bytesSplitAsCharactersDo() {
        // Plain characters (which take the byte path) and ones that send a range to the strings:
        // a combining accent after a space, no-break and ideographic spaces, NEL, a control, Ӂ.
        let alphabet: [String] = ["a", "Z", ".", "-", "5", "я", "Ё", "ѿ", " ", "\n", "\t", "\r\n", "\u{301}", "\u{A0}",
                                  "\u{3000}", "\u{85}", "\u{1}", "\u{4C1}", "中"]
        var random = SplitMix64(seed: 5)
        var plainSeen = 0
        for _ in 0..<3000 {
            let count = Int.random(in: 0...16, using: &random)
            let text = (0..<count).map { _ in
                Int.random(in: 0..<10, using: &random) < 8 ? alphabet[Int.random(in: 0..<9, using: &random)]
                                                           : alphabet.randomElement(using: &random)!
            }.joined()
            let bytes = Array(text.utf8)
            let expected = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
            bytes.withUnsafeBufferPointer { bytes in
                if Abbreviations.plainWords(bytes, 0..<bytes.count) != nil { plainSeen += 1 }
                #expect(Abbreviations.words(bytes, 0..<bytes.count) == expected, "\(text.debugDescription)")
            }
        }
        #expect(plainSeen > 500)
    }
}
