import Foundation
import Testing
import TermAlignMatching
import TermAlignText

/// Variants of the terms that the shipped glossary finds in the real sentences of ../shared/parallel,
/// built so that the truth is known: words inserted into a term the way the gap grammar allows (must
/// be found, as `discontinuous`), the same words split by a clause break or by too many words (must
/// not be), the other side's spelling (must be found); and the one-word look-alikes an oracle
/// judged (`Fixtures/one-word-judged.tsv`, from `scripts/generate-one-word-set.py`). The sentences
/// are read from ../shared, never copied.
@Suite("Term variants built from real sentences",
       .enabled(if: Fixtures.shared != nil, "../shared is absent: the variants are built from its sentences"))
struct VariantSetTests {
    /// Each built variant: the sentence, where the change is, and the concept it concerns.
    struct Variant {
        let sentence: String
        let language: Language
        let concept: String
        /// Bytes of `sentence` that a match of the concept must cover.
        let at: Range<Int>
        let label: String
    }

    /// Insertions that the gap grammar allows, after a term's first word.
    static let allowed: [Language: [String]] = [
        .en: [" and regional", " of both countries", " further"],
        .ru: [" и региональные", " всех стран", " важные"],
        .zh: ["进一步", "不断"],
    ]
    /// Insertions that break the term: a clause boundary or more words than a gap may hold.
    static let breaking: [Language: [String]] = [
        .en: ["; then", " — indeed", ", which", ". Then", " and many other quite different regional, local and national"],
        .ru: ["; затем", " — именно", ", которые", ". Затем", " и многие другие совсем разные региональные, местные и общие"],
        .zh: ["。", "问题", "，"],
    ]

    @Test func insertedWordsAreFound() throws {
        let variants = try Self.insertions(Self.allowed)
        #expect(variants.count >= 300, "too few variants: \(variants.count)")
        var missed: [String] = []
        for variant in variants {
            let found = try Fixtures.find(variant.sentence, variant.language).contains {
                $0.concept == variant.concept && $0.match == .discontinuous && $0.range.range.contains(variant.at.lowerBound)
            }
            if !found { missed.append("\(variant.label): \(variant.sentence)") }
        }
        let recall = Double(variants.count - missed.count) / Double(variants.count)
        let languages = Dictionary(grouping: variants, by: \.language.rawValue).mapValues(\.count).sorted { $0.key < $1.key }
        print("inserted words: \(variants.count - missed.count) of \(variants.count) found (recall \(recall)); by language \(languages)")
        #expect(recall >= 0.98, "missed: \(missed.prefix(10))")
    }

    @Test func brokenTermsAreNotFound() throws {
        let variants = try Self.insertions(Self.breaking)
        #expect(variants.count >= 500, "too few variants: \(variants.count)")
        var falseMatches: [String] = []
        for variant in variants {
            let found = try Fixtures.find(variant.sentence, variant.language).contains {
                $0.concept == variant.concept && $0.range.range.overlaps(variant.at)
            }
            if found { falseMatches.append("\(variant.label): \(variant.sentence)") }
        }
        let languages = Dictionary(grouping: variants, by: \.language.rawValue).mapValues(\.count).sorted { $0.key < $1.key }
        print("broken terms: \(falseMatches.count) false matches in \(variants.count); by language \(languages)")
        #expect(falseMatches.isEmpty, "\(falseMatches.prefix(10))")
    }

    @Test func theOtherSpellingIsFound() throws {
        let variants = try Self.respellings()
        #expect(variants.count >= 20, "too few variants: \(variants.count)")
        var missed: [String] = []
        for variant in variants {
            let found = try Fixtures.find(variant.sentence, variant.language).contains {
                $0.concept == variant.concept && $0.range.range.overlaps(variant.at)
            }
            if !found { missed.append("\(variant.label): \(variant.sentence)") }
        }
        print("respelled terms: \(variants.count - missed.count) of \(variants.count) found")
        #expect(Double(missed.count) <= 0.02 * Double(variants.count), "missed: \(missed.prefix(10))")
    }

