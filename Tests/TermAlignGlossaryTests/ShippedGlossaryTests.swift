import Testing
@testable import TermAlignGlossary

/// The shipped China–Russia glossary, stated concept by concept: read these tests to learn the
/// mappings TermAlign checks versions against.
@Suite("Shipped glossary: the term mappings")
struct ShippedGlossaryTests {
    static let glossary = try! Glossary.load(contentsOf: Fixtures.shippedYAML).glossary
    static let index = GlossaryIndex(glossary)

    /// Each concept's preferred term in each language (the first term, by the glossary's convention).
    @Test("Preferred renderings", arguments: [
        ("persons-located-abroad", "находящиеся за рубежом лица", "海外人员", "persons located abroad"),
        ("rights-and-interests", "права и интересы", "权益", "rights and interests"),
        ("citizens-abroad", "граждане за рубежом", "海外公民", "citizens abroad"),
        ("compatriots", "соотечественники", "侨胞", "compatriots"),
        ("special-military-operation", "специальная военная операция", "特别军事行动", "special military operation"),
        ("ukraine-crisis", "украинский кризис", "乌克兰危机", "Ukraine crisis"),
        ("war", "война", "战争", "war"),
        ("friendship-without-limits", "дружба между двумя государствами не имеет границ", "两国友好没有止境",
         "friendship between the two States has no limits"),
        ("multipolar-world", "многополярный мир", "世界多极化", "multipolar world"),
        ("community-with-shared-future", "сообщество единой судьбы человечества", "人类命运共同体",
         "community with a shared future for mankind"),
        ("global-security-initiative", "Глобальная инициатива в области безопасности", "全球安全倡议", "Global Security Initiative"),
        ("comprehensive-strategic-partnership", "всеобъемлющее партнёрство и стратегическое взаимодействие",
         "全面战略协作伙伴关系", "comprehensive strategic partnership of coordination"),
        ("new-era", "новая эпоха", "新时代", "new era"),
        ("legitimate-security-concerns", "законные озабоченности в области безопасности", "合理安全关切", "legitimate security concerns"),
        ("hegemonism", "гегемонизм", "霸权主义", "hegemonism"),
        ("unilateral-sanctions", "односторонние санкции", "单边制裁", "unilateral sanctions"),
        ("color-revolution", "цветная революция", "颜色革命", "colour revolution"),
        ("territorial-integrity", "территориальная целостность", "领土完整", "territorial integrity"),
        ("sovereignty", "суверенитет", "主权", "sovereignty"),
        ("non-interference", "невмешательство во внутренние дела", "不干涉内政", "non-interference in internal affairs"),
        ("nato-enlargement", "расширение НАТО", "北约扩张", "enlargement of NATO"),
        ("cold-war-mentality", "менталитет холодной войны", "冷战思维", "Cold War mentality"),
        ("bloc-confrontation", "блоковое противостояние", "阵营对抗", "bloc confrontation"),
        ("taiwan-question", "тайваньский вопрос", "台湾问题", "Taiwan question"),
        ("rules-based-order", "порядок, основанный на правилах", "基于规则的秩序", "rules-based order"),
        ("covid-19-pandemic", "пандемия COVID-19", "新冠肺炎疫情", "COVID-19 pandemic"),
    ])
    func preferredRenderings(id: String, ru: String, zh: String, en: String) throws {
        let concept = try #require(Self.index.concept(id: id), "missing concept \(id)")
        for (language, expected) in [("ru", ru), ("zh", zh), ("en", en)] {
            let preferred = concept.terms(in: language).filter { $0.status == .preferred }
            #expect(preferred.map(\.text) == [expected], "\(id) \(language)")
            #expect(concept.terms(in: language).first?.text == expected, "the preferred \(language) term of \(id) comes first")
        }
    }

