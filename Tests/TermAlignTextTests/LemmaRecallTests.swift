import Testing
@testable import TermAlignText

/// Measures how often all forms of one lexeme get one key, per strategy: the figures in docs/text-layer.md.
struct LemmaRecall {
    struct Figures: CustomStringConvertible {
        var lexemes = 0, unifiedLexemes = 0, forms = 0, agreeingForms = 0, collidingLexemes = 0
        var failures: [String] = []
        var collisions: [String] = []
        var lexemeRecall: Double { Double(unifiedLexemes) / Double(max(1, lexemes)) }
        var formRecall: Double { Double(agreeingForms) / Double(max(1, forms)) }
        var collisionRate: Double { Double(collidingLexemes) / Double(max(1, lexemes)) }
        var description: String {
            func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
            return "lexemes \(lexemes): one key \(percent(lexemeRecall)); forms \(forms): majority key \(percent(formRecall)); "
                + "lexemes sharing a key with another \(percent(collisionRate))"
        }
    }

    /// Keys each form exactly as text is keyed: analyzed as a one-word document (normalized, split
    /// by ICU's word break, lemmatized).
    static func measure(_ lexemes: [Fixtures.Lexeme], with lemmaKeys: LemmaKeys) throws -> Figures {
        let analyzer = TextAnalyzer(lemmaKeys: lemmaKeys)
        var figures = Figures()
        var majorityKeys: [String: Set<String>] = [:]
        for lexeme in lexemes {
            let keys = try lexeme.forms.map { form in
                let analyzed = try analyzer.analyze(Document(text: form), components: [.lemmas])
                return analyzed.tokens.map { analyzed.lemmaKey(of: $0) }.joined(separator: " ")
            }
            let counts = Dictionary(keys.map { ($0, 1) }, uniquingKeysWith: +)
            let majority = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            figures.lexemes += 1
            figures.forms += keys.count
            figures.agreeingForms += counts[majority]!
            if counts.count == 1 {
                figures.unifiedLexemes += 1
            } else {
                let strays = zip(lexeme.forms, keys).filter { $0.1 != majority }.map { "\($0.0)→\($0.1)" }
                figures.failures.append("\(lexeme.lemma) [\(majority)]: \(strays.joined(separator: " "))")
            }
            majorityKeys[majority, default: []].insert(lexeme.lemma)
        }
        let shared = majorityKeys.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }
        figures.collidingLexemes = shared.reduce(0) { $0 + $1.value.count }
        figures.collisions = shared.map { "\($0.key): \($0.value.sorted().joined(separator: ", "))" }
        return figures
    }

    @Test(arguments: LemmaStrategy.allCases)
    func figures(strategy: LemmaStrategy) throws {
        let lemmaKeys = try LemmaKeys(strategy: strategy)
        for file in ["russian-lexemes.tsv", "russian-lexemes-un.tsv", "english-nouns.tsv"] {
            let figures = try Self.measure(try Fixtures.lexemes(file), with: lemmaKeys)
            print("lemma recall \(strategy.rawValue) \(file): \(figures)")
            for failure in figures.failures.prefix(40) { print("  \(failure)") }
            for collision in figures.collisions.prefix(20) { print("  shared key \(collision)") }
        }
    }
}
