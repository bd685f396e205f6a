import Testing
import TermAlignMatching
import TermAlignText

/// A glossary term in British spelling matches American text and the reverse; where the glossary
/// lists both spellings for different sides, the exact one is reported.
struct SpellingMatchTests {
    @Test func aBritishTermMatchesAmericanText() throws {
        let found = try Fixtures.find("Both joined the Shanghai Cooperation Organization and defended good-neighborliness.", .en)
        #expect(found.map(\.concept) == ["sco", "good-neighbourliness"])
        #expect(found.first?.term.text == "Shanghai Cooperation Organisation")
    }

    @Test func theExactSpellingOfASideIsReported() throws {
        let found = try Fixtures.find("They oppose any color revolution. They oppose any colour revolution.", .en)
        #expect(found.map(\.term.text) == ["color revolution", "colour revolution"])
        #expect(found.map(\.match) == [.exact, .exact])
        #expect(found.map(\.term.usage) == [["china"], ["russia"]])
    }
}