    /// Every candidate word of the one-word set: a form of its term is found, a look-alike never.
    @Test func oneWordFormsAndLookAlikes() throws {
        var (forms, formsFound, lookAlikes) = (0, 0, 0)
        var wrong: [String] = []
        for line in try Fixtures.text("one-word-judged.tsv").split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let (file, number, column, concept, word, isForm) = (fields[0], Int(fields[1])!, Int(fields[2])!, fields[3],
                                                                fields[4], fields[5] == "form")
            let sentence = try Self.sentence(file, number, column)
            let language: Language = column == 1 ? .ru : .en
            let at = try #require(Self.wordRange(word, in: sentence), "\(word) not in \(file):\(number)")
            let found = try Fixtures.find(sentence, language).filter { $0.range.range.overlaps(at) }
            let matched = found.contains { $0.concept == concept }
            // A longer term of another concept may hold the form ("Second World War"): found, as that.
            let held = found.contains { $0.range.range.count > at.count }
            if isForm {
                forms += 1
                if matched || held { formsFound += 1 } else { wrong.append("missed \(word) (\(concept)) in \(file):\(number)") }
            } else {
                lookAlikes += 1
                if matched { wrong.append("look-alike \(word) taken for \(concept) in \(file):\(number)") }
            }
        }
        print("one-word set: \(formsFound) of \(forms) forms found; \(lookAlikes) look-alikes")
        #expect(forms >= 150 && lookAlikes >= 100)
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }

    // MARK: - Building the variants

    /// The parallel files and their columns (1 Russian, 2 Chinese, 3 English).
    static let files = ["un_v1.0_devset", "ntrex128_newstest2019", "tico19_test", "flores200_devtest"]

    /// Each language's sentences of the parallel files with the shipped glossary's occurrences of a
    /// term of two words or more (or, in Chinese, two characters or more), found once per file.
    static let occurrences: [(sentence: String, language: Language, occurrence: Occurrence, offset: Int)] = {
        var result: [(String, Language, Occurrence, Int)] = []
        for file in files {
            let lines = try! lines(of: file)
            for (column, language) in [(1, Language.ru), (2, .zh), (3, .en)] {
                let sentences = lines.map { line in
                    let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                    return fields.count >= column ? fields[column - 1] : ""
                }
                // One document per file and language: sentences are paragraphs, which no match crosses.
                let text = sentences.joined(separator: "\n\n")
                let found = try! Fixtures.find(text, language)
                var starts: [Int] = []
                var offset = 0
                for sentence in sentences {
                    starts.append(offset)
                    offset += sentence.utf8.count + 2
                }
                for occurrence in found where [.exact, .normalized, .inflected].contains(occurrence.match) {
                    let words = occurrence.term.text.split(separator: " ")
                    guard language == .zh ? occurrence.text.count >= 2 : words.count >= 2 else { continue }
                    let index = starts.lastIndex { $0 <= occurrence.range.lowerBound }!
                    result.append((String(sentences[index]), language, occurrence, starts[index]))
                }
            }
        }
        return result
    }()

    /// The variants with each of `insertions` after the first word (Chinese: the first half) of each
    /// occurrence whose first word is followed by one space.
    static func insertions(_ insertions: [Language: [String]]) throws -> [Variant] {
        var variants: [Variant] = []
        for (sentence, language, occurrence, start) in occurrences {
            let local = occurrence.range.lowerBound - start
            let point: Int
            if language == .zh {
                point = local + occurrence.text.prefix(occurrence.text.count / 2).utf8.count
            } else {
                guard let space = occurrence.text.firstIndex(of: " "),
                      occurrence.text[..<space].allSatisfy({ $0.isLetter || $0 == "-" }) else { continue }
                point = local + occurrence.text[..<space].utf8.count
            }
            let bytes = Array(sentence.utf8)
            let termWords = Set(occurrence.text.lowercased().split(separator: " "))
            // A gap that holds a word of the term is never allowed: the term is there nearer.
            for insertion in insertions[language] ?? [] where language == .zh || termWords.isDisjoint(with: insertion.lowercased().split(separator: " ")) {
                let inserted = Array(insertion.utf8)
                let variant = String(decoding: bytes[..<point] + inserted + bytes[point...], as: UTF8.self)
                variants.append(Variant(sentence: variant, language: language, concept: occurrence.concept,
                                        at: point..<point + inserted.count, label: "\(occurrence.concept) +\(insertion)"))
            }
        }
        return variants
    }

    /// British and American respellings of a word's ending, and words that differ inside.
    static let respellingRules: [(String, String)] = [
        ("isation", "ization"), ("ization", "isation"), ("ise", "ize"), ("ize", "ise"), ("ised", "ized"), ("ized", "ised"),
        ("our", "or"), ("ours", "ors"), ("centre", "center"), ("center", "centre"), ("centred", "centered"), ("defence", "defense"),
        ("defense", "defence"), ("programme", "program"), ("labor", "labour"),
    ]
    static let respelledInside: [(String, String)] = [("neighbour", "neighbor"), ("neighbor", "neighbour"), ("colour", "color"),
                                                      ("color", "colour")]

    /// The shipped glossary's English terms in the other spelling (-isation/-ization, -our/-or, …) or
    /// with a hyphen written as a space, each put in place of a term occurrence of a real sentence.
    static func respellings() throws -> [Variant] {
        var respelled: [(concept: String, text: String, label: String)] = []
        for concept in Fixtures.shipped.concepts {
            for section in concept.sections where section.language == "en" {
                for term in section.terms {
                    var variants = Set<String>()
                    let words = term.text.split(separator: " ").map(String.init)
                    for (index, word) in words.enumerated() {
                        let lower = word.lowercased()
                        for (from, to) in respellingRules where lower.hasSuffix(from) && lower.count > from.count + 2 {
                            var copy = words
                            copy[index] = String(word.dropLast(from.count)) + to
                            variants.insert(copy.joined(separator: " "))
                        }
                        for (from, to) in respelledInside where lower.contains(from) {
                            var copy = words
                            copy[index] = word.replacingOccurrences(of: from, with: to, options: .caseInsensitive)
                            variants.insert(copy.joined(separator: " "))
                        }
                    }
                    if term.text.contains("-"), term.text.split(separator: "-").allSatisfy({ $0.last?.isLetter ?? false }) {
                        variants.insert(term.text.replacingOccurrences(of: "-", with: " "))
                    }
                    for variant in variants.subtracting(section.terms.map(\.text)).sorted() {
                        respelled.append((concept.id, variant, "\(term.text) → \(variant)"))
                    }
                }
            }
        }
        // The first twenty real English sentences with a term in them, each term's place taken.
        var hosts: [(sentence: String, at: Range<Int>)] = []
        for (sentence, language, occurrence, start) in occurrences where language == .en && hosts.count < 20 {
            let at = occurrence.range.lowerBound - start..<occurrence.range.upperBound - start
            if !hosts.contains(where: { $0.sentence == sentence }) { hosts.append((sentence, at)) }
        }
        var variants: [Variant] = []
        for (concept, text, label) in respelled {
            for host in hosts {
                let bytes = Array(host.sentence.utf8)
                let inserted = Array(text.utf8)
                let sentence = String(decoding: bytes[..<host.at.lowerBound] + inserted + bytes[host.at.upperBound...], as: UTF8.self)
                variants.append(Variant(sentence: sentence, language: .en, concept: concept,
                                        at: host.at.lowerBound..<host.at.lowerBound + inserted.count, label: label))
            }
        }
        return variants
    }

    // MARK: - Reading the shared sentences

    static func lines(of file: String) throws -> [Substring] {
        let name = file.hasPrefix("tatoeba") ? "\(file).ru-zh.tsv" : "\(file).ru-zh-en.tsv"
        return try String(contentsOf: Fixtures.shared!.appendingPathComponent("parallel/\(name)"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
    }

    nonisolated(unsafe) private static var cache: [String: [Substring]] = [:]
    private static let lock = NSLock()

    static func sentence(_ file: String, _ number: Int, _ column: Int) throws -> String {
        let lines = try lock.withLock {
            if let lines = cache[file] { return lines }
            let lines = try Self.lines(of: file)
            cache[file] = lines
            return lines
        }
        return String(lines[number - 1].split(separator: "\t", omittingEmptySubsequences: false)[column - 1])
    }

    /// The bytes of the first whole-word `word` in `sentence`.
    static func wordRange(_ word: String, in sentence: String) -> Range<Int>? {
        var search = sentence.startIndex..<sentence.endIndex
        while let found = sentence.range(of: word, range: search) {
            let before = found.lowerBound == sentence.startIndex ? nil : sentence[sentence.index(before: found.lowerBound)]
            let after = found.upperBound == sentence.endIndex ? nil : sentence[found.upperBound]
            if !(before?.isLetter ?? false) && before != "-" && !(after?.isLetter ?? false) && after != "-" {
                let start = sentence.utf8.distance(from: sentence.startIndex, to: found.lowerBound)
                return start..<start + word.utf8.count
            }
            search = found.upperBound..<sentence.endIndex
        }
        return nil
    }
}
