import Testing
import TermAlignMatching
import TermAlignText

/// Words that look like a term and are not it: a term inside a compound with a negating or other
/// prefix, another word of a one-word term's stem. And the forms that are the term.
struct LookAlikeTests {
    @Test(arguments: [
        ("The Non-Aligned Movement stands for non-alignment.", Language.en, "alignment-with-eaeu"),
        ("They denounced anti-hegemonism as a slogan.", .en, "hegemonism"),
        ("The post-war order was discussed.", .en, "war"),
        ("Они обсудили пост-советское пространство и анти-гегемонизм.", .ru, "hegemonism"),
        ("They act unilaterally.", .en, "unilateralism"),
        ("The projects were aligned.", .en, "alignment-with-eaeu"),
        ("Они выступили против денацифицирования.", .ru, "denazification"),
        ("Это военный вопрос.", .ru, "war"),
        ("Это сопряжено с риском, а сопряжённые расходы растут.", .ru, "alignment-with-eaeu"),
    ])
    func isNotTheTerm(_ text: String, _ language: Language, _ concept: String) throws {
        let found = try Fixtures.find(text, language)
        #expect(!found.contains { $0.concept == concept }, "\(found.map { "\($0.concept): \($0.text)" })")
    }

    @Test(arguments: [
        ("They adhere to non-interference in internal affairs.", Language.en, "non-interference"),
        ("They discussed UN-NATO contacts.", .en, "nato"),
        ("The war ended.", .en, "war"),
        ("Both reject unilateralism.", .en, "unilateralism"),
        ("The sovereignties of states.", .en, "sovereignty"),
        ("A compatriot returned.", .en, "compatriots"),
        ("Two wars ended.", .en, "war"),
        ("Уважение суверенитета.", .ru, "sovereignty"),
        ("После войны.", .ru, "war"),
        ("Помощь соотечественникам.", .ru, "compatriots"),
        ("О ходе спецоперации.", .ru, "special-military-operation"),
        ("О сопряжении ЕАЭС и «Пояса и пути».", .ru, "alignment-with-eaeu"),
    ])
    func isTheTerm(_ text: String, _ language: Language, _ concept: String) throws {
        let found = try Fixtures.find(text, language)
        #expect(found.contains { $0.concept == concept }, "\(found.map { "\($0.concept): \($0.text)" })")
    }

    /// A Russian adjective term matches its forms of every gender and case.
    @Test func anAdjectiveTermMatchesItsForms() throws {
        let yaml = """
            title: Sides
            concepts:
              - id: russian
                terms:
                  ru: [{term: российский}]
            """
        let text = "Российская сторона, российские партнёры, российского министерства."
        let found = try Fixtures.matcher(yaml: yaml).occurrences(in: Document(text: text, language: .ru))
        #expect(found.map(\.text) == ["Российская", "российские", "российского"])
    }
}
