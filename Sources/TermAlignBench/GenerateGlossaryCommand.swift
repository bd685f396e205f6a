import ArgumentParser
import TermAlign
import TermAlignCommandSupport

/// `termalign-bench generate-glossary`: a synthetic termbase of a given size, for the load benchmark.
struct GenerateGlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-glossary",
        abstract: "Write a synthetic ru/zh/en glossary of N terms (for benchmarks)."
    )

    @Option(help: "How many terms.")
    var terms = 1_000_000

    @Option(help: "The format to write.")
    var to: GlossaryFormat = .tbx

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let out = try ByteSink.destination(output, inputs: [], forPeople: false)
        out.write(SyntheticGlossary.make(terms: terms).serialized(as: to).text)
        try out.finish()
    }
}

/// Deterministic made-up terms that look like their languages: Cyrillic and Latin syllables, common
/// Han characters; statuses, usage labels and notes on a share of them, as in a real termbase.
enum SyntheticGlossary {
    /// - Parameters:
    ///   - absent: Terms that never occur in text: every Russian word holds «ъы», every English word
    ///     "qx", every Chinese term characters of CJK Extension A, which no real text of the benchmarks
    ///     has. A glossary of these costs what a large termbase costs without adding occurrences.
    ///   - prefix: Put before every concept id, so that two generated glossaries can be joined.
    static func make(terms count: Int, absent: Bool = false, prefix: String = "c") -> Glossary {
        var random = SplitMix64(seed: absent ? 0xAB5E_471C : 0x7E57_A11C)
        var russian = ["ва", "ро", "ди", "на", "ст", "ко", "мир", "пра", "ло", "же", "ни", "ту", "ск", "ем"]
        var english = ["ka", "ro", "ti", "men", "stra", "lo", "ver", "po", "sa", "li", "ter", "con"]
        var han = Array("国际关系合作伙伴战略安全发展和平共同体主权领土完整利益政府人民经济会议协定组织").map(String.init)
        if absent {
            russian = russian.map { "ъы" + $0 }
            english = english.map { "qx" + $0 }
            han = (0x3400..<0x3440).map { String(UnicodeScalar($0)!) }
        }
        func word(_ syllables: [String], _ count: ClosedRange<Int>, separator: String = "") -> String {
            let length = count.lowerBound + random.below(count.count)
            return (0..<length).map { _ in random.pick(syllables) }.joined(separator: separator)
        }
        var glossary = Glossary(title: "Synthetic glossary of \(count) terms", sources: ["termalign-bench generate-glossary"])
        var made = 0
        while made < count {
            var concept = Concept(id: "\(prefix)\(glossary.concepts.count + 1)", subjectField: "synthetic")
            if random.chance(25) { concept.definition = word(english, 6...14, separator: " ") }
            for language in ["ru", "zh", "en"] where made < count {
                var section = LanguageSection(language: language, terms: [])
                let termCount = random.chance(20) ? 2 : 1
                for index in 0..<termCount where made < count {
                    let text: String
                    switch language {
                    case "ru": text = word(russian, 2...4) + " " + word(russian, 2...5)
                    case "zh": text = word(han, 2...6)
                    default: text = word(english, 2...3) + " " + word(english, 1...3)
                    }
                    var term = Term(text, status: index == 0 ? .preferred : .admitted, partOfSpeech: "noun")
                    if random.chance(33) { term.usage = [random.pick(["russia", "china"])] }
                    if random.chance(10) { term.notes = [word(english, 5...12, separator: " ")] }
                    section.terms.append(term)
                    made += 1
                }
                concept.sections.append(section)
            }
            if glossary.concepts.count > 1 && random.chance(20) {
                concept.relations.related = ["\(prefix)\(random.below(glossary.concepts.count) + 1)"]
            }
            glossary.concepts.append(concept)
        }
        return glossary
    }
}
