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
