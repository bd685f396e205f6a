import Testing
@testable import TermAlignText

/// British and American spellings of an English word share one lemma key, so a glossary written in
/// either matches a text in the other; a word the dictionary knows keeps its own key.
struct SpellingVariantTests {
    let lemmaKeys = Fixtures.lemmaKeys
    let normalizer = Normalizer()

    private func key(_ word: String) -> String { lemmaKeys.key(for: normalizer.key(for: word)) }

    @Test(arguments: [
        ("neighbour", "neighbor"), ("neighbourhood", "neighborhood"), ("colour", "color"), ("honourable", "honorable"),
        ("organisation", "organization"), ("organisations", "organizations"), ("recognised", "recognized"),
        ("analysed", "analyzed"), ("centre", "center"), ("centres", "centers"), ("travelled", "traveled"),
        ("defence", "defense"), ("catalogue", "catalog"), ("labour", "labor"), ("programme", "program"),
    ])
    func shareOneKey(_ british: String, _ american: String) {
        #expect(key(british) == key(american), "\(british) → \(key(british)), \(american) → \(key(american))")
    }

    /// Words the dictionary knows are never respelled: "four" is not "for", "hour" not "hor".
    @Test(arguments: [("four", "for"), ("tour", "tor"), ("pour", "por"), ("licence", "lice"), ("tree", "ter")])
    func knownWordsKeepTheirKeys(_ word: String, _ other: String) {
        #expect(key(word) != key(other))
    }
}
