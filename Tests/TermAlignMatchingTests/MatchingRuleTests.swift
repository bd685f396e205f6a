import Testing
import TermAlignGlossary
import TermAlignMatching
import TermAlignText

/// The matching rules of issue 4, one behaviour per test.
@Suite("Matching rules")
struct MatchingRuleTests {
    static let inline = """
        concepts:
          - id: military-political
            terms:
              en: [{term: military-political alliance}]
              ru: [{term: военно-политический союз}]
          - id: us
            terms:
              en: [{term: U.S., match: [case-sensitive]}, {term: United States}]
          - id: us-sanctions
            terms:
              en: [{term: US sanctions}]
          - id: nato
            terms:
              en: [{term: NATO, match: [case-sensitive]}]
              ru: [{term: НАТО, match: [case-sensitive]}]
          - id: security
            independent: true
            terms:
              en: [{term: security}]
              zh: [{term: 安全}]
          - id: war
            terms:
              en: [{term: war}]
          - id: cold-war
            terms:
              en: [{term: Cold War}]
          - id: indivisible-security
            terms:
              en: [{term: indivisible security}]
          - id: security-concerns
            terms:
              zh: [{term: 合理安全关切}]
          - id: belt-and-road
            terms:
              zh: [{term: 一带一路倡议}]
              en: [{term: '"Belt and Road" Initiative'}]
          - id: dash
            terms:
              en: [{term: "—"}]
              zh: [{term: "。"}]
        """

    static let matcher = try! Fixtures.matcher(yaml: inline)

    static func find(_ text: String, _ language: Language) throws -> [(String, String, MatchKind)] {
        try matcher.occurrences(in: Document(text: text, language: language)).map { ($0.concept, $0.text, $0.match) }
    }

    @Test("Russian: case forms, ё/е, a line break and punctuation inside a term")
    func russianForms() throws {
        let found = try Fixtures.find("О ходе специальной\nвоенной операции. Всеобъемлющего партнерства и стратегического взаимодействия.", .ru)
        #expect(found.map(\.concept) == ["special-military-operation", "comprehensive-strategic-partnership"])
        #expect(found.first?.text == "специальной\nвоенной операции")
        #expect(found.map(\.match) == [.inflected, .inflected])
        let hyphen = try Self.find("Они не создают военно-политических союзов.", .ru)
        #expect(hyphen.map(\.0) == ["military-political"])
    }

    @Test("Russian: another word order within the window is `reordered`; beyond it, nothing")
    func reordered() throws {
        let near = try Fixtures.find("Защищать права лиц, постоянно находящихся за рубежом.", .ru)
        let persons = near.first { $0.concept == "persons-located-abroad" }
        #expect(persons?.text == "лиц, постоянно находящихся за рубежом")
        #expect(persons?.match == .reordered)
        let order = try Fixtures.find("Граждане, находящиеся за рубежом, и граждане за рубежом.", .ru)
        #expect(order.filter { $0.concept == "citizens-abroad" }.map(\.match) == [.reordered, .exact])
        let far = try Fixtures.find("Лица, о которых говорили многие эксперты на встрече, находятся за рубежом.", .ru)
        #expect(!far.contains { $0.concept == "persons-located-abroad" })
    }

    @Test("Matches stop at sentence and paragraph ends")
    func boundaries() throws {
        #expect(try Fixtures.find("Это специальная военная. Операция идёт.", .ru).isEmpty)
        #expect(try Fixtures.find("Лица. Находящиеся за рубежом.", .ru).filter { $0.concept == "persons-located-abroad" }.isEmpty)
        #expect(try Self.find("the Cold\n\nWar", .en).map(\.0) == ["war"])
        #expect(try Self.find("the Cold War", .en).map(\.0) == ["cold-war"])
    }

    @Test("English: plural, possessive, capitals, hyphen or space, U.S. and US, quotation marks")
    func english() throws {
        #expect(try Self.find("Military political alliances.", .en).map { $0.0 } == ["military-political"])
        #expect(try Self.find("MILITARY-POLITICAL ALLIANCE", .en).map { $0.2 } == [.normalized])
        #expect(try Self.find("the military-political alliance's aims", .en).map { $0.1 } == ["military-political alliance's"])
        #expect(try Self.find("U.S. sanctions and US sanctions", .en).map { $0.0 } == ["us-sanctions", "us-sanctions"])
        #expect(try Self.find("the US and the U.S. today", .en).map { $0.1 } == ["US", "U.S."])
        #expect(try Self.find("help us", .en).isEmpty, "US is case-sensitive: the pronoun is not the country")
        #expect(try Self.find("the \"Belt and Road\" Initiative", .en).map { $0.2 } == [.exact])
        #expect(try Self.find("the Belt and Road initiative", .en).map { $0.2 } == [.normalized])
        #expect(try Self.find("the “Belt and Road” Initiative", .en).map { $0.1 } == ["“Belt and Road” Initiative"])
    }

