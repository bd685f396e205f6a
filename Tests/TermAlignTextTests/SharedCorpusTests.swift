import Foundation
import Testing
@testable import TermAlignText

/// Real official texts and parallel sentences from ../shared, read at test time (never copied into
/// the repository). Skipped, with a message, when ../shared is not beside the checkout.
@Suite(.enabled(if: Fixtures.shared != nil, "../shared is absent: real-text tests skipped"))
struct SharedCorpusTests {
    /// A corpus file's document text: every line starting with "# " is metadata (see its README).
    static func documentText(_ name: String) throws -> String {
        let url = Fixtures.shared!.appendingPathComponent("corpus/\(name)")
        return try String(contentsOf: url, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("# ") }
            .joined(separator: "\n")
    }

    static let files = [
        "2022-02-25-xi-putin-call-prc-readout.zh.txt", "2022-02-25-xi-putin-call-prc-readout.en.txt",
        "2022-02-04-joint-statement.zh.txt", "2022-02-04-joint-statement-un-annex.zh.txt",
        "2022-02-04-joint-statement.en.txt",
    ]

    @Test(arguments: files)
    func officialTextsAnalyzeWithExactOffsets(_ name: String) throws {
        let document = try Document(bytes: Array(try Self.documentText(name).utf8), id: name)
        #expect(document.language.rawValue == name.split(separator: ".").dropLast().last.map(String.init))
        let analyzed = try Fixtures.analyzer.analyze(document)
        #expect(analyzed.sentences.count >= 4)
        #expect(analyzed.tokens.count >= 50)
        for token in analyzed.tokens {
            #expect(Normalizer().key(for: analyzed.text(of: token.range)) == analyzed.normalizedText(of: token))
        }
        #expect(analyzed.confusables.isEmpty, "\(analyzed.confusables.map { analyzed.text(of: $0.range) })")
    }

    @Test func theTraditionalParagraphMeetsTheSimplifiedOnes() throws {
        let text = try Self.documentText("2022-02-25-xi-putin-call-prc-readout.zh.txt")
        #expect(text.contains("習近平") && text.contains("俄羅斯"))
        let key = Normalizer().key(for: text)
        #expect(!key.contains("習近平") && !key.contains("俄羅斯"))
        let simplifiedOccurrences = key.components(separatedBy: "习近平").count - 1
        #expect(simplifiedOccurrences >= 2) // the Traditional paragraph and the Simplified ones
        #expect(key.contains("合理安全关切"))
    }

    @Test func bothEnglishRenderingsOfOneChineseTermAreFound() throws {
        let document = Document(text: try Self.documentText("2022-02-25-xi-putin-call-prc-readout.en.txt"))
        let analyzed = try Fixtures.analyzer.analyze(document)
        let keys = analyzed.tokens.map { analyzed.lemmaKey(of: $0) }
        let concerns = Fixtures.lemmaKeys.key(for: "concerns")
        let pairs = zip(keys, keys.dropFirst(2)).filter { $0.1 == concerns }.map(\.0)
        #expect(pairs.contains(Fixtures.lemmaKeys.key(for: "legitimate")))
        #expect(pairs.contains(Fixtures.lemmaKeys.key(for: "reasonable")))
    }

    /// Documents built from consecutive lines of the UN parallel corpus, one per language column.
    @Test(arguments: [(0, Language.ru), (1, .zh), (2, .en)])
    func parallelCorpusDocumentsAnalyze(_ column: Int, _ language: Language) throws {
        let url = Fixtures.shared!.appendingPathComponent("parallel/un_v1.0_devset.ru-zh-en.tsv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").prefix(400)
        let text = lines.map { $0.split(separator: "\t", omittingEmptySubsequences: false)[column] }
            .chunked(into: 5).map { $0.joined(separator: " ") }.joined(separator: "\n\n")
        let document = Document(text: text)
        #expect(document.language == language)
        let analyzed = try Fixtures.analyzer.analyze(document)
        #expect(analyzed.paragraphs.count >= 70)
        #expect(analyzed.sentences.count >= 300)
        let bytes = document.bytes
        for sentence in analyzed.sentences {
            #expect(String(validating: bytes[sentence.range.range], as: UTF8.self) != nil)
        }
        for token in analyzed.tokens where token.kind == .word {
            #expect(!analyzed.lemmaKey(of: token).isEmpty)
        }
    }
}

extension Array {
    func chunked(into size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}

/// Traditional → Simplified against ICU's own transliterator, on the Traditional lines of Tatoeba.
@Suite(.enabled(if: Fixtures.shared != nil, "../shared is absent: Tatoeba comparison skipped"))
struct TraditionalToSimplifiedTests {
    static func traditionalLines() throws -> [String] {
        let shared = Fixtures.shared!
        let labels = try String(contentsOf: shared.appendingPathComponent("parallel/meta/tatoeba_test_v2021-08-07_cmn.zh_labels"), encoding: .utf8)
            .split(separator: "\n")
        let lines = try String(contentsOf: shared.appendingPathComponent("parallel/tatoeba_test_v2021-08-07_cmn.ru-zh.tsv"), encoding: .utf8)
            .split(separator: "\n")
        return zip(labels, lines).filter { $0.0 == "cmn_Hant" }.map { String($0.1.split(separator: "\t")[1]) }
    }

    /// The key of a Traditional line equals the key of ICU's Simplified rendering of it (ICU also
    /// turns 「」 into “”, which the key unifies anyway).
    @Test func keysAgreeWithICUsTransliteratorLineByLine() throws {
        let lines = try Self.traditionalLines()
        #expect(lines.count > 700)
        let icu = try Transliterator(identifier: "Traditional-Simplified")
        let normalizer = Normalizer()
        var disagreements: [String] = []
        for line in lines {
            let expected = normalizer.key(for: try icu.transliterate(line))
            let key = normalizer.key(for: line)
            if key != expected { disagreements.append("\(line) → \(key) ≠ \(expected)") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) of \(lines.count): \(disagreements.prefix(5))")
    }

    @Test func keysOfTraditionalLinesAreIdempotent() throws {
        let normalizer = Normalizer()
        for line in try Self.traditionalLines() {
            let key = normalizer.key(for: line)
            #expect(normalizer.key(for: key) == key, "\(line)")
        }
    }
}
