import Testing
import TermAlignGlossary
import TermAlignMatching
import TermAlignText

/// Every multi-word Russian term of the shipped glossary in all its case × number forms, and the same
/// words where they do not form the term (data: scripts/generate-term-forms.py, pymorphy3).
@Suite("Russian term forms")
struct RussianFormTests {
    struct Form: CustomTestStringConvertible, Sendable {
        let concept, term, grammar, form: String
        var testDescription: String { "\(form) (\(grammar))" }
    }

    struct Negative: CustomTestStringConvertible, Sendable {
        let concept, term, sentence, separator: String
        var testDescription: String { sentence }
    }

    static func rows(_ name: String) -> [[String]] {
        let text = (try? Fixtures.text(name)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }

    static let forms = rows("russian-term-forms.tsv").map {
        Form(concept: $0[0], term: $0[1], grammar: "\($0[2]) \($0[3])", form: $0[4])
    }
    static let negatives = rows("russian-term-negatives.tsv").map {
        Negative(concept: $0[0], term: $0[1], sentence: $0[2], separator: $0[3])
    }

    @Test("The data covers every multi-word Russian term")
    func coverage() {
        let multiWord = Set(Fixtures.shipped.concepts.flatMap { concept in
            concept.terms(in: "ru").map(\.text).filter { $0.contains(" ") || $0.contains("-") }
        })
        #expect(Set(Self.forms.map(\.term)) == multiWord)
        #expect(Self.forms.count > 1000)
        #expect(Self.negatives.count >= multiWord.count * 2 - 5)
    }

    @Test("Each form is found as its concept, word for word", arguments: forms)
    func found(_ form: Form) throws {
        let sentence = "В документе упоминается \(form.form) наряду с другими вопросами."
        let found = try Fixtures.find(sentence, .ru)
        let hit = found.first { $0.concept == form.concept }
        #expect(hit?.text == form.form, "found: \(found.map { "\($0.concept): \($0.text)" })")
        if form.form == form.term { #expect(hit?.match == .exact) }
    }

    @Test("The same words outside the window are not the term", arguments: negatives)
    func notFound(_ negative: Negative) throws {
        let bytes = Array(negative.sentence.utf8)
        let separator = Array(negative.separator.utf8)
        let at = (0...(bytes.count - separator.count)).first { bytes[$0..<($0 + separator.count)].elementsEqual(separator) }!
        let found = try Fixtures.find(negative.sentence, .ru)
        let across = found.filter { $0.concept == negative.concept && $0.range.lowerBound < at && $0.range.upperBound > at }
        #expect(across.isEmpty, "matched across \"\(negative.separator)\": \(across.map(\.text))")
    }
}
