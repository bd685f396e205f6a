import Foundation
import PropertyBased
import Testing
import TermAlignGlossary
import TermAlignMatching
import TermAlignText

/// Real and twin texts: what the shipped glossary finds in them.
@Suite("Corpus matching")
struct CorpusTests {
    @Test("A Traditional paragraph yields the concepts of its Simplified twin, in the same order")
    func traditionalTwin() throws {
        let simplified = try Fixtures.find(try Fixtures.text("twin-simplified.zh.txt"), .zh)
        let traditional = try Fixtures.find(try Fixtures.text("twin-traditional.zh.txt"), .zh)
        #expect(simplified.count >= 15)
        #expect(traditional.map(\.concept) == simplified.map(\.concept))
        #expect(traditional.map(\.range) == simplified.map(\.range), "s2t keeps every character's length")
        #expect(simplified.allSatisfy { $0.match == .exact })
        #expect(traditional.filter { $0.match == .normalized }.count >= 15)
    }

    /// What each real excerpt in ../shared/corpus must yield (at least these concepts, with these
    /// texts where stated).
    static let expectations: [(file: String, language: Language, concepts: Set<String>, texts: [String: String])] = [
        ("2022-02-25-xi-putin-call-prc-readout.zh.txt", .zh,
         ["ukrainian-issue", "special-military-operation", "nato", "legitimate-security-concerns", "cold-war-mentality",
          "european-security-mechanism", "un-charter", "sovereignty", "territorial-integrity",
          "common-security-concept", "un-centred-international-system", "international-law-based-order"],
         ["special-military-operation": "特别军事行动", "common-security-concept": "共同、综合、合作、可持续的安全观"]),
        ("2022-02-25-xi-putin-call-prc-readout.en.txt", .en,
         ["ukrainian-issue", "special-military-operation", "nato", "legitimate-security-concerns", "cold-war-mentality",
          "european-security-mechanism", "un-charter", "sovereignty", "territorial-integrity"],
         ["cold-war-mentality": "Cold War mentality", "un-charter": "UN Charter"]),
        ("2022-02-04-joint-statement.zh.txt", .zh,
         ["new-era", "nato", "aukus", "indo-pacific-strategy", "closed-alliance-systems", "bloc-confrontation",
          "arms-race", "strategic-stability", "multipolar-world", "economic-globalization", "covid-19-pandemic",
          "true-multilateralism", "common-values-of-humanity", "sustainable-development"],
         ["indo-pacific-strategy": "印太战略", "covid-19-pandemic": "新冠肺炎疫情"]),
        ("2022-02-04-joint-statement-un-annex.zh.txt", .zh,
         ["new-era", "multipolar-world", "economic-globalization", "covid-19-pandemic", "true-multilateralism",
          "un-centred-international-system", "international-law-based-order"],
         ["covid-19-pandemic": "COVID-19 疫情"]),
        ("2022-02-04-joint-statement.en.txt", .en,
         ["new-era", "sustainable-development", "friendship-without-limits", "no-forbidden-areas", "nato-enlargement",
          "nato", "cold-war-mentality", "sovereignty"],
         ["no-forbidden-areas": "no ‘forbidden’ areas of cooperation", "nato": "North Atlantic Alliance"]),
    ]

    @Test("The real excerpts yield the concepts they contain",
          .enabled(if: Fixtures.shared != nil, "../shared is absent: real-text tests skipped"),
          arguments: 0..<expectations.count)
    func realExcerpts(_ index: Int) throws {
        let expected = Self.expectations[index]
        let text = try Fixtures.sharedDocument(expected.file)
        let found = try Fixtures.find(text, expected.language)
        let concepts = Set(found.map(\.concept))
        #expect(expected.concepts.subtracting(concepts).isEmpty, "missing: \(expected.concepts.subtracting(concepts).sorted())")
        for (concept, text) in expected.texts {
            #expect(found.contains { $0.concept == concept && $0.text == text }, "\(concept) as \(text)")
        }
        // The readout's English renders 合理安全关切 both ways: the admitted variant is found as such.
        if expected.file.hasSuffix("readout.en.txt") {
            let variants = found.filter { $0.concept == "legitimate-security-concerns" }.map { "\($0.text)|\($0.status?.rawValue ?? "")" }
            #expect(variants == ["legitimate security concerns|preferred", "reasonable security concerns|admitted"])
        }
    }

    // MARK: - Exact spans

    /// Pieces that move offsets or must not disturb matching: term forms in every script and case,
    /// Traditional and full-width text, quotes, line breaks, combining marks, emoji.
    static let pieces: [String] = [
        "специальной военной операции", "Специальная  военная\nоперация", "лиц, находящихся за рубежом",
        "находящиеся за рубежом лица", "граждан за рубежом", "НАТО", "расширения НАТО", "ООН", "ё", "е\u{0301}",
        "special military operation", "Special-Military Operations'", "NATO's", "U.S.", "the \"Ukraine crisis\"",
        "Cold War mentality", "persons located abroad", "«Пояс и путь»", "инициатива «Пояс и путь»",
        "合理安全关切", "合理安全關切", "北约扩张", "北約擴張", "“一带一路”倡议", "乌克兰\n危机", "ＮＡＴＯ", "２０２２年",
        " ", "  ", "\n", "\n\n", "\r\n", ". ", "。", ", ", "«", "»", "—", "\u{00AD}", "\u{FEFF}", "🇨🇳", "é", "x",
    ]
    static let documents = Gen.element(of: pieces).compactMap { $0 }.array(of: 0...40).map { $0.joined() }

    @Test("For every occurrence, the input bytes at its range are its text")
    func exactSpans() async {
        await propertyCheck(count: 300, input: Self.documents, Gen.element(of: [Language.ru, .zh, .en])) { text, language in
            let document = Document(text: text, language: language ?? .ru)
            let found = try Fixtures.matcher.occurrences(in: document)
            var previousStart = 0
            for occurrence in found {
                #expect(occurrence.range.upperBound <= document.bytes.count)
                #expect(String(decoding: document.bytes[occurrence.range.range], as: UTF8.self) == occurrence.text)
                #expect(String(validating: document.bytes[occurrence.range.range], as: UTF8.self) != nil)
                #expect(!occurrence.range.isEmpty && occurrence.range.lowerBound >= previousStart)
                previousStart = occurrence.range.lowerBound
            }
            // Leftmost-longest: no two reported occurrences cross (none is nested: no shipped concept is independent).
            for (first, second) in zip(found, found.dropFirst()) {
                #expect(first.range.upperBound <= second.range.lowerBound || first.range == second.range,
                        "\(first.text.debugDescription) / \(second.text.debugDescription)")
            }
        }
    }

    @Test("One matcher, many tasks: the same results as one at a time")
    func concurrentUse() async throws {
        let texts = [try Fixtures.text("twin-simplified.zh.txt"), try Fixtures.text("twin-traditional.zh.txt"),
                     "Лиц, находящихся за рубежом, и специальной военной операции.", "NATO's Cold War mentality."]
        let languages: [Language] = [.zh, .zh, .ru, .en]
        let serial = try zip(texts, languages).map { try Fixtures.find($0, $1) }
        let parallel = try await withThrowingTaskGroup(of: (Int, [Occurrence]).self) { group in
            for index in 0..<40 {
                group.addTask { (index % 4, try Fixtures.find(texts[index % 4], languages[index % 4])) }
            }
            var results: [(Int, [Occurrence])] = []
            for try await result in group { results.append(result) }
            return results
        }
        for (index, occurrences) in parallel { #expect(occurrences == serial[index]) }
    }
}
