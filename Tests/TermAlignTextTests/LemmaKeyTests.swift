import Testing
@testable import TermAlignText

/// One key per lexeme: the forms a glossary term and a text disagree on must meet.
struct LemmaKeyTests {
    let lemmaKeys = Fixtures.lemmaKeys
    let normalizer = Normalizer()

    private func key(_ word: String) -> String {
        lemmaKeys.key(for: normalizer.key(for: word))
    }

    @Test(arguments: [
        ["лица", "лиц", "лицам", "лицо", "лицами"],
        ["граждане", "граждан", "гражданами", "гражданин", "гражданина"],
        ["находящиеся", "находящихся", "находящимися", "находящийся"],
        ["интересы", "интересов", "интерес", "интересам"],
        ["специальная", "специальной", "специальную", "специальный"],
        ["операция", "операции", "операцию", "операцией"],
        ["партнёрство", "партнерства", "Партнёрству"],
        ["люди", "людей", "человек"],
        ["operation", "operations", "Operation's"],
        ["country's", "countries", "country", "COUNTRIES’"],
        ["men", "man", "men's"], ["crises", "crisis"], ["chairmen", "chairman"], ["criteria", "criterion"],
    ])
    func formsOfOneLexemeShareAKey(_ forms: [String]) {
        let keys = Set(forms.map(key))
        #expect(keys.count == 1, "\(forms) → \(keys.sorted())")
    }

    @Test(arguments: [("лицо", "личность"), ("гражданин", "государство"), ("операция", "оператор"),
                      ("специальный", "социальный"), ("citizen", "city"), ("state", "statement"),
                      ("reaffirm", "affirm"), ("неприемлемый", "приемлемый")])
    func differentLexemesKeepDifferentKeys(_ first: String, _ second: String) {
        #expect(key(first) != key(second))
    }

    @Test(arguments: ["russian-lexemes.tsv", "english-nouns.tsv"])
    func everyCuratedLexemeHasOneKeyAndNoneShareOne(_ file: String) throws {
        let figures = try LemmaRecall.measure(try Fixtures.lexemes(file), with: lemmaKeys)
        #expect(figures.failures.isEmpty, "\(figures.failures)")
        #expect(figures.collisions.isEmpty, "\(figures.collisions)")
        #expect(figures.lexemes >= (file.hasPrefix("russian") ? 40 : 50))
    }

    @Test func recallOnTheUNVocabularyStaysHigh() throws {
        let figures = try LemmaRecall.measure(try Fixtures.lexemes("russian-lexemes-un.tsv"), with: lemmaKeys)
        #expect(figures.lexemes == 600)
        #expect(figures.lexemeRecall >= 0.97, "\(figures)")
        #expect(figures.formRecall >= 0.99, "\(figures)")
        #expect(figures.collisionRate <= 0.03, "\(figures)")
    }

    @Test func theDefaultStrategyRecallsAtLeastAsMuchAsEitherLibraryAlone() throws {
        let lexemes = try Fixtures.lexemes("russian-lexemes-un.tsv") + Fixtures.lexemes("russian-lexemes.tsv")
            + Fixtures.lexemes("english-nouns.tsv")
        let chosen = try LemmaRecall.measure(lexemes, with: lemmaKeys).lexemeRecall
        for strategy in [LemmaStrategy.snowball, .hunspell] {
            let other = try LemmaRecall.measure(lexemes, with: try LemmaKeys(strategy: strategy)).lexemeRecall
            #expect(chosen > other, "\(strategy): \(other) vs \(chosen)")
        }
    }

    @Test func chineseWordsAndNumbersAreTheirOwnKeys() throws {
        let analyzed = try Fixtures.analyzer.analyze(Document(text: "合理安全关切 2022"))
        #expect(analyzed.tokens.map { analyzed.lemmaKey(of: $0) } == analyzed.tokens.map { analyzed.normalizedText(of: $0) })
    }

    @Test func wordsAreKeyedByTheirScriptNotTheDocumentLanguage() throws {
        let analyzed = try Fixtures.analyzer.analyze(Document(text: "Стороны осуждают operations и sanctions.", language: .ru))
        let keys = analyzed.tokens.map { analyzed.lemmaKey(of: $0) }
        #expect(keys.contains(key("operation")) && keys.contains(key("sanction")))
    }

    @Test func anAnalyzerWithoutLemmatizersKeysWordsByTheirNormalizedForm() throws {
        let analyzer = TextAnalyzer(lemmaKeys: nil)
        let analyzed = try analyzer.analyze(Document(text: "Граждане и граждан"))
        #expect(analyzed.tokens.map { analyzed.lemmaKey(of: $0) } == ["граждане", "и", "граждан"])
        #expect(analyzer.lemmaKey(for: "ГРАЖДАНЕ") == "граждане")
        #expect(Fixtures.analyzer.lemmaKey(for: "ГРАЖДАНЕ") == Fixtures.analyzer.lemmaKey(for: "граждан"))
    }

    @Test func aMissingDictionaryIsAClearError() {
        #expect(throws: TextError.self) { try Lemmatizer(language: .ru, dictionaryDirectory: "/nonexistent") }
        do {
            _ = try Lemmatizer(language: .ru, dictionaryDirectory: "/nonexistent")
        } catch {
            #expect("\(error)".contains("/nonexistent/ru_RU.dic"))
        }
    }
}