    @Test("Case-sensitive terms need their capitals")
    func caseSensitive() throws {
        #expect(try Self.find("NATO's enlargement", .en).map { $0.1 } == ["NATO's"])
        #expect(try Self.find("a nato summit", .en).isEmpty)
        #expect(try Self.find("расширение НАТО", .ru).map { $0.0 } == ["nato"])
    }

    @Test("Chinese: characters, not words; Traditional and full-width folded; quotation marks inside")
    func chinese() throws {
        #expect(try Self.find("长期无视俄罗斯合理安全关切", .zh).map { $0.0 } == ["security-concerns", "security"])
        #expect(try Self.find("長期無視俄羅斯合理安全關切", .zh).map { $0.2 } == [.normalized, .exact])
        #expect(try Self.find("“一带一路”倡议", .zh).map { $0.1 } == ["一带一路”倡议"])
        #expect(try Self.find("一带一路倡议", .zh).map { $0.2 } == [.exact])
        #expect(try Self.find("合理安全\n关切", .zh).map { $0.1 } == ["合理安全\n关切", "安全"], "a wrapped line is no gap")
    }

    @Test("Overlaps: leftmost-longest; a nested concept only when independent")
    func overlaps() throws {
        #expect(try Self.find("the Cold War ended", .en).map { $0.0 } == ["cold-war"], "war is not independent")
        #expect(try Self.find("indivisible security", .en).map { $0.0 } == ["indivisible-security", "security"])
        #expect(try Self.find("合理安全关切", .zh).map { $0.0 } == ["security-concerns", "security"])
        #expect(try Self.find("安全", .zh).map { $0.0 } == ["security"])
    }

    @Test("A term with no letters or digits is skipped and reported, never matched")
    func emptyKey() throws {
        #expect(Self.matcher.skippedTerms.map(\.term) == ["—", "。"])
        #expect(Self.matcher.skippedTerms.allSatisfy { $0.reason == .emptyKey })
        #expect(try Self.find("— a — b —", .en).isEmpty)
        #expect(try Self.find("句子。句子。", .zh).isEmpty)
    }

    @Test("An undetermined document is an error naming it")
    func undetermined() throws {
        let document = try Document(bytes: Array("123 456".utf8), path: "numbers.txt")
        #expect(throws: TextError.undeterminedLanguage(source: "numbers.txt")) {
            try Self.matcher.occurrences(in: document)
        }
    }

    /// A match that is not exact is `normalized` when its words in the matching key, without dots and
    /// joined by spaces, are the term's, and `inflected` otherwise: checked against that join itself.
    @Test(arguments: [
        ("UNITED STATES and united states, United  States", Language.en, [MatchKind.normalized, .normalized, .normalized]),
        ("U.S sanctions, US sanctions, u.s. Sanctions and US sanction", .en, [.normalized, .normalized, .normalized, .inflected]),
        ("COLD WAR, Cold\nWar, cold wars", .en, [.normalized, .normalized, .inflected]),
        ("МИРНОГО СОСУЩЕСТВОВАНИЯ, мирное сосуществование и Мирное  Сосуществование", .ru, [.inflected, .exact, .normalized]),
    ])
    func normalizedMatchesHaveTheTermsNormalizedWords(_ text: String, _ language: Language, _ kinds: [MatchKind]) throws {
        let yaml = """
            concepts:
              - id: us
                terms:
                  en: [{term: United States}]
              - id: us-sanctions
                terms:
                  en: [{term: U.S. sanctions}]
              - id: cold-war
                terms:
                  en: [{term: Cold War}]
              - id: coexistence
                terms:
                  ru: [{term: мирное сосуществование}]
            """
        let found = try Fixtures.matcher(yaml: yaml).occurrences(in: Document(text: text, language: language))
        let words = { (text: String) throws -> String in
            let analyzed = try Fixtures.analyzer.analyze(Document(text: text, language: language))
            return analyzed.tokens.map { String(analyzed.normalizedText(of: $0).filter { $0 != "." }) }.joined(separator: " ")
        }
        #expect(found.map(\.match) == kinds)
        for occurrence in found where occurrence.match != .exact {
            let expected: MatchKind = try words(occurrence.text) == words(occurrence.term.text) ? .normalized : .inflected
            #expect(occurrence.match == expected, "\(occurrence.text)")
        }
    }
}
