import Testing
import TermAlignMatching
import TermAlignText

/// A term inside a compound with a negating or other prefix is not the term.
struct LookAlikeTests {
    @Test(arguments: [
        ("The Non-Aligned Movement stands for non-alignment.", Language.en, "alignment-with-eaeu"),
        ("They denounced anti-hegemonism as a slogan.", .en, "hegemonism"),
        ("The post-war order was discussed.", .en, "war"),
        ("Они обсудили пост-советское пространство и анти-гегемонизм.", .ru, "hegemonism"),
    ])
    func aPrefixedCompoundIsNotTheTerm(_ text: String, _ language: Language, _ concept: String) throws {
        let found = try Fixtures.find(text, language)
        #expect(!found.contains { $0.concept == concept }, "\(found.map { "\($0.concept): \($0.text)" })")
    }

    @Test(arguments: [
        ("They adhere to non-interference in internal affairs.", Language.en, "non-interference"),
        ("They discussed UN-NATO contacts.", .en, "nato"),
        ("The war ended.", .en, "war"),
    ])
    func aTermThatIsItsOwnCompoundOrANameIsKept(_ text: String, _ language: Language, _ concept: String) throws {
        let found = try Fixtures.find(text, language)
        #expect(found.contains { $0.concept == concept }, "\(found.map { "\($0.concept): \($0.text)" })")
    }
}
