import Foundation
import Testing
import TermAlignMatching
import TermAlignText

/// Terms found with words in between: coordinated words, modifiers, adverbs, within one clause; and
/// the look-alike stretches where the words belong to other phrases.
struct DiscontinuousTests {
    /// The 2023 statement's clause as the seed analysis quotes it (written here in our own test words
    /// around the term): the persons of the term are coordinated with institutions and modified.
    @Test func theSeedClauseYieldsItsThreeConcepts() throws {
        let text = "Both sides protect the rights and interests of, persons and institutions of the two countries located abroad, "
            + "and ensure the security of citizens, projects and institutions abroad."
        let found = try Fixtures.find(text, .en)
        let persons = try #require(found.first { $0.concept == "persons-located-abroad" })
        #expect(persons.match == .discontinuous)
        #expect(persons.text == "persons and institutions of the two countries located abroad")
        let document = Document(text: text, language: .en)
        #expect(persons.inserted.map { document.text(in: $0) } == ["and institutions of the two countries"])
        #expect(found.contains { $0.concept == "rights-and-interests" && $0.text == "rights and interests" })
        #expect(found.contains { $0.concept == "citizens-abroad" })
        for occurrence in found { #expect(document.text(in: occurrence.range) == occurrence.text) }
    }

    @Test(arguments: [
        ("They respect the legitimate and reasonable security concerns of all states.", Language.en,
         "legitimate-security-concerns", "and reasonable"),
        ("Стороны уважают законные озабоченности всех стран в сфере безопасности.", .ru,
         "legitimate-security-concerns", "всех стран"),
        ("The plan favours sustainable urban development.", .en, "sustainable-development", "urban"),
        ("They defend the rights and legitimate interests of their nationals.", .en, "rights-and-interests", "legitimate"),
        ("Стороны защищают права и законные интересы граждан.", .ru, "rights-and-interests", "законные"),
    ])
    func anInterruptedTermIsFound(_ text: String, _ language: Language, _ concept: String, _ inserted: String) throws {
        let found = try Fixtures.find(text, language)
        let occurrence = try #require(found.first { $0.concept == concept }, "\(found.map(\.text))")
        #expect(occurrence.match == .discontinuous)
        let document = Document(text: text, language: language)
        #expect(occurrence.inserted.map { document.text(in: $0) }.joined(separator: " ") == inserted)
    }

    @Test(arguments: [
        ("Experts classified COVID-19 as a pandemic in March.", Language.en, "covid-19-pandemic"),
        ("The envoy spoke of peace and the hard talks ahead.", .en, "peace-talks"),
        ("They want sustainable growth and sustainable development.", .en, "sustainable-development"),
        ("Persons detained there, located abroad or not, were counted.", .en, "persons-located-abroad"),
        ("Security, which concerns everyone, is legitimate.", .en, "legitimate-security-concerns"),
        ("Новое руководство считает, что пришло время перемен.", .ru, "new-era"),
        // Any form of «который» opens a clause, not only the listed nominative ones.
        ("Это законные озабоченности которых в сфере безопасности никто не снимал.", .ru, "legitimate-security-concerns"),
    ])
    func wordsOfOtherPhrasesAreNoTerm(_ text: String, _ language: Language, _ concept: String) throws {
        let found = try Fixtures.find(text, language)
        #expect(!found.contains { $0.concept == concept && $0.match == .discontinuous }, "\(found.map(\.text))")
    }

    /// A term among the interrupting words is reported too, whether or not the glossary marks it
    /// independent; an interrupted term is `discontinuous` even where it is also `reorderable`.
    @Test func aTermAmongTheInterruptingWordsIsKept() throws {
        let found = try Fixtures.find("They protect persons of NATO located abroad.", .en)
        #expect(found.map(\.concept) == ["persons-located-abroad", "nato"])
        #expect(found.map(\.match) == [.discontinuous, .exact])
    }

    /// A Chinese term interrupted by an adverb; the same words with another verb are not the term.
    @Test func aChineseTermInterruptedByAnAdverb() throws {
        let text = "双方反对北约进一步东扩。北约进一步扩大了队伍。"
        let found = try Fixtures.find(text, .zh)
        let enlargement = found.filter { $0.concept == "nato-enlargement" }
        #expect(enlargement.map(\.text) == ["北约进一步东扩"])
        #expect(enlargement.first?.match == .discontinuous)
        let document = Document(text: text, language: .zh)
        #expect(enlargement.first?.inserted.map { document.text(in: $0) } == ["进一步"])
    }

    @Test func noSearchWithAGapOfZero() throws {
        let matcher = try TermMatcher(glossary: Fixtures.shipped, analyzer: Fixtures.analyzer,
                                      options: MatchingOptions(discontinuousGap: 0))
        let found = try Fixtures.find("the legitimate and reasonable security concerns", .en, with: matcher)
        #expect(!found.contains { $0.match == .discontinuous })
        #expect(try !Fixtures.find("北约进一步东扩", .zh, with: matcher).contains { $0.match == .discontinuous })
    }

    /// Every candidate of the shared parallel sentences, judged by hand (Fixtures/discontinuous-judged.tsv):
    /// recall and false matches.
    @Test(.enabled(if: Fixtures.shared != nil, "../shared/parallel is absent: the judged sentences are read from it"))
    func theJudgedSentencesOfTheParallelCorpora() throws {
        let shared = try #require(Fixtures.shared)
        var files: [String: [Substring]] = [:]
        var (found, expected, falseMatches, negatives) = (0, 0, 0, 0)
        for line in try Fixtures.text("discontinuous-judged.tsv").split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map(String.init)
            let (file, number, column, concept, judged) = (fields[0], Int(fields[1])!, Int(fields[2])!, fields[3], fields[4] == "yes")
            if files[file] == nil {
                files[file] = try String(contentsOf: shared.appendingPathComponent("parallel/\(file).ru-zh-en.tsv"), encoding: .utf8)
                    .split(separator: "\n", omittingEmptySubsequences: false)
            }
            let sentence = String(files[file]![number - 1].split(separator: "\t", omittingEmptySubsequences: false)[column - 1])
            let matched = try Fixtures.find(sentence, column == 1 ? .ru : .en).contains { $0.concept == concept && $0.match == .discontinuous }
            if judged {
                expected += 1
                if matched { found += 1 } else { Issue.record("missed \(concept) in \(file):\(number)") }
            } else {
                negatives += 1
                if matched { falseMatches += 1; Issue.record("false \(concept) in \(file):\(number)") }
            }
        }
        #expect(expected == 15 && negatives == 20)
        #expect(found == expected && falseMatches == 0)
    }
}
