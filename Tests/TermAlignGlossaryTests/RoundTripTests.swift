import PropertyBased
import Testing
@testable import TermAlignGlossary
import TermAlignText

/// Random glossaries with hostile text: YAML → TBX → YAML gives back the same model, and the same bytes.
@Suite("Round trips")
struct RoundTripTests {
    @Test("YAML → TBX → YAML is lossless (property)")
    func yamlTBXYAML() async {
        await propertyCheck(count: 150, input: Gen.int(in: 0...Int.max)) { seed in
            var random = RandomGlossary(seed: UInt64(seed))
            let glossary = random.glossary()
            let yaml = glossary.serialized(as: .yaml).text
            let fromYAML = try Fixtures.load(text: yaml, format: .yaml).glossary
            #expect(fromYAML == glossary, "YAML:\n\(yaml)")
            let tbx = fromYAML.serialized(as: .tbx).text
            let fromTBX = try Fixtures.load(text: tbx, format: .tbx).glossary
            #expect(fromTBX == glossary, "TBX:\n\(tbx)")
            #expect(fromTBX.serialized(as: .yaml).text == yaml)
        }
    }

    @Test("CSV and TSV keep every term field and concept field they have columns for (property)")
    func csv() async {
        await propertyCheck(count: 100, input: Gen.int(in: 0...Int.max)) { seed in
            var random = RandomGlossary(seed: UInt64(seed), singleLineNotes: true)
            var glossary = random.glossary()
            for format in [GlossaryFormat.csv, .tsv] {
                let text = glossary.serialized(as: format).text
                let read = try Fixtures.load(text: text, format: format).glossary
                // What CSV cannot hold is cleared before comparing.
                glossary.title = nil
                glossary.summary = nil
                glossary.sources = []
                for index in glossary.concepts.indices { glossary.concepts[index].definitions = [:] }
                #expect(read == glossary, "\(format):\n\(text)")
            }
        }
    }
}

/// Builds glossaries from a seed, with the text that breaks naive writers: YAML indicators and
/// reserved words, XML markup, quotes, delimiters, Cyrillic and Han, line breaks and tabs.
struct RandomGlossary {
    private var random: SplitMix64
    private let singleLineNotes: Bool

    init(seed: UInt64, singleLineNotes: Bool = false) {
        random = SplitMix64(seed: seed)
        self.singleLineNotes = singleLineNotes
    }

    private static let pieces = [
        "war", "мир", "特别军事行动", " ", "yes", "null", "- ", ": ", " #", "#", "&", "&amp;", "<", "<b>", "]]>",
        "\"", "'", ",", ";", "[x]", "{y}", "\t", "\n", "*", "!", "%", "@", "`", "|", ">", "?", "1", "0x1F",
        "ё", "Ａ", "\u{2028}", "\u{85}", "é", "e\u{301}", "~", "\\", "---", "...", "true", "3.5",
    ]

    /// Non-empty text without edge white space (the readers trim, as people expect).
    mutating func text(multiline: Bool = true) -> String {
        while true {
            var text = (0...random.below(6)).map { _ in Self.pieces[random.below(Self.pieces.count)] }.joined()
            if !multiline { text = String(text.map { $0 == "\n" || $0 == "\u{2028}" || $0 == "\u{85}" ? "_" : $0 }) }
            let trimmed = text.trimmingWhitespace()
            if !trimmed.isEmpty { return trimmed }
        }
    }

    mutating func optionalText() -> String? { random.chance(50) ? text() : nil }

    mutating func list(_ make: (inout RandomGlossary) -> String) -> [String] {
        (0..<random.below(3)).map { _ in make(&self) }
    }

    /// List items for ;-separated cells: no separator, no line break.
    mutating func item() -> String {
        let item = String(text(multiline: false).map { $0 == ";" || $0 == "\t" ? "_" : $0 }).trimmingWhitespace()
        return item.isEmpty ? "label" : item
    }

    mutating func note() -> String { singleLineNotes ? item() : text() }

    mutating func glossary() -> Glossary {
        let ids = (0..<(1 + random.below(5))).map { "c\($0)-" + (random.chance(30) ? "1st" : "x") }
        var glossary = Glossary(title: optionalText(), summary: optionalText(), sources: list { $0.note() })
        for id in ids {
            var concept = Concept(id: id, subjectField: optionalText(), definition: optionalText(),
                                  notes: list { $0.note() }, sources: list { $0.note() }, independent: random.chance(20))
            for language in ["ru", "zh-Hant", "en"] where random.chance(70) {
                concept.sections.append(LanguageSection(language: language, terms: (0..<(1 + random.below(3))).map { _ in term() }))
            }
            if random.chance(20) { concept.definitions[["en", "fr"][random.below(2)]] = text() }
            for kind in RelationKind.allCases where random.chance(30) {
                concept.relations[kind] = Array(Set((0..<(1 + random.below(2))).map { _ in random.chance(80) ? ids[random.below(ids.count)] : "dangling" })).sorted()
            }
            glossary.concepts.append(concept)
        }
        return glossary
    }

    mutating func term() -> Term {
        var term = Term(text())
        guard random.chance(70) else { return term }
        term.status = random.chance(80) ? TermStatus.allCases[random.below(4)] : nil
        term.partOfSpeech = random.chance(30) ? item() : nil
        term.grammaticalGender = random.chance(20) ? item() : nil
        term.termType = random.chance(20) ? item() : nil
        term.usage = list { $0.item() }
        term.framing = random.chance(30) ? item() : nil
        term.context = random.chance(30) ? note() : nil
        term.notes = list { $0.note() }
        term.hints = MatchingHints(rawValue: random.below(8))
        return term
    }
}
