import Testing
@testable import TermAlignMatching

/// Lemma keys numbered by position: each found as its own symbol, anything else not found,
/// whatever the keys share (prefixes, lengths around the hash's eight-byte steps, scripts).
struct VocabularyTests {
    static let keys = ["мир", "мира", "многополярн", "shared", "share", "", "abcdefgh", "abcdefghi", "abcdefg",
                       "特别军事行动", String(repeating: "x", count: 100)]

    @Test func everyKeyIsItsOwnSymbol() {
        let vocabulary = Vocabulary(Self.keys)
        #expect(vocabulary.count == Self.keys.count)
        for (symbol, key) in Self.keys.enumerated() {
            #expect(vocabulary[key] == Int32(symbol), "\(key)")
        }
    }

    @Test(arguments: ["ми", "миры", "shar", "abcdefgh ", "abcdefghij", "特别军事", "Мир", String(repeating: "x", count: 99)])
    func otherWordsAreNotFound(_ word: String) {
        #expect(Vocabulary(Self.keys)[word] == nil)
    }

    @Test func anEmptyVocabularyFindsNothing() {
        #expect(Vocabulary([])[""] == nil && Vocabulary([]).count == 0)
    }
}
