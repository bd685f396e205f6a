import Foundation
import TermAlignText

/// A generated dated corpus for `termalign track` with known counts: articles of real sentences from
/// `../shared/parallel` (ru, zh and en, consecutive lines, so documents read as prose), dated over
/// 2019–2024 and attributed to Chinese and Russian outlets, with the renderings of four glossary
/// concepts planted in carrier sentences at known places. Real sentences that might hold one of the
/// concepts already are left out, so what `track` counts for them is exactly what was planted. The
/// same seed gives the same corpus.
public struct PlantedCorpus: Sendable {
    /// The corpus, one JSON object per document (`id`, `date`, `source`, `language`, `text`).
    public var lines: [String] = []
    /// The planted counts, keyed "concept|language|rendering|source|YYYY-MM".
    public var expected: [String: Int] = [:]
    /// Each planted concept's first and last date.
    public var first: [String: String] = [:]
    public var last: [String: String] = [:]
    /// The UTF-8 bytes of the documents' text.
    public var textBytes = 0

    /// The three-language files of `parallel` the sentences come from.
    static let files = ["un_v1.0_devset.ru-zh-en.tsv", "ntrex128_newstest2019.ru-zh-en.tsv",
                        "flores200_devtest.ru-zh-en.tsv", "tico19_test.ru-zh-en.tsv"]

    /// `documents` articles from the sentences of `parallel` (the folder of `../shared/parallel`).
    public static func generate(parallel: URL, documents: Int, seed: UInt64 = 0x7AC4_2019) throws -> PlantedCorpus {
        let pools = try sentences(parallel)
        var random = SplitMix64(seed: seed)
        var corpus = PlantedCorpus()
        for index in 0..<documents {
            let date = Self.date(daysAfter2018: 1 + random.below(6 * 365 + 2))
            let source = random.pick(PlantedRenderings.sources)
            let language = random.pick(source.languages)
            let pool = pools[language]!
            let start = random.below(pool.count)
            var sentences = (0..<(6 + random.below(19))).map { pool[(start + $0) % pool.count] }
            for concept in PlantedRenderings.concepts where date >= concept.from {
                for _ in 0..<[0, 0, 0, 1, 1, 2, 3][random.below(7)] {
                    let rendering = pick(concept.renderings[language]!, side: source.side, &random)
                    let carrier = random.pick(PlantedRenderings.carriers[language]!)
                    let planted = carrier.replacingOccurrences(of: "{n}", with: rendering.nominative)
                        .replacingOccurrences(of: "{g}", with: rendering.genitive)
                    sentences.insert(planted, at: random.below(sentences.count + 1))
                    corpus.expected["\(concept.id)|\(language)|\(rendering.term)|\(source.name)|\(date.prefix(7))", default: 0] += 1
                    corpus.first[concept.id] = min(corpus.first[concept.id] ?? date, date)
                    corpus.last[concept.id] = max(corpus.last[concept.id] ?? date, date)
                }
            }
            let text = paragraphs(sentences, language: language, &random)
            corpus.textBytes += text.utf8.count
            corpus.lines.append("{\"id\": \"d\(100_000 + index)\", \"date\": \"\(date)\", \"source\": \"\(source.name)\", "
                                + "\"language\": \"\(language)\", \"text\": \(jsonString(text))}")
        }
        return corpus
    }

    /// A `termalign batch` manifest of `sets` version sets: each the Russian, Chinese and English of
    /// three to eight consecutive lines of the three-language files, as inline text.
    public static func manifest(parallel: URL, sets: Int, seed: UInt64 = 0x7AC4_2019) throws -> [String] {
        var tuples: [[String]] = []
        for file in files {
            let text = try String(contentsOf: parallel.appendingPathComponent(file), encoding: .utf8)
            tuples += text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
                .filter { $0.count == 3 && !$0.contains("") }
        }
        var random = SplitMix64(seed: seed)
        return (0..<sets).map { index in
            let start = random.below(tuples.count), count = 3 + random.below(6)
            let lines = (0..<count).map { tuples[(start + $0) % tuples.count] }
            let documents = ["ru", "zh", "en"].enumerated().map { column, language in
                let text = lines.map { $0[column] }.joined(separator: language == "zh" ? "" : " ")
                return "{\"id\": \"\(language)\", \"language\": \"\(language)\", \"text\": \(jsonString(text))}"
            }
            return "{\"id\": \"s\(100_000 + index)\", \"documents\": [\(documents.joined(separator: ", "))]}"
        }
    }

    /// The real sentences by language, without those a guard keeps out.
    static func sentences(_ parallel: URL) throws -> [String: [String]] {
        var pools: [String: [String]] = ["ru": [], "zh": [], "en": []]
        for file in files {
            let text = try String(contentsOf: parallel.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard columns.count == 3 else { continue }
                for (language, sentence) in zip(["ru", "zh", "en"], columns) where !sentence.isEmpty && !PlantedRenderings.guarded(sentence) {
                    pools[language]!.append(sentence)
                }
            }
        }
        return pools
    }

    private static func pick(_ renderings: [PlantedRenderings.Rendering], side: PlantedRenderings.Side,
                             _ random: inout SplitMix64) -> PlantedRenderings.Rendering {
        var roll = random.below(renderings.reduce(0) { $0 + $1.weight(side) })
        for rendering in renderings {
            roll -= rendering.weight(side)
            if roll < 0 { return rendering }
        }
        return renderings[renderings.count - 1]
    }

    /// Sentences in paragraphs of two to five, separated by a blank line.
    private static func paragraphs(_ sentences: [String], language: String, _ random: inout SplitMix64) -> String {
        var text = ""
        var inParagraph = 0
        var length = 2 + random.below(4)
        for sentence in sentences {
            if inParagraph == length {
                text += "\n\n"
                inParagraph = 0
                length = 2 + random.below(4)
            } else if inParagraph > 0 && language != "zh" {
                text += " "
            }
            text += sentence
            inParagraph += 1
        }
        return text
    }

    /// The ISO date `days` days after 2018-12-31.
    static func date(daysAfter2018 days: Int) -> String {
        var year = 2019
        var left = days
        while true {
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            if left > lengths.reduce(0, +) {
                left -= lengths.reduce(0, +)
                year += 1
                continue
            }
            var month = 0
            while left > lengths[month] {
                left -= lengths[month]
                month += 1
            }
            return "\(year)-\(month < 9 ? "0" : "")\(month + 1)-\(left < 10 ? "0" : "")\(left)"
        }
    }

    /// `text` as a JSON string.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case _ where scalar.value < 0x20: out += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
