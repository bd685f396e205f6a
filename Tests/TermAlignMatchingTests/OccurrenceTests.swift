import Testing
import TermAlignGlossary
import TermAlignMatching
import TermAlignText

/// An occurrence found by a matcher refers to the matcher's term; one made by hand holds its own.
/// Both read the same and compare by value.
@Suite("Occurrence")
struct OccurrenceTests {
    @Test("a found occurrence reads its term, concept and language, and equals the same one made by hand")
    func foundEqualsMadeByHand() throws {
        let matcher = MatchingRuleTests.matcher
        let found = try matcher.occurrences(in: Document(text: "NATO's enlargement and the Cold War", language: .en))
        #expect(found.map(\.concept) == ["nato", "cold-war"])
        let nato = try #require(found.first)
        #expect(nato.term.text == "NATO" && nato.term.hints.contains(.caseSensitive))
        #expect(nato.termLanguage == "en")
        #expect(nato.conceptIndex == matcher.glossary.concepts.firstIndex { $0.id == "nato" })
        let byHand = Occurrence(concept: nato.concept, conceptIndex: nato.conceptIndex, term: nato.term,
                                termLanguage: nato.termLanguage, range: nato.range, text: nato.text, match: nato.match)
        #expect(byHand == nato)
        #expect(Set([byHand, nato]).count == 1)
        #expect(byHand.term == nato.term && byHand.concept == nato.concept && byHand.status == nato.status)
        // The term's text and framing as the checks read them, without a copy of the term.
        for occurrence in [nato, byHand, found[1]] {
            #expect(occurrence.termText == occurrence.term.text && occurrence.termFraming == occurrence.term.framing)
        }
        // Any one property apart makes another occurrence.
        let otherTerm = Occurrence(concept: nato.concept, conceptIndex: nato.conceptIndex, term: Term("NATO"),
                                   termLanguage: nato.termLanguage, range: nato.range, text: nato.text, match: nato.match)
        let otherLanguage = Occurrence(concept: nato.concept, conceptIndex: nato.conceptIndex, term: nato.term,
                                       termLanguage: "ru", range: nato.range, text: nato.text, match: nato.match)
        #expect(otherTerm != nato && otherLanguage != nato && found[1] != nato)
    }
}
