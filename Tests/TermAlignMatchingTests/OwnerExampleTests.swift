import Testing
import TermAlignMatching
import TermAlignText

/// The project owner's three example terms — persons located abroad, 权益, the special operation — in
/// the forms real texts and the analyses that quote them use, each found as its concept.
struct OwnerExampleTests {
    @Test(arguments: [
        ("The two countries protect persons and institutions of both countries located abroad.", Language.en, "persons-located-abroad"),
        ("Стороны защищают безопасность находящихся за рубежом лиц и учреждений.", .ru, "persons-located-abroad"),
        ("Стороны защищают лиц, постоянно находящихся за рубежом.", .ru, "persons-located-abroad"),
        ("双方维护两国海外人员和机构的安全。", .zh, "persons-located-abroad"),
        ("双方维护两国海外人员和机构的合法权益。", .zh, "rights-and-interests"),
        ("维护在华外国公民的权益。", .zh, "rights-and-interests"),
        ("They protect the rights and interests of their citizens.", .en, "rights-and-interests"),
        ("Защищать права и законные интересы граждан.", .ru, "rights-and-interests"),
        ("Moscow calls it a special operation.", .en, "special-military-operation"),
        ("Россия продолжает спецоперацию.", .ru, "special-military-operation"),
        ("В ходе специальной операции стороны обсудили гуманитарные вопросы.", .ru, "special-military-operation"),
        ("Задачи СВО будут выполнены.", .ru, "special-military-operation"),
        ("普京介绍了特别军事行动的情况。", .zh, "special-military-operation"),
    ])
    func isFound(_ text: String, _ language: Language, _ concept: String) throws {
        let found = try Fixtures.find(text, language)
        #expect(found.contains { $0.concept == concept }, "\(found.map { "\($0.concept): \($0.text)" })")
    }
}