    /// Renderings that are used but not preferred, with whose usage they reflect.
    @Test("Other renderings and their usage", arguments: [
        ("legitimate-security-concerns", "en", "reasonable security concerns", TermStatus.admitted, ["china"]),
        ("comprehensive-strategic-partnership", "en", "comprehensive partnership and strategic interaction", .admitted, ["russia"]),
        ("community-with-shared-future", "en", "community of common destiny for mankind", .superseded, []),
        ("nato-enlargement", "en", "NATO expansion", .admitted, ["china"]),
        ("nato-enlargement", "zh", "北约东扩", .admitted, []),
        ("persons-located-abroad", "ru", "лица, находящиеся за рубежом", .admitted, ["russia"]),
        ("citizens-abroad", "ru", "зарубежные граждане", .deprecated, []),
        ("covid-19-pandemic", "zh", "COVID-19疫情", .admitted, ["un"]),
        ("color-revolution", "en", "color revolution", .admitted, ["china"]),
        ("special-military-operation", "ru", "СВО", .admitted, ["russia"]),
    ])
    func otherRenderings(id: String, language: String, text: String, status: TermStatus, usage: [String]) throws {
        let concept = try #require(Self.index.concept(id: id))
        let term = try #require(concept.terms(in: language).first { $0.text == text }, "\(id) lacks \(text)")
        #expect(term.status == status)
        #expect(term.usage == usage)
    }

    /// How the concepts relate, seen from both ends.
    @Test("Relations", arguments: [
        ("persons-located-abroad", RelationKind.narrower, "citizens-abroad"),
        ("citizens-abroad", .broader, "persons-located-abroad"),
        ("compatriots", .narrower, "citizens-abroad"),
        ("citizens-abroad", .broader, "compatriots"),
        ("special-military-operation", .contrast, "war"),
        ("war", .contrast, "special-military-operation"),
        ("special-military-operation", .related, "ukraine-crisis"),
        ("ukraine-crisis", .related, "special-military-operation"),
        ("persons-located-abroad", .related, "rights-and-interests"),
        ("international-law-based-order", .contrast, "rules-based-order"),
        ("multipolar-world", .contrast, "hegemonism"),
        ("second-world-war", .narrower, "great-patriotic-war"),
    ])
    func relations(source: String, kind: RelationKind, target: String) {
        #expect(Self.index.relationKinds(from: source, to: target) == [kind])
    }

    @Test("Framing labels set the three names of the war in Ukraine apart")
    func framings() throws {
        let framing = { (id: String) in Self.index.concept(id: id)?.terms(in: "en").first?.framing }
        #expect(framing("special-military-operation") == "official designation")
        #expect(framing("war") == "descriptive")
        #expect(framing("ukraine-crisis") == "neutral")
    }

    @Test("Scale and completeness: at least 80 concepts, each in ru, zh and en, each with a definition, most with notes")
    func completeness() {
        #expect(Self.glossary.concepts.count >= 80)
        for concept in Self.glossary.concepts {
            #expect(["ru", "zh", "en"].allSatisfy { !concept.terms(in: $0).isEmpty }, "\(concept.id)")
            #expect(concept.definition != nil, "\(concept.id) has no definition")
        }
        let noted = Self.glossary.concepts.filter { !$0.notes.isEmpty }.count
        #expect(noted >= 30)
    }

    @Test("The shipped TBX is the YAML's export: same model, same bytes")
    func tbxMatchesYAML() throws {
        let tbx = try Glossary.load(contentsOf: Fixtures.shippedTBX)
        #expect(tbx.warnings == [])
        #expect(tbx.glossary == Self.glossary)
        let written = Self.glossary.serialized(as: .tbx).text
        let shipped = try String(contentsOfFile: Fixtures.shippedTBX, encoding: .utf8)
        #expect(written == shipped, "regenerate with: make glossary")
    }

    @Test("The glossary compiled into the library is the YAML file, byte for byte")
    func embeddedMatchesYAML() throws {
        let file = try String(contentsOfFile: Fixtures.shippedYAML, encoding: .utf8)
        #expect(ShippedGlossary.yaml == file, "the EmbedText plugin must embed the file exactly")
        #expect(try ShippedGlossary.load().glossary == Self.glossary)
    }
}

import Foundation
