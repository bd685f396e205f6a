import Testing
@testable import TermAlignText

/// Datelines and timestamps a news report or a repost opens with, told from sentences that merely
/// hold a date or a capitalised word.
struct DatelineTests {
    @Test(arguments: [
        "МОСКВА, 4 февраля. /ТАСС/.", "/ТАСС/.", "BEIJING, Feb. 4 (Xinhua)", "2022-02-26 12:05", "04.02.2022, 17:30 МСК",
        "新华社北京2月4日电", "2023年3月21日", "Moscow, March 21, 2023", "ПЕКИН, 4 февраля 2022 года", "Reuters",
    ])
    func datelines(_ text: String) {
        #expect(Dateline.isDateline(text[...]))
    }

    @Test(arguments: [
        "2023 — год дружбы.", "3月4日，习近平致电普京。", "17.", "COVID-19", "The sides met in Moscow on 21 March 2023.",
        "Стороны подписали договор 4 февраля.", "NATO", "中俄联合声明", "Moscow", "",
        "On the afternoon of March 21, the two heads of state signed a joint statement in Moscow (Xinhua).",
    ])
    func notDatelines(_ text: String) {
        #expect(!Dateline.isDateline(text[...]))
    }

    /// Where the dateline of a paragraph's opening ends and its text begins; nil where the paragraph
    /// opens with text, though it holds a dash.
    @Test(arguments: [
        ("BEIJING, Feb. 4 (Xinhua) -- China and Russia on Friday issued a joint statement.", "China and Russia on Friday issued a joint statement."),
        ("新华社北京2月4日电 中华人民共和国和俄罗斯联邦联合声明", "中华人民共和国和俄罗斯联邦联合声明"),
        ("新华社北京2月4日电（记者 王某）两国元首签署了联合声明。", "两国元首签署了联合声明。"),
        ("МОСКВА, 21 марта — Стороны заявили о готовности.", "Стороны заявили о готовности."),
        ("США — крупнейший торговый партнёр.", nil),
        ("2023 — год дружбы и сотрудничества.", nil),
        ("Стороны — постоянные члены Совета Безопасности.", nil),
        ("The sides agreed to cooperate.", nil),
    ])
    func openings(_ paragraph: String, _ rest: String?) {
        let bytes = Array(paragraph.utf8)
        let end = bytes.withUnsafeBufferPointer { Dateline.openingEnd($0, 0..<bytes.count) }
        #expect(end.map { String(decoding: bytes[$0...], as: UTF8.self) } == rest)
    }
}
