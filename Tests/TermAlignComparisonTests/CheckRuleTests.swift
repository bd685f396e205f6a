import Testing
import TermAlignComparison
import TermAlignText

/// The rules of single checks on short hand-made passages written inline: what a check must report
/// and, as often, what it must leave alone.
@Suite("Check rules on small passages")
struct CheckRuleTests {
    /// Compares inline versions (ru, zh, en; an empty one is left out).
    static func compare(ru: String, zh: String, en: String) throws -> Comparison {
        let documents = [(Language.ru, ru), (.zh, zh), (.en, en)].filter { !$0.1.isEmpty }.map { language, text in
            Document(text: text, id: language.rawValue, language: language)
        }
        return try Fixtures.comparer.compare(documents)
    }

    // MARK: - Numbers

    @Test func numbersInNamesAndCodesAreNeverHeldAgainstAVersion() throws {
        let comparison = try Self.compare(
            ru: "Стороны обсудили борьбу с пандемией и сети связи.",
            zh: "双方讨论了抗击新冠肺炎疫情和5G网络。",
            en: "The two sides discussed the fight against the COVID-19 pandemic and 5G networks.")
        #expect(comparison.findings(.numberMismatch).isEmpty, "\(comparison.findings(.numberMismatch).map(\.message))")
    }

    @Test func aNumberOnlyOneVersionGivesIsInformation() throws {
        let comparison = try Self.compare(
            ru: "Стороны подписали соглашения в Москве.",
            zh: "双方在莫斯科签署了协议。",
            en: "The two sides signed 14 agreements in Moscow.")
        let findings = comparison.findings(.numberMismatch)
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { $0.severity == .info }, "\(findings.map(\.severity))")
    }

    @Test func differentNumbersInOneSentencePairAreADivergence() throws {
        let comparison = try Self.compare(
            ru: "Товарооборот достиг 190 млрд долларов.",
            zh: "双边贸易额达到1900亿美元。",
            en: "Bilateral trade reached 170 billion dollars.")
        let findings = comparison.findings(.numberMismatch)
        #expect(findings.contains { $0.severity >= .warning }, "\(findings.map(\.message))")
        #expect(findings.flatMap(\.evidence).contains { $0.text.hasPrefix("170") }, "\(findings.flatMap(\.evidence).map(\.text))")
    }

    @Test func theSameNumberInAnotherScriptIsNoDivergence() throws {
        let comparison = try Self.compare(
            ru: "Товарооборот достиг 190 млрд долларов.",
            zh: "双边贸易额达到1900亿美元。",
            en: "Bilateral trade reached 190 billion dollars.")
        #expect(comparison.findings(.numberMismatch).filter { $0.severity >= .warning }.isEmpty)
    }

    // MARK: - Scripts

    @Test func aWordMixingLookAlikeLettersIsReportedAndAnAcronymIsNot() throws {
        // The first «суверенитет» has a Latin e; NATO in Latin letters inside Russian is a name.
        let comparison = try Self.compare(
            ru: "Стороны уважают сувeренитет друг друга. NATO не должно расширяться.",
            zh: "",
            en: "The sides respect each other's sovereignty. NATO should not expand.")
        let findings = comparison.findings(.mixedScript)
        #expect(findings.count == 1, "\(findings.map(\.message))")
        #expect(findings.first?.evidence.first?.text == "сувeренитет")
    }

    // MARK: - Term choice

    @Test func oneTermUsedTwiceIsNoInconsistency() throws {
        let comparison = try Self.compare(
            ru: "Стороны уважают законные интересы безопасности. Законные интересы безопасности важны.",
            zh: "",
            en: "The sides respect legitimate security concerns. Legitimate security concerns matter.")
        #expect(comparison.findings(.inconsistency).isEmpty, "\(comparison.findings(.inconsistency).map(\.message))")
    }
}
